import { getFormatter, getTranslations } from 'next-intl/server';
import { durationParts } from '@/server/admin/sync/format';
import type { RunDisplayStatus, RunListItem } from '@/server/admin/sync/queries';

const statusClass: Record<RunDisplayStatus, string> = {
  RUNNING: 'text-ink',
  SUCCEEDED: 'text-green-800',
  PARTIAL: 'text-on-notice',
  FAILED: 'text-red-800',
  INTERRUPTED: 'text-red-800',
};

export async function RunStatus({ status }: { status: RunDisplayStatus }) {
  const t = await getTranslations('Admin.sync.status');
  return <span className={`font-semibold ${statusClass[status]}`}>{t(status)}</span>;
}

/** "Scheduled", "Command line" or "Manual: <name>". */
export async function RunTrigger({ run }: { run: Pick<RunListItem, 'trigger' | 'triggeredBy'> }) {
  const t = await getTranslations('Admin.sync.trigger');
  if (run.trigger !== 'MANUAL') return <>{t(run.trigger)}</>;
  return <>{run.triggeredBy ? t('MANUAL', { name: run.triggeredBy }) : t('MANUAL_UNKNOWN')}</>;
}

export async function RunStarted({ at }: { at: Date }) {
  const format = await getFormatter();
  return <>{format.dateTime(at, { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Helsinki' })}</>;
}

export async function RunDuration({ run, now }: { run: Pick<RunListItem, 'startedAt' | 'finishedAt'>; now: Date }) {
  const t = await getTranslations('Admin.sync');
  const { minutes, seconds } = durationParts(run.startedAt, run.finishedAt, now);
  return <>{minutes > 0 ? t('durationLong', { minutes, seconds }) : t('durationShort', { seconds })}</>;
}
