import 'server-only';
import { createHash } from 'node:crypto';
import type { SqlExecutor } from '@/server/db/sql-executor';

export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the current window ends. */
  resetSeconds: number;
}

export interface RateLimitOptions {
  /** Namespace of the counter, e.g. "api". */
  scope: string;
  /** Who is counted: a client address or another identifier. Never stored as such. */
  subject: string;
  limit: number;
  windowMs: number;
  now?: Date;
}

/**
 * A fixed-window counter in PostgreSQL, shared by every app instance: one atomic upsert
 * per request. The subject is stored only as a hash salted with the window's start, in a
 * key that lives for one window, so client addresses are never kept (nor linkable across
 * windows) after the window has passed. Rows of finished windows are deleted by the first
 * request of a client's next window.
 */
export async function hitRateLimit(sql: SqlExecutor, options: RateLimitOptions): Promise<RateLimitResult> {
  const now = options.now?.getTime() ?? Date.now();
  const windowStart = Math.floor(now / options.windowMs) * options.windowMs;
  const windowIso = new Date(windowStart).toISOString();
  const digest = createHash('sha256').update(`${windowIso}\n${options.subject}`).digest('base64url').slice(0, 32);
  const key = `${options.scope}:${windowStart}:${digest}`;

  const [row] = await sql.query<{ count: number }>(
    `INSERT INTO "RateLimit" (key, "windowStart", count) VALUES ($1, $2::timestamptz, 1)
     ON CONFLICT (key) DO UPDATE SET count = "RateLimit".count + 1
     RETURNING count`,
    [key, windowIso],
  );
  const count = row?.count ?? 1;
  if (count === 1) {
    await sql.query(`DELETE FROM "RateLimit" WHERE key LIKE $1 AND "windowStart" < $2::timestamptz`, [
      `${options.scope}:%`,
      windowIso,
    ]);
  }
  return {
    allowed: count <= options.limit,
    limit: options.limit,
    remaining: Math.max(0, options.limit - count),
    resetSeconds: Math.max(1, Math.ceil((windowStart + options.windowMs - now) / 1000)),
  };
}
