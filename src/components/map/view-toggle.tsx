import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { queryObject } from '@/lib/catalogue/query';
import { VIEWS, toSearchParams, type SearchFilters } from '@/lib/search/filters';

/** List ⇄ map: two links to the same search, so the choice lives in the URL; and the calendar. */
export async function ViewToggle({ filters }: { filters: SearchFilters }) {
  const [t, tSearch] = await Promise.all([getTranslations('Map'), getTranslations('Search')]);
  const calendarQuery = toSearchParams({ ...filters, date: null, page: 1, view: 'list' });
  return (
    <nav aria-label={t('viewLabel')} className="mt-4 flex flex-wrap items-center gap-4">
      <ul className="inline-flex overflow-hidden rounded-md border border-primary">
        {VIEWS.map((view) => {
          const current = filters.view === view;
          return (
            <li key={view}>
              <Link
                href={{ pathname: '/search', query: queryObject(toSearchParams({ ...filters, view })) }}
                aria-current={current ? 'page' : undefined}
                scroll={false}
                className={`inline-flex min-h-11 items-center px-4 font-semibold no-underline ${
                  current ? 'bg-primary text-on-primary' : 'bg-white text-primary hover:bg-tint'
                }`}
              >
                {t(view)}
              </Link>
            </li>
          );
        })}
      </ul>
      <Link href={{ pathname: '/calendar', query: queryObject(calendarQuery) }} className="font-semibold">
        {tSearch('toCalendar')}
      </Link>
    </nav>
  );
}
