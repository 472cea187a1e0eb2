import 'server-only';
import { z } from 'zod';
import { ConfigError } from '@/server/env';

/**
 * How long the app waits for its database. A frozen or unreachable database must turn into a
 * quick "service unavailable" answer, never a request that hangs as long as the outage lasts.
 */
export interface DatabaseLimits {
  /** Opening a connection (PostgreSQL) or waiting for a free one in the pool. */
  connectTimeoutMs: number;
  /** One statement (PostgreSQL: server-side statement_timeout, plus a client-side read timeout). */
  statementTimeoutMs: number;
}

const milliseconds = (fallback: number) =>
  z.preprocess((v) => (v === '' || v === undefined ? undefined : v), z.coerce.number().int().min(0).max(600_000).default(fallback));

const limitsSchema = z.object({
  DATABASE_CONNECT_TIMEOUT_MS: milliseconds(3_000),
  DATABASE_STATEMENT_TIMEOUT_MS: milliseconds(5_000),
});

export function parseDatabaseLimits(source: Record<string, string | undefined>): DatabaseLimits {
  const result = limitsSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(`Configuration error: ${issue.path.join('.')} must be a whole number of milliseconds (0–600000).`);
  }
  return {
    connectTimeoutMs: result.data.DATABASE_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: result.data.DATABASE_STATEMENT_TIMEOUT_MS,
  };
}

/**
 * Statements known to take long on a large catalogue (building the search index, migrations)
 * get this much instead; they run in the background or from the command line, never while a
 * visitor waits.
 */
export const LONG_STATEMENT_TIMEOUT_MS = 300_000;

/**
 * Commands (migrations, seeding, the sync, benchmarks) may run statements far longer than a
 * page request should wait: they get the long limit unless one is set explicitly.
 */
export function applyLongStatementTimeout(): void {
  process.env.DATABASE_STATEMENT_TIMEOUT_MS ||= String(LONG_STATEMENT_TIMEOUT_MS);
}
