import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { AuditChanges } from '@/components/admin/audit-changes';
import { Link } from '@/i18n/navigation';
import { adminLocale } from '@/lib/admin-locale';
import { AUDIT_TIME_ZONE, auditFilterQuery, parseAuditFilters } from '@/server/admin/audit/filters';
import { auditFilterChoices, listAuditEntries, type AuditEntryView } from '@/server/admin/audit/queries';
import { ORGANIZATION_FIELDS } from '@/server/admin/organizations/schemas';
import { requireRole } from '@/server/auth/session';

interface AuditPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: AuditPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: adminLocale((await params).locale), namespace: 'Admin.audit' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

const inputClass = 'mt-1 block w-full rounded-md border border-gray-400 px-3 py-2';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KNOWN_ENTITY_TYPES = ['Activity', 'Organization', 'SourceCodeMapping', 'SyncRun', 'User'] as const;

/** The admin page of an entity, where there is one. */
function entityHref(entry: AuditEntryView) {
  if (!entry.entityId || !UUID.test(entry.entityId)) return null;
  const params = { id: entry.entityId };
  switch (entry.entityType) {
    case 'Activity':
      return { pathname: '/admin/activities/[id]' as const, params };
    case 'Organization':
      return { pathname: '/admin/organizations/[id]' as const, params };
    case 'SyncRun':
      return { pathname: '/admin/sync/[id]' as const, params };
    default:
      return null;
  }
}

export default async function AdminAuditPage({ params, searchParams }: AuditPageProps) {
  const locale = adminLocale((await params).locale);
  await requireRole(['ADMIN', 'COORDINATOR'], locale);
  setRequestLocale(locale);
  const { filters, problems } = parseAuditFilters(await searchParams);
  const [t, tOrganizations, format, page, choices] = await Promise.all([
    getTranslations('Admin.audit'),
    getTranslations('Admin.organizations'),
    getFormatter(),
    listAuditEntries(filters),
    auditFilterChoices(),
  ]);
  const actionLabel = (action: string) =>
    /^[a-z_]+\.[a-z_]+$/.test(action) && t.has(`actions.${action}`) ? t(`actions.${action}` as 'actions.organization.create') : action;
  const entityLabel = (type: string) =>
    (KNOWN_ENTITY_TYPES as readonly string[]).includes(type) ? t(`entityTypes.${type as (typeof KNOWN_ENTITY_TYPES)[number]}`) : type;
  const actorLabel = (entry: AuditEntryView) => {
    if (entry.actorLabel === 'system:sync') return t('actors.sync');
    if (entry.actorLabel === 'cli') return t('actors.cli');
    return entry.actorName ? `${entry.actorName} (${entry.actorLabel})` : entry.actorLabel;
  };
  const actions = [...new Set([...choices.actions, ...(filters.action ? [filters.action] : [])])];
  const entityTypes = [...new Set([...choices.entityTypes, ...(filters.entityType ? [filters.entityType] : [])])];
  const organizationFields = Object.fromEntries(ORGANIZATION_FIELDS.map((field) => [field, tOrganizations(`fields.${field}`)]));
  const filtered = Boolean(filters.entityType || filters.entityId || filters.action || filters.actor || filters.from || filters.to);

  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-prose">{t('intro')}</p>

      <div role="search" aria-label={t('filters.label')} className="mt-6">
        <form method="get" className="grid max-w-4xl gap-3 sm:grid-cols-3">
          {filters.entityId ? <input type="hidden" name="id" value={filters.entityId} /> : null}
          <div>
            <label htmlFor="audit-entity" className="font-semibold">{t('filters.entity')}</label>
            <select id="audit-entity" name="entity" defaultValue={filters.entityType ?? ''} className={inputClass}>
              <option value="">{t('filters.all')}</option>
              {entityTypes.map((type) => (
                <option key={type} value={type}>{entityLabel(type)}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="audit-action" className="font-semibold">{t('filters.action')}</label>
            <select id="audit-action" name="action" defaultValue={filters.action ?? ''} className={inputClass}>
              <option value="">{t('filters.all')}</option>
              {actions.map((action) => (
                <option key={action} value={action}>{actionLabel(action)}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="audit-actor" className="font-semibold">{t('filters.actor')}</label>
            <input id="audit-actor" name="actor" type="search" defaultValue={filters.actor ?? ''} aria-describedby="audit-actor-hint" className={inputClass} />
            <p id="audit-actor-hint" className="text-sm">{t('filters.actorHint')}</p>
          </div>
          <div>
            <label htmlFor="audit-from" className="font-semibold">{t('filters.from')}</label>
            <input
              id="audit-from"
              name="from"
              type="date"
              defaultValue={filters.from ?? ''}
              aria-invalid={problems.includes('from') || problems.includes('range') ? true : undefined}
              aria-describedby={problems.length > 0 ? 'audit-problems' : undefined}
              className={inputClass}
            />
          </div>
          <div>
            <label htmlFor="audit-to" className="font-semibold">{t('filters.to')}</label>
            <input
              id="audit-to"
              name="to"
              type="date"
              defaultValue={filters.to ?? ''}
              aria-invalid={problems.includes('to') || problems.includes('range') ? true : undefined}
              aria-describedby={problems.length > 0 ? 'audit-problems' : undefined}
              className={inputClass}
            />
          </div>
          <div className="flex items-end gap-4">
            <button type="submit" className="rounded-md border border-gray-500 px-4 py-2 font-semibold">{t('filters.submit')}</button>
            {filtered ? <Link href="/admin/audit" className="underline">{t('filters.clear')}</Link> : null}
          </div>
        </form>
        {filters.entityId ? (
          <p className="mt-3">{t('filters.oneEntity', { id: filters.entityId })}</p>
        ) : null}
      </div>

      <div id="audit-problems" role="status">
        {problems.length > 0 ? (
          <ul className="mt-4 list-disc pl-5 font-semibold text-red-800">
            {problems.map((problem) => (
              <li key={problem}>{t(`problems.${problem}`)}</li>
            ))}
          </ul>
        ) : null}
      </div>

      <section aria-labelledby="audit-entries" className="mt-8">
        <h2 id="audit-entries" className="text-xl font-semibold">{t('entriesHeading')}</h2>
        {page.entries.length === 0 ? (
          <p className="mt-2">{filters.cursor ? t('noMore') : t('none')}</p>
        ) : (
          <ol className="mt-3 space-y-4">
            {page.entries.map((entry) => {
              const href = entityHref(entry);
              const when = format.dateTime(entry.at, { dateStyle: 'short', timeStyle: 'medium', timeZone: AUDIT_TIME_ZONE });
              const title = `${actionLabel(entry.action)} – ${when}`;
              return (
                <li key={entry.id} className="rounded-md border border-gray-300 p-3">
                  <article aria-label={title}>
                    <h3 className="font-semibold">{actionLabel(entry.action)}</h3>
                    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 text-sm">
                      <dt className="font-semibold">{t('when')}</dt>
                      <dd>
                        <time dateTime={entry.at.toISOString()}>{when}</time>
                      </dd>
                      <dt className="font-semibold">{t('who')}</dt>
                      <dd className="break-all">{actorLabel(entry)}</dd>
                      <dt className="font-semibold">{t('action')}</dt>
                      <dd className="font-mono">{entry.action}</dd>
                      <dt className="font-semibold">{t('entity')}</dt>
                      <dd className="break-all">
                        {entityLabel(entry.entityType)}
                        {entry.entityId ? (
                          <>
                            {' '}
                            {href ? (
                              <Link href={href} className="font-mono underline">{entry.entityId}</Link>
                            ) : (
                              <span className="font-mono">{entry.entityId}</span>
                            )}
                          </>
                        ) : null}
                      </dd>
                    </dl>
                    <AuditChanges
                      before={entry.before}
                      after={entry.after}
                      caption={t('changesCaption', { title })}
                      fieldLabels={entry.entityType === 'Organization' ? organizationFields : undefined}
                    />
                  </article>
                </li>
              );
            })}
          </ol>
        )}
        {filters.cursor || page.next ? (
        <nav aria-label={t('pagination.label')} className="mt-6 flex flex-wrap gap-4">
          {filters.cursor ? (
            <Link href={{ pathname: '/admin/audit', query: auditFilterQuery(filters) }} className="underline">{t('pagination.newest')}</Link>
          ) : null}
          {page.next ? (
            <Link href={{ pathname: '/admin/audit', query: auditFilterQuery(filters, page.next) }} rel="next" className="underline">
              {t('pagination.older')}
            </Link>
          ) : null}
        </nav>
        ) : null}
      </section>
    </>
  );
}
