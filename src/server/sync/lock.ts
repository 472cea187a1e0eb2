import 'server-only';
import type { SqlExecutor } from '@/server/db/sql-executor';

/** Advisory lock key of the sync job ("polkusyn" folded into 48 bits); unique in this database. */
export const SYNC_LOCK_KEY = 0x706f6c6b7379;

const HEARTBEAT_MS = 30_000;

export interface SyncLock {
  release(): Promise<void>;
}

/**
 * Takes the cluster-wide sync lock without waiting, or returns null when another process
 * holds it.
 *
 * PostgreSQL: the lock must live on one connection for the whole run, and the shared
 * executor hands out a dedicated connection only for a transaction. So the lock is a
 * transaction-level advisory lock in a transaction kept open (and idle) until release; a
 * crashed process drops its connection and with it the lock. The transaction takes no
 * snapshot between statements (READ COMMITTED) and writes nothing, so it holds back neither
 * vacuum nor other writers; a heartbeat keeps `idle_in_transaction_session_timeout` away.
 *
 * PGlite: one in-process connection, on which advisory locks are re-entrant; the caller's
 * in-process guard is what excludes a second run there. The session lock is still taken so
 * that tools on the same database (psql through pglite-socket) see it.
 */
export async function tryAcquireSyncLock(sql: SqlExecutor): Promise<SyncLock | null> {
  if (sql.mode === 'pglite') {
    const [row] = await sql.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS locked', [SYNC_LOCK_KEY]);
    if (!row?.locked) return null;
    return {
      release: async () => {
        await sql.query('SELECT pg_advisory_unlock($1::bigint)', [SYNC_LOCK_KEY]);
      },
    };
  }

  return new Promise<SyncLock | null>((resolve, reject) => {
    let settled = false;
    let releaseSignal!: () => void;
    const released = new Promise<void>((r) => (releaseSignal = r));
    const finished = sql
      .transaction(async (tx) => {
        const [row] = await tx.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1::bigint) AS locked', [
          SYNC_LOCK_KEY,
        ]);
        if (!row?.locked) {
          settled = true;
          resolve(null);
          return;
        }
        settled = true;
        resolve({
          release: async () => {
            releaseSignal();
            await finished;
          },
        });
        const heartbeat = setInterval(() => void tx.query('SELECT 1').catch(() => undefined), HEARTBEAT_MS);
        heartbeat.unref();
        try {
          await released;
        } finally {
          clearInterval(heartbeat);
        }
      })
      .catch((error: unknown) => {
        if (!settled) reject(error);
      });
  });
}
