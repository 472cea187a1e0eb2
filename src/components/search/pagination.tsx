import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { pageWindow } from '@/lib/catalogue/pagination';
import { queryObject } from '@/lib/catalogue/query';
import { toSearchParams, type SearchFilters } from '@/lib/search/filters';

const shape = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border px-3 font-semibold no-underline';
const linkClass = `${shape} border-line bg-white hover:border-primary`;
// Its own colours only (a white background beside bg-primary left the number white on white).
const currentClass = `${shape} border-primary bg-primary text-on-primary hover:text-on-primary`;

export async function Pagination({ filters, page, pageCount }: { filters: SearchFilters; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations('Search.pagination');
  const href = (target: number) =>
    ({ pathname: '/search', query: queryObject(toSearchParams({ ...filters, page: target })) }) as const;

  return (
    <nav aria-label={t('label')} className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={href(Math.min(page - 1, pageCount))} rel="prev" className={linkClass}>
              <span aria-hidden="true">‹&nbsp;</span>
              {t('previous')}
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((item, index) =>
          item === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                href={href(item)}
                aria-current={item === page ? 'page' : undefined}
                aria-label={t('page', { page: item })}
                className={item === page ? currentClass : linkClass}
              >
                {item}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)} rel="next" className={linkClass}>
              {t('next')}
              <span aria-hidden="true">&nbsp;›</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
