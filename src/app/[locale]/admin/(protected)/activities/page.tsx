import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { adminLocale } from '@/lib/admin-locale';
import { listActivitiesForAdmin, parseListParams, type AdminActivityListParams } from '@/server/admin/activities/queries';
import { requireRole } from '@/server/auth/session';
import { AdminPagination } from '@/components/admin/admin-pagination';

interface ActivitiesPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: ActivitiesPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: adminLocale((await params).locale), namespace: 'Admin.activities' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

const STATUSES = ['PUBLISHED', 'HIDDEN', 'DRAFT', 'ARCHIVED'] as const;
const SOURCES = ['LAHELLA', 'PTV', 'MANUAL'] as const;
const inputClass = 'mt-1 block rounded-md border border-gray-500 px-3 py-2';

/** The list's URL query for a page, without empty parameters. */
function queryFor(params: AdminActivityListParams, page: number): Record<string, string> {
  const query: Record<string, string> = {};
  if (params.q) query.q = params.q;
  if (params.status) query.status = params.status;
  if (params.source) query.source = params.source;
  if (page > 1) query.page = String(page);
  return query;
}

export default async function AdminActivitiesPage({ params, searchParams }: ActivitiesPageProps) {
  const locale = adminLocale((await params).locale);
  await requireRole(['ADMIN', 'COORDINATOR'], locale);
  setRequestLocale(locale);
  const filters = parseListParams(await searchParams);
  const [t, format, list] = await Promise.all([getTranslations('Admin.activities'), getFormatter(), listActivitiesForAdmin(filters)]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: 'short', timeZone: 'Europe/Helsinki' });
  const titleOf = (item: { titleFi: string | null; titleSv: string | null; titleEn: string | null }) =>
    (locale === 'sv' ? (item.titleSv ?? item.titleFi) : (item.titleFi ?? item.titleSv)) ?? item.titleEn ?? t('untitled');
  const filtered = Boolean(filters.q || filters.status || filters.source);

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <Link href="/admin/activities/new" className="rounded-md bg-primary px-4 py-2 font-semibold text-on-primary">
          {t('newListing')}
        </Link>
      </div>
      <p className="mt-2">{t('intro')}</p>

      <section aria-labelledby="activities-filters" className="mt-6">
        <h2 id="activities-filters" className="sr-only">{t('filtersHeading')}</h2>
        <form method="get" className="flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor="activities-q" className="font-semibold">{t('search')}</label>
            <input id="activities-q" name="q" type="search" defaultValue={filters.q} className={inputClass} />
          </div>
          <div>
            <label htmlFor="activities-status" className="font-semibold">{t('statusFilter')}</label>
            <select id="activities-status" name="status" defaultValue={filters.status} className={inputClass}>
              <option value="">{t('any')}</option>
              {STATUSES.map((status) => (
                <option key={status} value={status}>{t(`status.${status}`)}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="activities-source" className="font-semibold">{t('sourceFilter')}</label>
            <select id="activities-source" name="source" defaultValue={filters.source} className={inputClass}>
              <option value="">{t('any')}</option>
              {SOURCES.map((source) => (
                <option key={source} value={source}>{t(`source.${source}`)}</option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-md border border-gray-600 px-4 py-2 font-semibold">
            {t('applyFilters')}
          </button>
          {filtered ? (
            <Link href="/admin/activities" className="py-2 underline">
              {t('clearFilters')}
            </Link>
          ) : null}
        </form>
      </section>

      {list.items.length === 0 ? (
        <p role="status" className="mt-6">{t('noResults')}</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left font-semibold">{t('listCaption', { total: list.total })}</caption>
            <thead>
              <tr className="border-b border-gray-400">
                <th scope="col" className="py-2 pr-3">{t('colTitle')}</th>
                <th scope="col" className="py-2 pr-3">{t('colOrganizer')}</th>
                <th scope="col" className="py-2 pr-3">{t('colSource')}</th>
                <th scope="col" className="py-2 pr-3">{t('colStatus')}</th>
                <th scope="col" className="py-2 pr-3">{t('colUpdated')}</th>
                <th scope="col" className="py-2">{t('colVerified')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.id} className="border-b border-gray-200 align-top">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <Link href={{ pathname: '/admin/activities/[id]', params: { id: item.id } }} className="font-semibold underline">
                      {titleOf(item)}
                    </Link>
                    {item.featured ? <span className="ml-2 text-xs">({t('featuredBadge')})</span> : null}
                    {item.overridden > 0 ? <span className="block text-xs">{t('overriddenBadge', { count: item.overridden })}</span> : null}
                  </th>
                  <td className="py-2 pr-3">{item.organizationName ?? '–'}</td>
                  <td className="py-2 pr-3">{t(`source.${item.source}`)}</td>
                  <td className="py-2 pr-3">{t(`status.${item.status}`)}</td>
                  <td className="py-2 pr-3">{date(item.updatedAt)}</td>
                  <td className="py-2">{item.lastVerifiedAt ? date(item.lastVerifiedAt) : t('notVerified')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <AdminPagination
        page={Math.min(filters.page, list.pages)}
        pageCount={list.pages}
        hrefFor={(page) => ({ pathname: '/admin/activities', query: queryFor(filters, page) })}
      />
    </>
  );
}
