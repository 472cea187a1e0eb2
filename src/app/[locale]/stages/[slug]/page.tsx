import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';
import { termDescription, termName } from '@/lib/i18n/localized';
import { runSearch } from '@/server/search/results';
import { getTaxonomies } from '@/server/taxonomies/queries';
import { findNumberedTerm, slugOf } from '@/server/catalogue/terms';
import { pageMetadata } from '@/server/seo/metadata';
import { AlternateParams } from '@/components/layout/language-switcher-client';
import { CatalogueResults } from '@/components/catalogue/catalogue-results';
import { ServicePath } from '@/components/catalogue/service-path';

interface StagePageProps {
  params: Promise<{ locale: string; slug: string }>;
}

export async function generateMetadata({ params }: StagePageProps): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const lookup = await findNumberedTerm('stages', slug, locale);
  if (lookup.found !== 'here') return {};
  const { term } = lookup;
  return pageMetadata({
    locale,
    href: (target: Locale) => ({ pathname: '/stages/[slug]', params: { slug: slugOf(term, target) } }),
    title: termName(term, locale),
    description: termDescription(term, locale),
  });
}

export default async function StagePage({ params }: StagePageProps) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const lookup = await findNumberedTerm('stages', slug, locale);
  if (lookup.found === 'none') notFound();
  const { term } = lookup;
  if (lookup.found === 'other-language') {
    redirect({ href: { pathname: '/stages/[slug]', params: { slug: slugOf(term, locale) } }, locale });
  }

  const [t, data, taxonomies] = await Promise.all([
    getTranslations('Stages'),
    runSearch({ stage: term.code }, { locale }),
    getTaxonomies(),
  ]);
  const stages = taxonomies.stages.map((stage) => ({
    code: stage.code,
    number: stage.number,
    name: termName(stage, locale),
    slug: slugOf(stage, locale),
  }));

  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <AlternateParams
        pathname="/stages/[slug]"
        params={{ fi: { slug: term.slugFi }, sv: { slug: term.slugSv }, en: { slug: term.code } }}
      />
      <p className="font-semibold text-muted">{t('eyebrow', { number: term.number, total: stages.length })}</p>
      <h1 className="mt-1 text-3xl font-bold">{termName(term, locale)}</h1>
      <p className="mt-3 max-w-2xl text-lg">{termDescription(term, locale)}</p>
      <section aria-labelledby="path-heading" className="mt-8">
        <h2 id="path-heading" className="text-xl font-bold">
          {t('pathTitle')}
        </h2>
        <ServicePath stages={stages} current={term.code} />
      </section>
      <CatalogueResults data={data} locale={locale} namespace="Stages" searchQuery={{ stage: term.code }} />
    </div>
  );
}
