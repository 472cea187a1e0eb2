import 'server-only';
import { createHash } from 'node:crypto';
import type { SqlExecutor } from '@/server/db/sql-executor';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failed logins allowed per account (e-mail address) in a window. */
export const LOGIN_LIMIT_PER_ACCOUNT = 5;
/** Failed logins allowed per client address in a window (several people may share an office NAT). */
export const LOGIN_LIMIT_PER_ADDRESS = 20;

interface Counter {
  key: string;
  limit: number;
}

function counters(email: string, address: string, now: number): { windowIso: string; list: Counter[] } {
  const windowStart = Math.floor(now / LOGIN_WINDOW_MS) * LOGIN_WINDOW_MS;
  const windowIso = new Date(windowStart).toISOString();
  // Hashed with the window's start, so neither addresses nor e-mail addresses are kept as such.
  const key = (kind: string, subject: string) =>
    `login-${kind}:${windowStart}:${createHash('sha256').update(`${windowIso}\n${subject}`).digest('base64url').slice(0, 32)}`;
  return {
    windowIso,
    list: [
      { key: key('account', email), limit: LOGIN_LIMIT_PER_ACCOUNT },
      { key: key('address', address), limit: LOGIN_LIMIT_PER_ADDRESS },
    ],
  };
}

export interface LoginAttempt {
  allowed: boolean;
  /** Call after a successful login: a success does not count against the limits. */
  refund(): Promise<void>;
}

/**
 * Reserves one attempt on the account's and the address's counters (fixed 15-minute windows in
 * the RateLimit table, shared by every app instance) with an atomic upsert before the password is
 * checked, so parallel guesses cannot slip past the limit. A successful login gives its attempt
 * back, which makes the limits count failures.
 */
export async function beginLoginAttempt(
  sql: SqlExecutor,
  { email, address, now = Date.now() }: { email: string; address: string; now?: number },
): Promise<LoginAttempt> {
  const { windowIso, list } = counters(email.toLowerCase(), address, now);
  let allowed = true;
  for (const counter of list) {
    const [row] = await sql.query<{ count: number }>(
      `INSERT INTO "RateLimit" (key, "windowStart", count) VALUES ($1, $2::timestamptz, 1)
       ON CONFLICT (key) DO UPDATE SET count = "RateLimit".count + 1
       RETURNING count`,
      [counter.key, windowIso],
    );
    if ((row?.count ?? 1) > counter.limit) allowed = false;
  }
  await sql.query(`DELETE FROM "RateLimit" WHERE key LIKE 'login-%' AND "windowStart" < $1::timestamptz`, [windowIso]);
  return {
    allowed,
    async refund() {
      await sql.query(`UPDATE "RateLimit" SET count = GREATEST(count - 1, 0) WHERE key = ANY($1::text[])`, [
        list.map((c) => c.key),
      ]);
    },
  };
}
