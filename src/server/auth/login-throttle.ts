import 'server-only';
import { createHash } from 'node:crypto';
import type { SqlExecutor } from '@/server/db/sql-executor';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failed logins allowed per account from one client address in a window; then that address is refused. */
export const LOGIN_LIMIT_PER_ACCOUNT_AND_ADDRESS = 5;
/** Failed logins allowed per client address in a window, all accounts together (an office NAT may share one). */
export const LOGIN_LIMIT_PER_ADDRESS = 20;
/** Failed logins on one account, from anywhere, before each further attempt on it is slowed down. */
export const LOGIN_FAILURES_BEFORE_DELAY = 5;
/** The slow-down grows by this much per failure past the threshold ... */
export const LOGIN_DELAY_STEP_MS = 1000;
/** ... up to this much per attempt. */
export const LOGIN_DELAY_MAX_MS = 5000;

/**
 * How long an attempt on an account waits once the account has had `failures` failed attempts in
 * the window. Guessing from many addresses is slowed down for everyone, but never stopped: the
 * owner with the right password still gets in after a few seconds.
 */
export function loginDelayMs(failures: number): number {
  const over = failures - LOGIN_FAILURES_BEFORE_DELAY;
  return over <= 0 ? 0 : Math.min(over * LOGIN_DELAY_STEP_MS, LOGIN_DELAY_MAX_MS);
}

interface Counter {
  key: string;
  /** Past this count the attempt is refused; null: counted for the delay only. */
  limit: number | null;
}

function counters(email: string, address: string, now: number): { windowIso: string; account: Counter; list: Counter[] } {
  const windowStart = Math.floor(now / LOGIN_WINDOW_MS) * LOGIN_WINDOW_MS;
  const windowIso = new Date(windowStart).toISOString();
  // Hashed with the window's start, so neither addresses nor e-mail addresses are kept as such.
  const key = (kind: string, subject: string) =>
    `login-${kind}:${windowStart}:${createHash('sha256').update(`${windowIso}\n${subject}`).digest('base64url').slice(0, 32)}`;
  const account = { key: key('account', email), limit: null };
  return {
    windowIso,
    account,
    list: [
      account,
      { key: key('account-address', `${email}\n${address}`), limit: LOGIN_LIMIT_PER_ACCOUNT_AND_ADDRESS },
      { key: key('address', address), limit: LOGIN_LIMIT_PER_ADDRESS },
    ],
  };
}

export interface LoginAttempt {
  /** False once this address has used up its attempts; the password is then not checked. */
  allowed: boolean;
  /** How long to wait before checking the password (the account is being guessed at). */
  delayMs: number;
  /** Call after a successful login: a success does not count against the limits. */
  refund(): Promise<void>;
}

/**
 * Reserves one attempt on the account's, the account-and-address's and the address's counters
 * (fixed 15-minute windows in the RateLimit table, shared by every app instance) with an atomic
 * upsert before the password is checked, so parallel guesses cannot slip past a limit. A
 * successful login gives its attempt back, which makes the counters count failures.
 *
 * Nobody can lock someone else out: refusals are per address (too many failures on one account
 * from it, or on all accounts together), while failures on an account from everywhere only slow
 * attempts on it down (loginDelayMs).
 */
export async function beginLoginAttempt(
  sql: SqlExecutor,
  { email, address, now = Date.now() }: { email: string; address: string; now?: number },
): Promise<LoginAttempt> {
  const { windowIso, account, list } = counters(email.toLowerCase(), address, now);
  let allowed = true;
  let accountFailures = 0;
  for (const counter of list) {
    const [row] = await sql.query<{ count: number }>(
      `INSERT INTO "RateLimit" (key, "windowStart", count) VALUES ($1, $2::timestamptz, 1)
       ON CONFLICT (key) DO UPDATE SET count = "RateLimit".count + 1
       RETURNING count`,
      [counter.key, windowIso],
    );
    const count = row?.count ?? 1;
    if (counter.limit !== null && count > counter.limit) allowed = false;
    // This attempt is not a failure yet: the delay counts the ones before it.
    if (counter === account) accountFailures = count - 1;
  }
  await sql.query(`DELETE FROM "RateLimit" WHERE key LIKE 'login-%' AND "windowStart" < $1::timestamptz`, [windowIso]);
  return {
    allowed,
    delayMs: allowed ? loginDelayMs(accountFailures) : 0,
    async refund() {
      await sql.query(`UPDATE "RateLimit" SET count = GREATEST(count - 1, 0) WHERE key = ANY($1::text[])`, [
        list.map((c) => c.key),
      ]);
    },
  };
}
