import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { queryObject } from '@/lib/catalogue/query';
import { SORTS, toSearchParams } from '@/lib/search/filters';
import type { SearchPageData } from '@/server/search/results';
import { ActiveFilters } from './active-filters';
import { IgnoredNote } from './ignored-note';
import { Pagination } from './pagination';
import { ResultList } from './result-list';
import { ZeroResults } from './zero-results';
import { NearField, type NearPlace } from './near-field';
import { ResultsMap } from '@/components/map/results-map';
import { ViewToggle } from '@/components/map/view-toggle';

const LIST_ID = 'result-list';

/** The results column of the search page: count, notes, chips, sort, cards and pages. */
export async function SearchResults({ data, locale, places }: { data: SearchPageData; locale: string; places: NearPlace[] }) {
  const t = await getTranslations('Search');
  const { filters, total, page, pageCount, cards } = data;
  const pastTheEnd = total > 0 && cards.length === 0;

  return (
    <section aria-labelledby="results-heading">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id="results-heading" tabIndex={-1} className="text-2xl font-bold">
            {t('resultsTitle')}
          </h2>
          {/* Announced after every search, also when the page is updated without a reload. */}
          <p role="status" aria-live="polite" className="mt-1 text-lg" data-testid="result-count">
            {total === 0 ? t('countNone') : t('count', { count: total })}
            {pageCount > 1 && !pastTheEnd ? <span className="text-muted"> – {t('pageOf', { page, pageCount })}</span> : null}
          </p>
        </div>
        {total > 0 ? (
          <div className="flex items-end gap-2">
            <div>
              <label htmlFor="search-sort" className="block text-sm font-semibold">
                {t('sort.label')}
              </label>
              <select
                key={filters.sort}
                id="search-sort"
                name="sort"
                defaultValue={filters.sort}
                className="mt-1 min-h-11 rounded-md border border-muted bg-white px-3"
              >
                {SORTS.filter((sort) => sort !== 'nearest' || filters.near).map((sort) => (
                  <option key={sort} value={sort}>
                    {t(`sort.${sort}`)}
                  </option>
                ))}
              </select>
            </div>
            <noscript>
              <button
                type="submit"
                className="min-h-11 rounded-md border border-primary bg-white px-4 font-semibold text-primary"
              >
                {t('sort.apply')}
              </button>
            </noscript>
          </div>
        ) : null}
      </div>
      {total > 0 ? (
        <div className="mt-4">
          <NearField filters={filters} places={places} />
        </div>
      ) : null}
      {filters.view === 'map' ? <input type="hidden" name="view" value="map" /> : null}
      <IgnoredNote ignored={data.ignored} />
      {data.mode === 'fuzzy' && total > 0 ? (
        <p className="mt-4 rounded-lg border border-line bg-tint p-4" data-testid="fuzzy-note">
          {t('fuzzy')}
        </p>
      ) : null}
      <ActiveFilters filters={filters} chips={data.chips} />
      {total === 0 ? (
        <ZeroResults filters={filters} mostRestrictive={data.mostRestrictive} suggestions={data.suggestions} />
      ) : pastTheEnd ? (
        <div className="mt-4 rounded-lg border border-line bg-white p-6">
          <p className="text-lg font-semibold">{t('pastTheEnd')}</p>
          <p className="mt-2">
            <Link href={{ pathname: '/search', query: queryObject(toSearchParams({ ...filters, page: 1 })) }}>
              {t('firstPage')}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <ViewToggle filters={filters} />
          {filters.view === 'map' ? <ResultsMap filters={filters} locale={locale} listId={LIST_ID} /> : null}
          <div id={LIST_ID} tabIndex={-1}>
            <ResultList cards={cards} locale={locale} from={toSearchParams(filters).toString() || undefined} />
          </div>
          <Pagination filters={filters} page={page} pageCount={pageCount} />
        </>
      )}
    </section>
  );
}
