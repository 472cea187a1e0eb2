import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminPagination } from '@/components/admin/admin-pagination';
import { RunDuration, RunStarted, RunStatus, RunTrigger } from '@/components/admin/sync-run-cells';
import { SyncStartForm } from '@/components/admin/sync-start-form-client';
import { Link } from '@/i18n/navigation';
import { adminLocale } from '@/lib/admin-locale';
import { listRuns, sourceAvailability } from '@/server/admin/sync/queries';
import { pageNumber } from '@/server/admin/sync/schemas';
import { requireRole } from '@/server/auth/session';
import { ALL_SOURCES } from '@/server/sync/run-sync';

interface SyncPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: SyncPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: adminLocale((await params).locale), namespace: 'Admin.sync' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function AdminSyncPage({ params, searchParams }: SyncPageProps) {
  const locale = adminLocale((await params).locale);
  await requireRole(['ADMIN', 'COORDINATOR'], locale);
  setRequestLocale(locale);
  const requestedPage = pageNumber((await searchParams).page);
  const [t, list] = await Promise.all([getTranslations('Admin.sync'), listRuns(requestedPage)]);
  const availability = sourceAvailability();
  const anyConfigured = ALL_SOURCES.some((kind) => availability.configured[kind]);
  const now = new Date();
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-prose">{t('intro')}</p>

      <section aria-labelledby="sync-now" className="mt-6 max-w-xl">
        <h2 id="sync-now" className="text-xl font-semibold">
          {t('startHeading')}
        </h2>
        {!availability.valid ? (
          <p className="mt-2 font-semibold text-red-800">{t('errors.CONFIG_ERROR')}</p>
        ) : (
          <>
            {ALL_SOURCES.filter((kind) => !availability.configured[kind]).map((kind) => (
              <p key={kind} className="mt-2">
                {t('notConfigured', { source: t(`source.${kind}`) })}
              </p>
            ))}
            <p className="mt-2 text-sm">{t('oneAtATime')}</p>
            <SyncStartForm
              available={{ ALL: anyConfigured, LAHELLA: availability.configured.LAHELLA, PTV: availability.configured.PTV }}
            />
          </>
        )}
      </section>

      <section aria-labelledby="sync-runs" className="mt-10">
        <h2 id="sync-runs" className="text-xl font-semibold">
          {t('runsHeading')}
        </h2>
        {list.total === 0 ? (
          <p className="mt-2">{t('noRuns')}</p>
        ) : (
          <>
            <div className="mt-3 overflow-x-auto">
              <table className="w-full border-collapse text-left text-sm">
                <caption className="mb-2 text-left">{t('runsCaption', { page: list.page, pageCount: list.pageCount })}</caption>
                <thead>
                  <tr className="border-b border-gray-400">
                    <th scope="col" className="py-2 pr-3">{t('columns.started')}</th>
                    <th scope="col" className="py-2 pr-3">{t('columns.source')}</th>
                    <th scope="col" className="py-2 pr-3">{t('columns.trigger')}</th>
                    <th scope="col" className="py-2 pr-3">{t('columns.duration')}</th>
                    <th scope="col" className="py-2 pr-3">{t('columns.status')}</th>
                    <th scope="col" className="py-2 pr-3 text-right">{t('counts.created')}</th>
                    <th scope="col" className="py-2 pr-3 text-right">{t('counts.updated')}</th>
                    <th scope="col" className="py-2 pr-3 text-right">{t('counts.archived')}</th>
                    <th scope="col" className="py-2 pr-3 text-right">{t('counts.skipped')}</th>
                    <th scope="col" className="py-2 pr-3 text-right">{t('columns.errors')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.runs.map((run) => (
                    <tr key={run.id} className="border-b border-gray-200 align-top">
                      <th scope="row" className="py-2 pr-3 font-normal">
                        <Link href={{ pathname: '/admin/sync/[id]', params: { id: run.id } }} className="underline">
                          <RunStarted at={run.startedAt} />
                          <span className="sr-only"> {t('runLinkSuffix', { source: t(`source.${run.source}`) })}</span>
                        </Link>
                      </th>
                      <td className="py-2 pr-3">{t(`source.${run.source}`)}</td>
                      <td className="py-2 pr-3">
                        <RunTrigger run={run} />
                      </td>
                      <td className="py-2 pr-3">
                        <RunDuration run={run} now={now} />
                      </td>
                      <td className="py-2 pr-3">
                        <RunStatus status={run.status} />
                      </td>
                      <td className="py-2 pr-3 text-right tabular-nums">{run.counts.created}</td>
                      <td className="py-2 pr-3 text-right tabular-nums">{run.counts.updated}</td>
                      <td className="py-2 pr-3 text-right tabular-nums">{run.counts.archived}</td>
                      <td className="py-2 pr-3 text-right tabular-nums">{run.counts.skipped}</td>
                      <td className="py-2 pr-3 text-right tabular-nums">{run.errorCount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {list.runs.some((run) => run.status === 'INTERRUPTED') ? <p className="mt-2 text-sm">{t('interruptedNote')}</p> : null}
            <AdminPagination
              className="mt-3"
              label={t('pagination.runsLabel')}
              page={list.page}
              pageCount={list.pageCount}
              hrefFor={(page) => ({ pathname: '/admin/sync', query: { page: String(page) } })}
            />
          </>
        )}
      </section>
    </>
  );
}
