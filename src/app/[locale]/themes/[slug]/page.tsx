import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link, redirect } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';
import { termDescription, termName } from '@/lib/i18n/localized';
import { runSearch } from '@/server/search/results';
import { findNumberedTerm, slugOf } from '@/server/catalogue/terms';
import { pageMetadata } from '@/server/seo/metadata';
import { AlternateParams } from '@/components/layout/language-switcher-client';
import { CatalogueResults } from '@/components/catalogue/catalogue-results';

interface ThemePageProps {
  params: Promise<{ locale: string; slug: string }>;
}

export async function generateMetadata({ params }: ThemePageProps): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const lookup = await findNumberedTerm('themes', slug, locale);
  if (lookup.found !== 'here') return {};
  const { term } = lookup;
  return pageMetadata({
    locale,
    href: (target: Locale) => ({ pathname: '/themes/[slug]', params: { slug: slugOf(term, target) } }),
    title: termName(term, locale),
    description: termDescription(term, locale),
  });
}

export default async function ThemePage({ params }: ThemePageProps) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const lookup = await findNumberedTerm('themes', slug, locale);
  if (lookup.found === 'none') notFound();
  const { term } = lookup;
  if (lookup.found === 'other-language') {
    redirect({ href: { pathname: '/themes/[slug]', params: { slug: slugOf(term, locale) } }, locale });
  }

  const [t, data] = await Promise.all([getTranslations('Themes'), runSearch({ theme: term.code }, { locale })]);
  const typical = t.raw(`typical.${term.code}`) as unknown;

  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <AlternateParams
        pathname="/themes/[slug]"
        params={{ fi: { slug: term.slugFi }, sv: { slug: term.slugSv }, en: { slug: term.code } }}
      />
      <p className="font-semibold text-muted">{t('eyebrow', { number: term.number })}</p>
      <h1 className="mt-1 text-3xl font-bold">{termName(term, locale)}</h1>
      <p className="mt-3 max-w-2xl text-lg">{termDescription(term, locale)}</p>
      {Array.isArray(typical) && typical.length > 0 ? (
        <section aria-labelledby="typical-heading" className="mt-6">
          <h2 id="typical-heading" className="text-xl font-bold">
            {t('typicalTitle')}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {typical.map((item) => (
              <li key={String(item)}>{String(item)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <CatalogueResults data={data} locale={locale} namespace="Themes" searchQuery={{ theme: term.code }} />
      <p className="mt-8">
        <Link href="/">{t('allThemes')}</Link>
      </p>
    </div>
  );
}
