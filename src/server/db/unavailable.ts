import 'server-only';

/** The database did not answer in time or could not be reached: answered as 503, not 500. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

// node-postgres and socket errors that mean "the server is not there (now)", not "the query is wrong".
const UNAVAILABLE_MESSAGES = [
  'Query read timeout',
  'timeout exceeded when trying to connect',
  'timeout expired',
  'Connection terminated',
  'Connection terminated unexpectedly',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
];
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  // PostgreSQL: statement_timeout or lock_timeout hit, server shutting down or starting, too many connections.
  '57014',
  '55P03',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  // Prisma: cannot reach the server, timed out, connection closed, pool timeout.
  'P1001',
  'P1002',
  'P1008',
  'P1017',
  'P2024',
]);
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

/**
 * Whether an error (from node-postgres, PGlite, Prisma or a driver adapter, possibly wrapped)
 * means the database is unavailable. Walks `cause` and Prisma's `meta.driverAdapterError`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    if (current instanceof DatabaseUnavailableError) return true;
    const record = current as Record<string, unknown>;
    if (typeof record.code === 'string' && (UNAVAILABLE_CODES.has(record.code) || record.code.startsWith('08'))) return true;
    if (typeof record.kind === 'string' && UNAVAILABLE_KINDS.has(record.kind)) return true;
    if (record.kind === 'postgres' && typeof record.code === 'string' && record.code.startsWith('08')) return true;
    if (typeof record.message === 'string' && UNAVAILABLE_MESSAGES.some((m) => (record.message as string).startsWith(m))) return true;
    if (typeof record.originalCode === 'string' && UNAVAILABLE_CODES.has(record.originalCode)) return true;
    queue.push(record.cause, (record.meta as Record<string, unknown> | undefined)?.driverAdapterError);
  }
  return false;
}
