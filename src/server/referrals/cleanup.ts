import 'server-only';
import { getSql } from '@/server/db';

/**
 * Deletes referrals whose expiry has passed; returns how many were removed. Raw SQL rather
 * than Prisma: the sync job calls this after every run, and a sync process that never loads
 * the Prisma engine stays about 60 MB smaller.
 */
export async function deleteExpiredReferrals(now: Date = new Date()): Promise<number> {
  const sql = await getSql();
  const [row] = await sql.query<{ count: number }>(
    `WITH gone AS (DELETE FROM "Referral" WHERE "expiresAt" <= $1::timestamptz RETURNING 1)
     SELECT count(*)::int AS count FROM gone`,
    [now.toISOString()],
  );
  return row?.count ?? 0;
}
