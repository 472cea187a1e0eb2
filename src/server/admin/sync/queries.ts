import 'server-only';
import type { SourceKind, SyncStatus, SyncTrigger } from '@/generated/prisma/enums';
import { getPrisma, getSql } from '@/server/db';
import { ConfigError } from '@/server/env';
import { getSyncConfig } from '@/server/sync/config';
import { SYNC_LOCK_KEY } from '@/server/sync/lock';
import { ALL_SOURCES } from '@/server/sync/run-sync';
import { createSources } from '@/server/sync/sources';
import { skipReasonKey, type SkipReasonKey } from './skip-reasons';

// Callers are admin pages and routes, which have checked the role already.

export const RUNS_PER_PAGE = 20;
export const SKIPPED_PER_PAGE = 50;

/** What a page shows: RUNNING rows whose process is gone are "interrupted". */
export type RunDisplayStatus = SyncStatus | 'INTERRUPTED';

export interface RunCounts {
  fetched: number;
  created: number;
  updated: number;
  unchanged: number;
  archived: number;
  restored: number;
  skipped: number;
}

export interface RunListItem {
  id: string;
  source: SourceKind;
  trigger: SyncTrigger;
  triggeredBy: string | null;
  status: RunDisplayStatus;
  startedAt: Date;
  finishedAt: Date | null;
  counts: RunCounts;
  errorCount: number;
}

export interface UnknownCodeItem {
  field: string;
  code: string;
  count: number;
  examples: string[];
}

export interface RunDetail extends RunListItem {
  complete: boolean;
  progress: number;
  total: number | null;
  errors: string[];
  unknownCodes: UnknownCodeItem[];
}

export interface SkippedItemView {
  id: string;
  externalId: string | null;
  reason: string;
  reasonKey: SkipReasonKey | null;
}

export interface RunProgress {
  id: string;
  source: SourceKind;
  status: RunDisplayStatus;
  progress: number;
  total: number | null;
  counts: RunCounts;
  startedAt: string;
  finishedAt: string | null;
  errorCount: number;
}

/**
 * Whether some process on this database holds the sync's advisory lock. One catalogue read
 * (pg_locks), asked only when a page shows a RUNNING row.
 */
export async function syncLockHeld(): Promise<boolean> {
  const sql = await getSql();
  const [row] = await sql.query<{ held: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM pg_locks
        WHERE locktype = 'advisory' AND granted AND objsubid = 1
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND ((classid::bigint << 32) | objid::bigint) = $1::bigint
     ) AS held`,
    [String(SYNC_LOCK_KEY)],
  );
  return row?.held === true;
}

const runSelect = {
  id: true,
  source: true,
  trigger: true,
  status: true,
  startedAt: true,
  finishedAt: true,
  complete: true,
  fetched: true,
  created: true,
  updated: true,
  unchanged: true,
  archived: true,
  restored: true,
  skipped: true,
  progress: true,
  total: true,
  errors: true,
  unknownCodes: true,
  triggeredBy: { select: { name: true } },
} as const;

type RunRow = {
  id: string;
  source: SourceKind;
  trigger: SyncTrigger;
  status: SyncStatus;
  startedAt: Date;
  finishedAt: Date | null;
  complete: boolean;
  fetched: number;
  created: number;
  updated: number;
  unchanged: number;
  archived: number;
  restored: number;
  skipped: number;
  progress: number;
  total: number | null;
  errors: unknown;
  unknownCodes: unknown;
  triggeredBy: { name: string } | null;
};

const stringsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))) : [];

function unknownCodesOf(value: unknown): UnknownCodeItem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const entry = item as Partial<UnknownCodeItem> | null;
    if (!entry || typeof entry.code !== 'string') return [];
    return [
      {
        field: typeof entry.field === 'string' ? entry.field : '',
        code: entry.code,
        count: typeof entry.count === 'number' ? entry.count : 0,
        examples: Array.isArray(entry.examples) ? entry.examples.filter((e): e is string => typeof e === 'string') : [],
      },
    ];
  });
}

function toListItem(row: RunRow, lockHeld: boolean): RunListItem {
  return {
    id: row.id,
    source: row.source,
    trigger: row.trigger,
    triggeredBy: row.triggeredBy?.name ?? null,
    status: row.status === 'RUNNING' && !lockHeld ? 'INTERRUPTED' : row.status,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    counts: {
      fetched: row.fetched,
      created: row.created,
      updated: row.updated,
      unchanged: row.unchanged,
      archived: row.archived,
      restored: row.restored,
      skipped: row.skipped,
    },
    errorCount: stringsOf(row.errors).length,
  };
}

const lockHeldIfRunning = async (rows: { status: SyncStatus }[]) =>
  rows.some((row) => row.status === 'RUNNING') ? syncLockHeld() : true;

/** One page of runs, newest first; a page past the end gives the last page. */
export async function listRuns(page: number): Promise<{ runs: RunListItem[]; page: number; pageCount: number; total: number }> {
  const prisma = await getPrisma();
  const total = await prisma.syncRun.count();
  const pageCount = Math.max(1, Math.ceil(total / RUNS_PER_PAGE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await prisma.syncRun.findMany({
    orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
    skip: (current - 1) * RUNS_PER_PAGE,
    take: RUNS_PER_PAGE,
    select: runSelect,
  });
  const lockHeld = await lockHeldIfRunning(rows);
  return { runs: rows.map((row) => toListItem(row, lockHeld)), page: current, pageCount, total };
}

/** A run with everything the detail page shows, or null for an unknown id. */
export async function getRun(id: string): Promise<RunDetail | null> {
  const prisma = await getPrisma();
  const row = await prisma.syncRun.findUnique({ where: { id }, select: runSelect });
  if (!row) return null;
  const lockHeld = await lockHeldIfRunning([row]);
  return {
    ...toListItem(row, lockHeld),
    complete: row.complete,
    progress: row.progress,
    total: row.total,
    errors: stringsOf(row.errors),
    unknownCodes: unknownCodesOf(row.unknownCodes),
  };
}

/** The JSON the run page polls while the run is going. */
export async function getRunProgress(id: string): Promise<RunProgress | null> {
  const run = await getRun(id);
  if (!run) return null;
  return {
    id: run.id,
    source: run.source,
    status: run.status,
    progress: run.progress,
    total: run.total,
    counts: run.counts,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    errorCount: run.errorCount,
  };
}

/** One page of a run's skipped items, in the order the sync met them. */
export async function listSkippedItems(
  runId: string,
  page: number,
): Promise<{ items: SkippedItemView[]; page: number; pageCount: number; total: number }> {
  const prisma = await getPrisma();
  const total = await prisma.syncSkippedItem.count({ where: { runId } });
  const pageCount = Math.max(1, Math.ceil(total / SKIPPED_PER_PAGE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await prisma.syncSkippedItem.findMany({
    where: { runId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    skip: (current - 1) * SKIPPED_PER_PAGE,
    take: SKIPPED_PER_PAGE,
    select: { id: true, externalId: true, reason: true },
  });
  return {
    items: rows.map((row) => ({ ...row, reasonKey: skipReasonKey(row.reason) })),
    page: current,
    pageCount,
    total,
  };
}

export interface SourceAvailability {
  /** False when the sync environment variables are malformed: nothing can run. */
  valid: boolean;
  configured: Record<SourceKind, boolean>;
}

/** Which sources this instance can sync (a source without its URL is not configured). */
export function sourceAvailability(): SourceAvailability {
  const none = Object.fromEntries(ALL_SOURCES.map((kind) => [kind, false])) as Record<SourceKind, boolean>;
  let sources;
  try {
    sources = createSources(getSyncConfig());
  } catch (error) {
    if (error instanceof ConfigError) return { valid: false, configured: none };
    throw error;
  }
  return {
    valid: true,
    configured: Object.fromEntries(ALL_SOURCES.map((kind) => [kind, sources[kind].configurationProblem() === null])) as Record<
      SourceKind,
      boolean
    >,
  };
}
