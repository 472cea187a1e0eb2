import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { after } from 'next/server';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { pageMetadata } from '@/server/seo/metadata';
import { routing, type Locale } from '@/i18n/routing';
import { MAX_QUERY_LENGTH, toSearchParams, type RawSearchParams } from '@/lib/search/filters';
import { runSearch } from '@/server/search/results';
import { getTaxonomies } from '@/server/taxonomies/queries';
import { SearchBox } from '@/components/search/search-box';
import { SearchFilterFields, type PlaceArea } from '@/components/search/search-filters';
import { SearchForm } from '@/components/search/search-form-client';
import { SearchResults } from '@/components/search/search-results';
import { EmbedSnippet } from '@/components/search/embed-snippet';
import { getEnv } from '@/server/env';
import { termName } from '@/lib/i18n/localized';

interface SearchPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ params, searchParams }: SearchPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const raw = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Search' });
  const q = (Array.isArray(raw.q) ? raw.q.join(' ') : (raw.q ?? '')).trim().slice(0, 60);
  // Every filter combination is its own URL: only the bare search page is for search engines.
  const filtered = Object.values(raw).some((value) => value !== undefined && value !== '');
  return pageMetadata({
    locale,
    href: '/search',
    title: q ? t('metaTitleWithQuery', { query: q }) : t('metaTitle'),
    description: t('intro'),
    robots: filtered ? { index: false, follow: true } : undefined,
  });
}

export default async function SearchPage({ params, searchParams }: SearchPageProps) {
  const { locale: requested } = await params;
  if (!hasLocale(routing.locales, requested)) notFound();
  const locale: Locale = requested;
  setRequestLocale(locale);
  const [t, data, taxonomies] = await Promise.all([
    getTranslations('Search'),
    searchParams.then((raw) => runSearch(raw, { locale, record: after })),
    getTaxonomies(),
  ]);

  const areas: PlaceArea[] = taxonomies.areas.map((area) => ({
    code: area.code,
    name: termName(area, locale),
    municipalitySlugs: taxonomies.municipalities.filter((m) => m.areaCode === area.code).map((m) => m.slug),
  }));

  const collator = new Intl.Collator(locale);
  const places = taxonomies.municipalities
    .map((m) => ({ slug: m.slug, name: { fi: m.nameFi, sv: m.nameSv, en: m.nameEn }[locale] }))
    .sort((a, b) => collator.compare(a.name, b.name));

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-2xl text-lg">{t('intro')}</p>
      <div className="mt-6">
        <SearchForm
          action={getPathname({ locale, href: '/search' })}
          state={toSearchParams(data.filters).toString()}
          label={t('formLabel')}
          skipLabel={t('skipToResults')}
          searchBox={<SearchBox defaultValue={data.filters.q.slice(0, MAX_QUERY_LENGTH)} />}
          filters={<SearchFilterFields filters={data.filters} facets={data.facets} areas={areas} />}
          results={<SearchResults data={data} locale={locale} places={places} />}
        />
      </div>
      {/* Embeds are for municipalities' and parishes' own sites, in Finnish or Swedish. */}
      <EmbedSnippet filters={data.filters} locale={locale === 'sv' ? 'sv' : 'fi'} baseUrl={getEnv().PUBLIC_BASE_URL} />
    </div>
  );
}
