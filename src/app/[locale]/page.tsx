import type { Metadata } from 'next';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { NewestActivities } from '@/components/activities/newest-activities';
import { FrontPageCatalogueSections } from '@/components/catalogue/front-page-catalogue';
import { SearchBox } from '@/components/search/search-box';
import { pageMetadata } from '@/server/seo/metadata';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return pageMetadata({ locale, href: '/', title: t('titleDefault'), description: t('description'), absoluteTitle: true });
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // The lists come from the database: render on each request, never at build time.
  await connection();
  const t = await getTranslations('Home');

  return (
    <>
      <section className="border-b border-line bg-tint">
        <div className="mx-auto max-w-5xl px-4 py-12 sm:py-16">
          <h1 className="max-w-3xl text-3xl leading-tight font-bold sm:text-4xl">{t('heroTitle')}</h1>
          <p className="mt-4 max-w-2xl text-lg">{t('heroText')}</p>
          <p className="mt-2 max-w-2xl text-lg">{t('heroNoAccount')}</p>
          <form action={getPathname({ locale, href: '/search' })} method="get" className="mt-6">
            <SearchBox id="front-q" />
          </form>
        </div>
      </section>
      <FrontPageCatalogueSections locale={locale} />
      <NewestActivities locale={locale} />
    </>
  );
}
