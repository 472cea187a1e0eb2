import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { adminLocale } from '@/lib/admin-locale';
import { pickLocalized } from '@/lib/i18n/localized';
import { ORGANIZATION_SOURCES, organizationFilterQuery, parseOrganizationFilters } from '@/server/admin/organizations/filters';
import { listOrganizations } from '@/server/admin/organizations/queries';
import { PROVIDER_TYPES } from '@/server/admin/organizations/schemas';
import { requireRole } from '@/server/auth/session';
import { getTaxonomies } from '@/server/taxonomies/queries';
import { AdminPagination } from '@/components/admin/admin-pagination';
import { termName } from '@/lib/i18n/localized';

interface OrganizationsPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: OrganizationsPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: adminLocale((await params).locale), namespace: 'Admin.organizations' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

const inputClass = 'mt-1 block w-full rounded-md border border-gray-400 px-3 py-2';

export default async function AdminOrganizationsPage({ params, searchParams }: OrganizationsPageProps) {
  const locale = adminLocale((await params).locale);
  await requireRole(['ADMIN', 'COORDINATOR'], locale);
  setRequestLocale(locale);
  const filters = parseOrganizationFilters(await searchParams);
  const [t, list, taxonomies] = await Promise.all([getTranslations('Admin.organizations'), listOrganizations(filters), getTaxonomies()]);
  const municipalityName = new Map(taxonomies.municipalities.map((m) => [m.code, termName(m, locale)]));
  const pageHref = (page: number) => ({ pathname: '/admin/organizations' as const, query: organizationFilterQuery(filters, page) });

  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-prose">{t('intro')}</p>
      <p className="mt-4">
        <Link href="/admin/organizations/new" className="inline-block rounded-md bg-primary px-4 py-2 font-semibold text-on-primary no-underline">
          {t('newLink')}
        </Link>
      </p>

      <div role="search" aria-label={t('filters.label')} className="mt-6">
        <form method="get" className="grid max-w-3xl gap-3 sm:grid-cols-3">
          <div>
            <label htmlFor="org-q" className="font-semibold">{t('filters.q')}</label>
            <input id="org-q" name="q" type="search" defaultValue={filters.q} className={inputClass} />
          </div>
          <div>
            <label htmlFor="org-type" className="font-semibold">{t('fields.providerType')}</label>
            <select id="org-type" name="type" defaultValue={filters.providerType ?? ''} className={inputClass}>
              <option value="">{t('filters.all')}</option>
              {PROVIDER_TYPES.map((type) => (
                <option key={type} value={type}>{t(`providerTypes.${type}`)}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="org-source" className="font-semibold">{t('filters.source')}</label>
            <select id="org-source" name="source" defaultValue={filters.source ?? ''} className={inputClass}>
              <option value="">{t('filters.all')}</option>
              {ORGANIZATION_SOURCES.map((source) => (
                <option key={source} value={source}>{t(`sources.${source}`)}</option>
              ))}
            </select>
          </div>
          <div className="flex items-center gap-4 sm:col-span-3">
            <button type="submit" className="rounded-md border border-gray-500 px-4 py-2 font-semibold">{t('filters.submit')}</button>
            <Link href="/admin/organizations" className="underline">{t('filters.clear')}</Link>
          </div>
        </form>
      </div>

      <section aria-labelledby="organizations-list" className="mt-8">
        <h2 id="organizations-list" className="text-xl font-semibold">
          {t('listHeading', { count: list.total })}
        </h2>
        {list.items.length === 0 ? (
          <p className="mt-2">{t('noResults')}</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="mb-2 text-left">{t('listCaption', { page: list.page, pageCount: list.pageCount })}</caption>
              <thead>
                <tr className="border-b border-gray-400">
                  <th scope="col" className="py-2 pr-3">{t('columns.name')}</th>
                  <th scope="col" className="py-2 pr-3">{t('columns.type')}</th>
                  <th scope="col" className="py-2 pr-3">{t('columns.source')}</th>
                  <th scope="col" className="py-2 pr-3">{t('columns.municipality')}</th>
                  <th scope="col" className="py-2 text-right">{t('columns.activities')}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((o) => {
                  const name = pickLocalized({ fi: o.nameFi, sv: o.nameSv, en: o.nameEn }, locale);
                  return (
                    <tr key={o.id} className="border-b border-gray-200 align-top">
                      <th scope="row" className="py-2 pr-3 font-semibold">
                        <Link href={{ pathname: '/admin/organizations/[id]', params: { id: o.id } }} className="underline" lang={name && name.lang !== locale ? name.lang : undefined}>
                          {name?.text ?? t('unnamed')}
                        </Link>
                      </th>
                      <td className="py-2 pr-3">{t(`providerTypes.${o.providerType}`)}</td>
                      <td className="py-2 pr-3">{t(`sources.${o.source}`)}</td>
                      <td className="py-2 pr-3">{o.municipalityCode ? (municipalityName.get(o.municipalityCode) ?? o.municipalityCode) : '–'}</td>
                      <td className="py-2 text-right">{o.activityCount}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <AdminPagination page={list.page} pageCount={list.pageCount} hrefFor={pageHref} />
      </section>
    </>
  );
}
