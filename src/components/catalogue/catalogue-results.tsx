import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { SearchPageData } from '@/server/search/results';
import { ResultList } from '@/components/search/result-list';

interface CatalogueResultsProps {
  data: SearchPageData;
  locale: string;
  namespace: 'Themes' | 'Stages';
  /** The search page's query with this page's filter set. */
  searchQuery: Record<string, string>;
}

/** A theme's or a stage's activities: the first page of results and a way to the full search. */
export async function CatalogueResults({ data, locale, namespace, searchQuery }: CatalogueResultsProps) {
  const [t, search] = await Promise.all([getTranslations(namespace), getTranslations('Search')]);
  const showAll = (
    <Link
      href={{ pathname: '/search', query: searchQuery }}
      className="inline-flex min-h-11 items-center font-semibold"
    >
      {t('showAll', { count: data.total })}
    </Link>
  );
  return (
    <section aria-labelledby="catalogue-results-heading" className="mt-10">
      <h2 id="catalogue-results-heading" className="text-2xl font-bold">
        {t('resultsTitle')}
      </h2>
      {data.total === 0 ? (
        <p className="mt-4 rounded-lg border border-line bg-white p-6">{t('empty')}</p>
      ) : (
        <>
          <p className="mt-1 text-lg">
            {search('count', { count: data.total })} · {showAll}
          </p>
          <ResultList cards={data.cards} locale={locale} twoColumns />
          {data.pageCount > 1 ? <p className="mt-6">{showAll}</p> : null}
        </>
      )}
    </section>
  );
}
