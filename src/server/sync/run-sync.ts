import 'server-only';
import { runCatalogueMaintenance } from '@/server/maintenance';
import { getPrisma, getSql } from '@/server/db';
import type { SqlExecutor } from '@/server/db/sql-executor';
import { getSyncConfig, type SyncConfig } from './config';
import { loadMapContext } from './context';
import { uuidv7 } from './hash';
import { tryAcquireSyncLock } from './lock';
import { col, insertMany } from './sql-helpers';
import { createSources } from './sources';
import {
  activityHash,
  archiveActivities,
  loadExisting,
  loadPlaces,
  OrganizationCache,
  type Places,
  statusesBeforeSyncArchive,
  writeActivities,
  type PlannedWrite,
} from './store';
import type { MapContext, MapResult, SourceKind, SyncSource } from './types';

export type SyncTrigger = 'CRON' | 'CLI' | 'MANUAL';
export type SyncRunStatus = 'SUCCEEDED' | 'PARTIAL' | 'FAILED';

export const ALL_SOURCES: readonly SourceKind[] = ['LAHELLA', 'PTV'];

/** The run record's progress columns are written at most this often while a source runs. */
const PROGRESS_INTERVAL_MS = 1_000;

/** An incremental pull asks for changes since the last good run's start, minus this margin. */
const INCREMENTAL_OVERLAP_MS = 5 * 60_000;

/**
 * A complete pull that brings fewer of our items than this share of those live before it is
 * not believed: an upstream that lost its data, or answers an empty list, must not archive
 * the catalogue.
 */
const MIN_SHARE_OF_LIVE = 0.5;

export interface UnknownCodeEntry {
  field: string;
  code: string;
  count: number;
  /** A few external ids of items that carry the code. */
  examples: string[];
}

export interface SyncSummary {
  runId: string;
  source: SourceKind;
  status: SyncRunStatus;
  /** Whether the whole upstream list was read (only then were missing items archived). */
  complete: boolean;
  mode: 'full' | 'incremental';
  fetched: number;
  created: number;
  updated: number;
  unchanged: number;
  archived: number;
  restored: number;
  skipped: number;
  conflicts: number;
  total: number | null;
  errors: string[];
  unknownCodes: UnknownCodeEntry[];
  durationMs: number;
}

export interface SyncOptions {
  sources?: readonly SourceKind[];
  trigger: SyncTrigger;
  /** Read everything even where a source can pull only changes (also re-archives what is gone). */
  full?: boolean;
  triggeredById?: string;
  /** Defaults to the environment's configuration. */
  config?: SyncConfig;
  /** Replaces the built-in sources (tests, or a source not registered yet). */
  sourceImplementations?: Partial<Record<SourceKind, SyncSource>>;
  log?: (message: string) => void;
  onProgress?: (event: { runId: string; source: SourceKind; progress: number; total: number | null }) => void;
  signal?: AbortSignal;
}

export type StartSyncResult =
  | { status: 'started'; runIds: string[]; done: Promise<SyncSummary[]> }
  | { status: 'already-running'; runIds: string[] };

// One sync per process; the advisory lock extends that to every process on the database.
const guard = globalThis as unknown as { __polkuSyncActive?: { runIds: Promise<string[]> } };

async function runningRunIds(sql: SqlExecutor): Promise<string[]> {
  const rows = await sql.query<{ id: string }>(
    `SELECT id FROM "SyncRun" WHERE status = 'RUNNING' ORDER BY "startedAt", id`,
  );
  return rows.map((r) => r.id);
}

/**
 * Starts a sync of the given sources (one after the other) in the background of this
 * process and returns at once with the run ids, or reports the sync that is already
 * running anywhere on this database.
 */
export async function startSync(options: SyncOptions): Promise<StartSyncResult> {
  if (guard.__polkuSyncActive) {
    return { status: 'already-running', runIds: await guard.__polkuSyncActive.runIds };
  }
  let publishIds!: (ids: string[]) => void;
  guard.__polkuSyncActive = { runIds: new Promise((resolve) => (publishIds = resolve)) };
  try {
    const sql = await getSql();
    const lock = await tryAcquireSyncLock(sql);
    if (!lock) {
      const runIds = await runningRunIds(sql);
      publishIds(runIds);
      guard.__polkuSyncActive = undefined;
      return { status: 'already-running', runIds };
    }
    let runs: { id: string; source: SourceKind }[];
    try {
      runs = await createRuns(sql, options);
    } catch (error) {
      await lock.release();
      throw error;
    }
    publishIds(runs.map((r) => r.id));
    const done = (async () => {
      try {
        const summaries: SyncSummary[] = [];
        for (const run of runs) summaries.push(await runSource(run.id, run.source, options));
        // Housekeeping rides on the schedule the sync already has; its failure must not
        // turn a good sync into a failed one.
        await runCatalogueMaintenance().catch((error: unknown) =>
          console.error(`[sync] maintenance failed: ${(error as Error).message}`),
        );
        return summaries;
      } finally {
        await lock.release().catch(() => undefined);
        guard.__polkuSyncActive = undefined;
      }
    })();
    return { status: 'started', runIds: runs.map((r) => r.id), done };
  } catch (error) {
    publishIds([]);
    guard.__polkuSyncActive = undefined;
    throw error;
  }
}

/** Runs a sync to the end (the command line, tests, a route that waits). */
export async function runSync(
  options: SyncOptions,
): Promise<{ status: 'finished'; summaries: SyncSummary[] } | { status: 'already-running'; runIds: string[] }> {
  const started = await startSync(options);
  if (started.status === 'already-running') return started;
  return { status: 'finished', summaries: await started.done };
}

async function createRuns(sql: SqlExecutor, options: SyncOptions): Promise<{ id: string; source: SourceKind }[]> {
  const now = new Date().toISOString();
  // Holding the lock means nobody else runs: RUNNING rows are left over from a crash.
  await sql.query(
    `UPDATE "SyncRun" SET status = 'FAILED', "finishedAt" = $1::timestamptz,
            errors = errors || '["interrupted: the process running it stopped before it finished"]'::jsonb
      WHERE status = 'RUNNING'`,
    [now],
  );
  const runs = (options.sources ?? ALL_SOURCES).map((source) => ({ id: uuidv7(), source }));
  await insertMany(
    sql,
    'SyncRun',
    [
      col('id', 'uuid'), col('source', 'text', '"SourceKind"'), col('trigger', 'text', '"SyncTrigger"'),
      col('triggeredById', 'uuid'), col('startedAt', 'text', 'timestamptz'),
    ],
    runs.map((r) => ({ ...r, trigger: options.trigger, triggeredById: options.triggeredById ?? null, startedAt: now })),
  );
  return runs;
}

class RunState {
  readonly summary: SyncSummary;
  readonly seen = new Set<string>();
  private readonly unknown = new Map<string, UnknownCodeEntry>();

  constructor(runId: string, source: SourceKind, readonly startedAt: number) {
    this.summary = {
      runId, source, status: 'FAILED', complete: false, mode: 'full', fetched: 0, created: 0, updated: 0,
      unchanged: 0, archived: 0, restored: 0, skipped: 0, conflicts: 0, total: null, errors: [], unknownCodes: [],
      durationMs: 0,
    };
  }

  addUnknown(field: string, code: string, externalId: string) {
    const key = `${field}\u0000${code}`;
    const entry = this.unknown.get(key) ?? { field, code, count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < 3 && !entry.examples.includes(externalId)) entry.examples.push(externalId);
    this.unknown.set(key, entry);
  }

  unknownCodes(): UnknownCodeEntry[] {
    return [...this.unknown.values()].sort((a, b) => a.field.localeCompare(b.field) || a.code.localeCompare(b.code));
  }
}

function safeMap(source: SyncSource, raw: unknown, context: MapContext): MapResult {
  try {
    return source.mapItem(raw, context);
  } catch (error) {
    // A mapper bug on one odd item must not stop the run.
    const key = (raw as { _key?: unknown; id?: unknown; activity?: { _key?: unknown } } | null) ?? {};
    const id = key.activity?._key ?? key._key ?? key.id;
    return { kind: 'skip', externalId: typeof id === 'string' ? id : null, reason: `mapping failed: ${(error as Error).message}` };
  }
}

async function runSource(runId: string, kind: SourceKind, options: SyncOptions): Promise<SyncSummary> {
  const state = new RunState(runId, kind, Date.now());
  const { summary } = state;
  const log = options.log ?? (() => undefined);
  const sql = await getSql();
  try {
    const config = options.config ?? getSyncConfig();
    const source = options.sourceImplementations?.[kind] ?? createSources(config)[kind];
    const problem = source.configurationProblem();
    if (problem) throw new Error(problem);
    const context = await loadMapContext(sql, kind);
    // Incremental pulls miss what does not change `modified` (PTV: re-linking a service to a
    // channel), so a complete pull runs whenever the last one is older than fullEveryDays.
    const since =
      source.supportsIncremental && !options.full && !(await fullPullDue(sql, kind, config.fullEveryDays))
        ? await lastGoodRunStart(sql, kind)
        : null;
    summary.mode = since ? 'incremental' : 'full';
    const liveBefore = summary.mode === 'full' ? await countLive(sql, kind) : 0;
    const orgs = new OrganizationCache(kind);
    const places = await loadPlaces(sql);
    let lastProgressAt = 0;
    log(`${kind}: ${summary.mode} pull${since ? ` of changes since ${since.toISOString()}` : ''}`);

    for await (const page of readAhead(source.fetchPages({
      http: config.http,
      pageSize: config.pageSize,
      maxPages: config.maxPages,
      mode: since ? { kind: 'incremental', since } : { kind: 'full' },
      signal: options.signal,
      log,
      municipalityCodes: context.municipalities.map((m) => m.code),
    }))) {
      if (page.total !== undefined) summary.total = page.total;
      await processPage(sql, state, source, context, { orgs, places }, page.items);
      // Progress for the dashboard: each write is a commit of its own, so at most once a
      // second (finishRun writes the final figures).
      if (Date.now() - lastProgressAt >= PROGRESS_INTERVAL_MS) {
        lastProgressAt = Date.now();
        await sql.query(
          `UPDATE "SyncRun" SET progress = $2, total = $3, fetched = $4, created = $5, updated = $6, unchanged = $7,
                  archived = $8, restored = $9, skipped = $10 WHERE id = $1::uuid`,
          [runId, summary.fetched, summary.total, summary.fetched, summary.created, summary.updated, summary.unchanged,
            summary.archived, summary.restored, summary.skipped],
        );
      }
      options.onProgress?.({ runId, source: kind, progress: summary.fetched, total: summary.total });
    }

    const doubt = summary.mode === 'full' ? doubtAboutCompleteness(summary, state.seen.size, liveBefore) : null;
    if (doubt) {
      summary.errors.push(`${doubt}; nothing was archived`);
      log(`${kind}: ${doubt}; nothing was archived`);
    } else if (summary.mode === 'full') {
      // Only a complete pull may conclude that something is gone.
      summary.complete = true;
      summary.archived += await sql.transaction((tx) =>
        archiveActivities(tx, { source: kind, runId, now: new Date(), reason: 'missing from a complete pull' }, {
          notIn: state.seen,
        }),
      );
    }
    summary.status = summary.skipped > 0 || doubt ? 'PARTIAL' : 'SUCCEEDED';
  } catch (error) {
    summary.status = 'FAILED';
    summary.errors.push(error instanceof Error ? error.message : String(error));
    log(`${kind}: failed: ${summary.errors.at(-1)}`);
  } finally {
    summary.unknownCodes = state.unknownCodes();
    summary.durationMs = Date.now() - state.startedAt;
    await finishRun(sql, summary).catch((error: unknown) => {
      summary.errors.push(`recording the run failed: ${(error as Error).message}`);
    });
  }
  return summary;
}

/**
 * Asks for the next page while the current one is written, so that the upstream's answer
 * time and the database's work overlap. At most one page is held in advance.
 */
async function* readAhead<T>(pages: AsyncIterable<T>): AsyncIterable<T> {
  const iterator = pages[Symbol.asyncIterator]();
  let next = iterator.next();
  for (;;) {
    const result = await next;
    if (result.done) return;
    next = iterator.next();
    // If the consumer stops early, a failure of the page read ahead is nobody's business.
    next.catch(() => undefined);
    yield result.value;
  }
}

/** Why a pull that ended normally still cannot be the whole list, or null when it can. */
function doubtAboutCompleteness(summary: SyncSummary, ours: number, liveBefore: number): string | null {
  if (summary.total !== null && summary.fetched < summary.total) {
    return `the list announced ${summary.total} items but only ${summary.fetched} arrived`;
  }
  if (liveBefore > 0 && ours < liveBefore * MIN_SHARE_OF_LIVE) {
    return `the pull returned ${ours} of our items while ${liveBefore} are live, under ${MIN_SHARE_OF_LIVE * 100} %`;
  }
  return null;
}

/** Live (published or draft) synced items of a source. */
async function countLive(sql: SqlExecutor, source: SourceKind): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Activity"
      WHERE source = $1::"SourceKind" AND status IN ('PUBLISHED', 'DRAFT') AND NOT "isDemo" AND "externalId" IS NOT NULL`,
    [source],
  );
  return row?.n ?? 0;
}

/** Whether the source's last complete pull is missing or older than `days`. */
async function fullPullDue(sql: SqlExecutor, source: SourceKind, days: number): Promise<boolean> {
  const [row] = await sql.query<{ due: boolean }>(
    `SELECT coalesce(max("startedAt") < now() - make_interval(days => $2::int), true) AS due
       FROM "SyncRun" WHERE source = $1::"SourceKind" AND complete`,
    [source, days],
  );
  return row?.due ?? true;
}

async function lastGoodRunStart(sql: SqlExecutor, source: SourceKind): Promise<Date | null> {
  const [row] = await sql.query<{ startedAt: string }>(
    `SELECT to_char("startedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "startedAt" FROM "SyncRun"
      WHERE source = $1::"SourceKind" AND status IN ('SUCCEEDED', 'PARTIAL')
      ORDER BY "startedAt" DESC LIMIT 1`,
    [source],
  );
  return row ? new Date(Date.parse(row.startedAt) - INCREMENTAL_OVERLAP_MS) : null;
}

async function processPage(
  sql: SqlExecutor,
  state: RunState,
  source: SyncSource,
  context: MapContext,
  { orgs, places }: { orgs: OrganizationCache; places: Places },
  items: unknown[],
): Promise<void> {
  const { summary } = state;
  const upserts = new Map<string, Extract<MapResult, { kind: 'upsert' }>>();
  const removals = new Map<string, string>();
  const skips: { externalId: string | null; reason: string; details?: unknown }[] = [];

  for (const raw of items) {
    const result = safeMap(source, raw, context);
    const id = result.kind === 'upsert' ? result.activity.externalId : result.externalId;
    // The same item twice in one pull (PTV lists a service under every municipality it serves).
    if (id !== null && (state.seen.has(id) || upserts.has(id) || removals.has(id))) continue;
    summary.fetched++;
    if (result.kind === 'upsert') {
      upserts.set(id!, result);
      for (const u of result.unknownCodes) state.addUnknown(u.field, u.code, id!);
    } else if (result.kind === 'remove') {
      removals.set(result.externalId, result.reason);
    } else {
      skips.push(result);
      summary.skipped++;
      if (result.externalId) state.seen.add(result.externalId);
    }
  }
  for (const id of upserts.keys()) state.seen.add(id);

  const existing = await loadExisting(sql, summary.source, [...upserts.keys()]);
  const archived = [...existing.values()].filter((e) => e.status === 'ARCHIVED');
  const restoreTo = await statusesBeforeSyncArchive(sql, archived);
  const writes: PlannedWrite[] = [];
  for (const { activity } of upserts.values()) {
    const hash = activityHash(activity);
    const current = existing.get(activity.externalId);
    const contentChanged = current?.contentHash !== hash;
    const restore = current ? restoreTo.get(current.id) : undefined;
    if (current && !contentChanged && !restore) {
      summary.unchanged++;
      continue;
    }
    if (current && !contentChanged) summary.unchanged++;
    writes.push({ activity, hash, existing: current, contentChanged, restoreTo: restore });
  }

  const now = new Date();
  if (writes.length === 0 && removals.size === 0 && skips.length === 0) return;
  await sql.transaction(async (tx) => {
    const outcome = await writeActivities(tx, { source: summary.source, runId: summary.runId, now, orgs, places }, writes);
    summary.created += outcome.created;
    summary.updated += outcome.updated;
    summary.restored += outcome.restored;
    summary.conflicts += outcome.conflicts;
    // Each archived item's audit record says why (a draft, moved out of Pohde, withdrawn).
    const byReason = new Map<string, string[]>();
    for (const [id, reason] of removals) byReason.set(reason, [...(byReason.get(reason) ?? []), id]);
    for (const [reason, externalIds] of byReason) {
      summary.archived += await archiveActivities(tx, { source: summary.source, runId: summary.runId, now, reason }, { externalIds });
    }
    await insertMany(
      tx,
      'SyncSkippedItem',
      [col('id', 'uuid'), col('runId', 'uuid'), col('externalId'), col('reason'), col('details', 'text', 'jsonb'), col('createdAt', 'text', 'timestamptz')],
      skips.map((s) => ({
        id: uuidv7(),
        runId: summary.runId,
        externalId: s.externalId,
        reason: s.reason.slice(0, 1000),
        details: s.details === undefined ? null : JSON.stringify(s.details),
        createdAt: now.toISOString(),
      })),
    );
  });
}

async function finishRun(sql: SqlExecutor, summary: SyncSummary): Promise<void> {
  const now = new Date().toISOString();
  await sql.transaction(async (tx) => {
    await tx.query(
      `UPDATE "SyncRun"
          SET status = $2::"SyncStatus", "finishedAt" = $3::timestamptz, complete = $4, fetched = $5, created = $6,
              updated = $7, unchanged = $8, archived = $9, restored = $10, skipped = $11, progress = $5, total = $12,
              errors = $13::jsonb, "unknownCodes" = $14::jsonb
        WHERE id = $1::uuid`,
      [
        summary.runId, summary.status, now, summary.complete, summary.fetched, summary.created, summary.updated,
        summary.unchanged, summary.archived, summary.restored, summary.skipped, summary.total,
        JSON.stringify(summary.errors), JSON.stringify(summary.unknownCodes),
      ],
    );
    const { unknownCodes, ...rest } = summary;
    await tx.query(
      `INSERT INTO "AuditLog" (id, at, "actorLabel", action, "entityType", "entityId", after)
       VALUES ($1::uuid, $2::timestamptz, 'system:sync', 'sync.run', 'SyncRun', $3, $4::jsonb)`,
      [uuidv7(), now, summary.runId, JSON.stringify({ ...rest, unknownCodes: unknownCodes.length })],
    );
  });
}

/** The latest runs, newest first (for an admin page or the CLI). */
export async function listSyncRuns(limit = 20) {
  const prisma = await getPrisma();
  return prisma.syncRun.findMany({ orderBy: { startedAt: 'desc' }, take: limit });
}
