import 'server-only';
import { getSql } from '@/server/db';
import type { SqlExecutor } from '@/server/db/sql-executor';
import { deleteExpiredReferrals } from '@/server/referrals/cleanup';
import type { ScheduleInput } from '@/lib/schedule/occurrences';
import { expandSchedules, OCCURRENCE_HORIZON_DAYS, OCCURRENCE_LIMIT, occurrenceWindowEnd } from '@/server/sync/store';

export interface MaintenanceResult {
  expiredReferralsDeleted: number;
  /** Search records older than SEARCH_LOG_RETENTION_DAYS. */
  searchLogsDeleted: number;
  nextOccurrencesRefreshed: number;
  /** Activities whose occurrences were expanded to the moved window end. */
  occurrenceWindowsExtended: number;
  /** Occurrences that extension added (those already there are kept as they are). */
  occurrencesAdded: number;
}

/** Residents' searches are kept this long for the unmet-needs insight, then deleted. */
export const SEARCH_LOG_RETENTION_DAYS = 90;

/**
 * An activity's occurrences are extended once its window end is less than this many days
 * short of the full horizon: about weekly, so that a weekly group never runs dry even
 * though an unchanged item is never rewritten by the sync.
 */
export const OCCURRENCE_EXTEND_AFTER_DAYS = 7;
/** Activities per transaction. */
export const OCCURRENCE_EXTEND_BATCH = 500;
/** At most this many activities per maintenance run; the rest wait for the next run. */
export const OCCURRENCE_EXTEND_MAX = 10_000;

/**
 * Housekeeping that runs after every scheduled sync and from `npm run maintenance`: expired
 * referrals and search records past their retention are deleted, occurrences are expanded for activities whose expansion window has
 * fallen behind, and "nextOccurrenceAt" moves on for activities whose next occurrence has
 * passed (the "soonest" sort and the cards read it).
 */
export async function runCatalogueMaintenance(
  now: Date = new Date(),
  options: { extendBatch?: number; extendMax?: number } = {},
): Promise<MaintenanceResult> {
  const expiredReferralsDeleted = await deleteExpiredReferrals(now);
  const sql = await getSql();
  const [searchLogs] = await sql.query<{ count: number }>(
    `WITH deleted AS (DELETE FROM "SearchLog" WHERE at < $1::timestamptz RETURNING 1) SELECT count(*)::int AS count FROM deleted`,
    [new Date(now.getTime() - SEARCH_LOG_RETENTION_DAYS * 86_400_000).toISOString()],
  );
  const extended = await extendOccurrenceWindows(sql, now, {
    batch: options.extendBatch ?? OCCURRENCE_EXTEND_BATCH,
    max: options.extendMax ?? OCCURRENCE_EXTEND_MAX,
  });
  const [row] = await sql.query<{ count: number }>(
    `WITH stale AS (
       SELECT a.id,
              (SELECT min(o."startsAt") FROM "ActivityOccurrence" o
                WHERE o."activityId" = a.id AND o."startsAt" >= $1::timestamptz) AS next
         FROM "Activity" a
        WHERE a."nextOccurrenceAt" < $1::timestamptz
     ), changed AS (
       UPDATE "Activity" a SET "nextOccurrenceAt" = stale.next
         FROM stale WHERE a.id = stale.id
       RETURNING 1
     )
     SELECT count(*)::int AS count FROM changed`,
    [now.toISOString()],
  );
  return {
    expiredReferralsDeleted,
    searchLogsDeleted: searchLogs?.count ?? 0,
    nextOccurrencesRefreshed: row?.count ?? 0,
    occurrenceWindowsExtended: extended.activities,
    occurrencesAdded: extended.occurrences,
  };
}

interface ScheduleRow {
  activityId: string;
  kind: ScheduleInput['kind'];
  timeZone: string;
  startsAt: string | null;
  endsAt: string | null;
  validFrom: string | null;
  validUntil: string | null;
  frequency: ScheduleInput['frequency'];
  interval: number;
  weekdays: string | null;
  startTime: string | null;
  endTime: string | null;
  excludedDates: string | null;
}

const ISO = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
/** "{1,2}" → [1, 2]; "{2026-12-24}" → ["2026-12-24"] (array columns travel as text on both drivers). */
const parseArray = (literal: string | null): string[] => (literal && literal.length > 2 ? literal.slice(1, -1).split(',') : []);

/**
 * Expands the occurrences of live activities whose window ("occurrencesUntil") ends before the
 * horizon minus OCCURRENCE_EXTEND_AFTER_DAYS, or is unknown, from their schedules up to the
 * current window end: only the part after the old window end, and no more than the per-activity
 * limit of upcoming occurrences. In batches of `batch` activities, at most `max` in all.
 */
export async function extendOccurrenceWindows(
  sql: SqlExecutor,
  now: Date,
  { batch, max }: { batch: number; max: number },
): Promise<{ activities: number; occurrences: number }> {
  const nowIso = now.toISOString();
  const windowEnd = occurrenceWindowEnd(now);
  const due = new Date(now.getTime() + (OCCURRENCE_HORIZON_DAYS - OCCURRENCE_EXTEND_AFTER_DAYS) * 86_400_000);
  let activities = 0;
  let occurrences = 0;
  while (activities < max) {
    const done = await sql.transaction(async (tx) => {
      const targets = await tx.query<{ id: string; until: string | null; upcoming: number }>(
        `SELECT a.id, ${ISO('a."occurrencesUntil"')} AS until,
                (SELECT count(*)::int FROM "ActivityOccurrence" o
                  WHERE o."activityId" = a.id AND o."startsAt" >= $1::timestamptz) AS upcoming
           FROM "Activity" a
          WHERE a.status <> 'ARCHIVED'
            AND (a."occurrencesUntil" IS NULL OR a."occurrencesUntil" < $2::timestamptz)
            AND EXISTS (SELECT 1 FROM "ActivitySchedule" s WHERE s."activityId" = a.id)
          LIMIT $3
          FOR UPDATE OF a SKIP LOCKED`,
        [nowIso, due.toISOString(), Math.min(batch, max - activities)],
      );
      if (targets.length === 0) return true;
      const schedules = await tx.query<ScheduleRow>(
        `SELECT "activityId", kind::text AS kind, "timeZone", ${ISO('"startsAt"')} AS "startsAt", ${ISO('"endsAt"')} AS "endsAt",
                "validFrom"::text AS "validFrom", "validUntil"::text AS "validUntil", frequency::text AS frequency,
                "interval", weekdays::text AS weekdays, "startTime", "endTime", "excludedDates"::text AS "excludedDates"
           FROM "ActivitySchedule" WHERE "activityId" = ANY($1::uuid[])`,
        [targets.map((t) => t.id)],
      );
      const byActivity = new Map<string, ScheduleInput[]>();
      for (const s of schedules) {
        const list = byActivity.get(s.activityId) ?? [];
        list.push({ ...s, weekdays: parseArray(s.weekdays).map(Number), excludedDates: parseArray(s.excludedDates) });
        byActivity.set(s.activityId, list);
      }
      const rows: { activityId: string; startsAt: string; endsAt: string | null }[] = [];
      for (const t of targets) {
        // Only what lies beyond the old window is new; an unknown window starts from now
        // (what exists already is kept by ON CONFLICT DO NOTHING).
        const from = t.until && Date.parse(t.until) > now.getTime() ? new Date(t.until) : now;
        const limit = t.until ? OCCURRENCE_LIMIT - t.upcoming : OCCURRENCE_LIMIT;
        for (const o of expandSchedules(byActivity.get(t.id) ?? [], { from, to: windowEnd, limit })) {
          rows.push({ activityId: t.id, startsAt: o.startsAt.toISOString(), endsAt: o.endsAt?.toISOString() ?? null });
        }
      }
      const [inserted] = await tx.query<{ count: number }>(
        `WITH added AS (
           INSERT INTO "ActivityOccurrence" ("activityId", "startsAt", "endsAt")
           SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[])
           ON CONFLICT DO NOTHING RETURNING 1
         )
         SELECT count(*)::int AS count FROM added`,
        [rows.map((r) => r.activityId), rows.map((r) => r.startsAt), rows.map((r) => r.endsAt)],
      );
      // The window moves on; "nextOccurrenceAt" too where it ran dry or passed.
      await tx.query(
        `UPDATE "Activity" a
            SET "occurrencesUntil" = $2::timestamptz,
                "nextOccurrenceAt" = CASE WHEN a."nextOccurrenceAt" IS NULL OR a."nextOccurrenceAt" < $3::timestamptz
                  THEN (SELECT min(o."startsAt") FROM "ActivityOccurrence" o
                         WHERE o."activityId" = a.id AND o."startsAt" >= $3::timestamptz)
                  ELSE a."nextOccurrenceAt" END
          WHERE a.id = ANY($1::uuid[])`,
        [targets.map((t) => t.id), windowEnd.toISOString(), nowIso],
      );
      activities += targets.length;
      occurrences += inserted?.count ?? 0;
      return targets.length < batch;
    });
    if (done) break;
  }
  return { activities, occurrences };
}
