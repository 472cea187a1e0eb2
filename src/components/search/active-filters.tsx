import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { queryObject } from '@/lib/catalogue/query';
import { emptyFilters, toSearchParams, withoutFilter, type SearchFilters } from '@/lib/search/filters';
import type { SearchPageData } from '@/server/search/results';
import { chipLabeller } from './chip-label';

/** The active filters as removable chips: real links to the same search without that filter. */
export async function ActiveFilters({ filters, chips }: { filters: SearchFilters; chips: SearchPageData['chips'] }) {
  if (chips.length === 0) return null;
  const [t, labelOf] = await Promise.all([getTranslations('Search'), chipLabeller(filters)]);
  const withoutAll = { ...emptyFilters(), q: filters.q, sort: filters.sort };

  return (
    <section aria-labelledby="active-filters-heading" className="mt-4">
      <h3 id="active-filters-heading" className="text-base font-semibold">
        {t('chips.title')}
      </h3>
      <ul className="mt-2 flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={`${chip.kind}-${'value' in chip ? chip.value : ''}`}>
            <Link
              href={{ pathname: '/search', query: queryObject(toSearchParams(withoutFilter(filters, chip))) }}
              scroll={false}
              className="inline-flex min-h-11 items-center gap-2 rounded-full border border-primary bg-white px-4 py-1 text-sm font-semibold text-ink no-underline hover:bg-tint"
            >
              <span className="sr-only">{t('chips.remove')} </span>
              {labelOf(chip)}
              <span aria-hidden="true" className="text-lg leading-none text-primary">
                ×
              </span>
            </Link>
          </li>
        ))}
        {chips.length > 1 ? (
          <li>
            <Link
              href={{ pathname: '/search', query: queryObject(toSearchParams(withoutAll)) }}
              scroll={false}
              className="inline-flex min-h-11 items-center px-2 text-sm font-semibold"
            >
              {t('chips.clearAll')}
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
