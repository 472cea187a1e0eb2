import 'server-only';
import { getSql } from '@/server/db';
import { deleteExpiredReferrals } from '@/server/referrals/cleanup';

export interface MaintenanceResult {
  expiredReferralsDeleted: number;
  nextOccurrencesRefreshed: number;
}

/**
 * Housekeeping that runs after every scheduled sync: expired referrals are deleted, and
 * "nextOccurrenceAt" moves on for activities whose next occurrence has passed (the
 * "soonest" sort and the cards read it).
 */
export async function runCatalogueMaintenance(now: Date = new Date()): Promise<MaintenanceResult> {
  const expiredReferralsDeleted = await deleteExpiredReferrals(now);
  const sql = await getSql();
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
  return { expiredReferralsDeleted, nextOccurrencesRefreshed: row?.count ?? 0 };
}
