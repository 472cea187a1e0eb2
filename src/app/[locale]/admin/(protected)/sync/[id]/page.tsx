import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminPagination } from '@/components/admin/admin-pagination';
import { SyncProgress } from '@/components/admin/sync-progress-client';
import { RunDuration, RunStarted, RunStatus, RunTrigger } from '@/components/admin/sync-run-cells';
import { Link } from '@/i18n/navigation';
import { adminLocale } from '@/lib/admin-locale';
import { getRun, listSkippedItems } from '@/server/admin/sync/queries';
import { pageNumber, runIdSchema } from '@/server/admin/sync/schemas';
import { requireRole } from '@/server/auth/session';

interface SyncRunPageProps {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: SyncRunPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: adminLocale((await params).locale), namespace: 'Admin.sync.run' });
  return { title: t('metaTitle'), robots: { index: false, follow: false } };
}

export default async function AdminSyncRunPage({ params, searchParams }: SyncRunPageProps) {
  const { locale: rawLocale, id } = await params;
  const locale = adminLocale(rawLocale);
  await requireRole(['ADMIN', 'COORDINATOR'], locale);
  setRequestLocale(locale);
  const runId = runIdSchema.safeParse(id);
  if (!runId.success) notFound();
  const run = await getRun(runId.data);
  if (!run) notFound();
  const [t, skipped] = await Promise.all([
    getTranslations('Admin.sync'),
    listSkippedItems(run.id, pageNumber((await searchParams).page)),
  ]);
  const source = t(`source.${run.source}`);
  const live = { status: run.status, progress: run.progress, total: run.total, counts: run.counts };
  return (
    <>
      <p>
        <Link href="/admin/sync" className="underline">
          {t('run.back')}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">
        {t('run.title', { source })} <RunStarted at={run.startedAt} />
      </h1>

      <section aria-labelledby="run-summary" className="mt-6">
        <h2 id="run-summary" className="text-xl font-semibold">
          {t('run.summaryHeading')}
        </h2>
        <dl className="mt-3 grid max-w-xl grid-cols-2 gap-x-4 gap-y-1">
          <dt>{t('columns.status')}</dt>
          <dd>
            <RunStatus status={run.status} />
          </dd>
          <dt>{t('columns.source')}</dt>
          <dd>{source}</dd>
          <dt>{t('columns.trigger')}</dt>
          <dd>
            <RunTrigger run={run} />
          </dd>
          <dt>{t('columns.started')}</dt>
          <dd>
            <RunStarted at={run.startedAt} />
          </dd>
          <dt>{t('run.finished')}</dt>
          <dd>{run.finishedAt ? <RunStarted at={run.finishedAt} /> : t('run.notFinished')}</dd>
          <dt>{t('columns.duration')}</dt>
          <dd>
            <RunDuration run={run} now={new Date()} />
          </dd>
          <dt>{t('run.complete')}</dt>
          <dd>{run.complete ? t('run.completeYes') : t('run.completeNo')}</dd>
        </dl>
        {run.status === 'INTERRUPTED' ? <p className="mt-2">{t('interruptedNote')}</p> : null}
      </section>

      <section aria-labelledby="run-counts" className="mt-8">
        <h2 id="run-counts" className="text-xl font-semibold">
          {run.status === 'RUNNING' ? t('run.progressHeading') : t('run.countsHeading')}
        </h2>
        <SyncProgress runId={run.id} initial={live} />
      </section>

      <section aria-labelledby="run-errors" className="mt-8">
        <h2 id="run-errors" className="text-xl font-semibold">
          {t('run.errorsHeading')}
        </h2>
        {run.errors.length === 0 ? (
          <p className="mt-2">{t('run.noErrors')}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {run.errors.map((error, index) => (
              <li key={index} className="break-words">
                {error}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="run-unknown" className="mt-8">
        <h2 id="run-unknown" className="text-xl font-semibold">
          {t('run.unknownHeading')}
        </h2>
        {run.unknownCodes.length === 0 ? (
          <p className="mt-2">{t('run.noUnknown')}</p>
        ) : (
          <>
            <p className="mt-2 max-w-prose">
              {t('run.unknownIntro')}{' '}
              <Link href="/admin/mappings" className="font-semibold underline">
                {t('run.mappingsLink')}
              </Link>
            </p>
            <div className="mt-3 overflow-x-auto">
              <table className="w-full border-collapse text-left text-sm">
                <caption className="mb-2 text-left">{t('run.unknownCaption', { count: run.unknownCodes.length })}</caption>
                <thead>
                  <tr className="border-b border-gray-400">
                    <th scope="col" className="py-2 pr-3">{t('run.unknownColumns.code')}</th>
                    <th scope="col" className="py-2 pr-3">{t('run.unknownColumns.field')}</th>
                    <th scope="col" className="py-2 pr-3 text-right">{t('run.unknownColumns.count')}</th>
                    <th scope="col" className="py-2 pr-3">{t('run.unknownColumns.examples')}</th>
                  </tr>
                </thead>
                <tbody>
                  {run.unknownCodes.map((entry) => (
                    <tr key={`${entry.field}\u0000${entry.code}`} className="border-b border-gray-200 align-top">
                      <th scope="row" className="py-2 pr-3 font-mono font-normal break-all">{entry.code}</th>
                      <td className="py-2 pr-3">{entry.field}</td>
                      <td className="py-2 pr-3 text-right tabular-nums">{entry.count}</td>
                      <td className="py-2 pr-3 font-mono break-all">{entry.examples.join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="run-skipped" className="mt-8">
        <h2 id="run-skipped" className="text-xl font-semibold">
          {t('run.skippedHeading', { count: skipped.total })}
        </h2>
        {skipped.total === 0 ? (
          <p className="mt-2">{t('run.noSkipped')}</p>
        ) : (
          <>
            <div className="mt-3 overflow-x-auto">
              <table className="w-full border-collapse text-left text-sm">
                <caption className="mb-2 text-left">
                  {t('run.skippedCaption', { page: skipped.page, pageCount: skipped.pageCount })}
                </caption>
                <thead>
                  <tr className="border-b border-gray-400">
                    <th scope="col" className="py-2 pr-3">{t('run.skippedColumns.externalId')}</th>
                    <th scope="col" className="py-2 pr-3">{t('run.skippedColumns.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {skipped.items.map((item) => (
                    <tr key={item.id} className="border-b border-gray-200 align-top">
                      <th scope="row" className="py-2 pr-3 font-mono font-normal break-all">
                        {item.externalId ?? t('run.noExternalId')}
                      </th>
                      <td className="py-2 pr-3">
                        {item.reasonKey ? (
                          <>
                            <span className="font-semibold">{t(`skipReasons.${item.reasonKey}`)}</span>
                            <span className="block break-words text-xs">{item.reason}</span>
                          </>
                        ) : (
                          <span className="break-words">{item.reason}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <AdminPagination
              className="mt-3"
              label={t('pagination.skippedLabel')}
              page={skipped.page}
              pageCount={skipped.pageCount}
              hrefFor={(page) => ({ pathname: '/admin/sync/[id]', params: { id: run.id }, query: { page: String(page) } })}
            />
          </>
        )}
      </section>
    </>
  );
}
