import 'server-only';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { ConfigError } from '@/server/env';
import type { Database } from './connection';
import { parseDatabaseLimits, type DatabaseLimits } from './limits';
import type { SqlExecutor } from './sql-executor';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './unavailable';

type Queryable = Pick<pg.PoolClient, 'query'>;

// The client-side read timeout fires only when the server does not answer at all (frozen,
// network gone): a live server cancels the statement itself (57014) a moment earlier.
const READ_TIMEOUT_GRACE_MS = 1_000;

/**
 * A client whose connection is dropped when a read times out. node-postgres leaves the
 * timed-out statement in flight, so every later statement on that connection would queue
 * behind it; dropping it makes the pool open a fresh one instead.
 */
class TimeoutDroppingClient extends pg.Client {
  override query(...args: unknown[]): never {
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      result.catch((error: unknown) => {
        if ((error as Error | undefined)?.message === 'Query read timeout') {
          (this as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
        }
      });
    }
    return result as never;
  }
}

function readTimeout(statementTimeoutMs: number): number | undefined {
  return statementTimeoutMs > 0 ? statementTimeoutMs + READ_TIMEOUT_GRACE_MS : undefined;
}

// node-postgres reads a per-statement `query_timeout` that its types do not declare.
function statement(text: string, values: unknown[] | undefined, timeoutMs: number | undefined): pg.QueryConfig {
  return { text, values, query_timeout: readTimeout(timeoutMs ?? 0) } as pg.QueryConfig;
}

function executorFor(target: Queryable, transaction: SqlExecutor['transaction'], timeoutMs?: number): SqlExecutor {
  return {
    mode: 'postgres',
    async query<T>(sql: string, params?: unknown[]) {
      const result = await target.query(statement(sql, params as unknown[] | undefined, timeoutMs));
      return result.rows as T[];
    },
    async exec(sql: string) {
      await target.query(statement(sql, undefined, timeoutMs));
    },
    transaction,
  };
}

function clientExecutor(client: pg.PoolClient, timeoutMs?: number): SqlExecutor {
  const nested: SqlExecutor['transaction'] = async (fn) => {
    // A nested call runs in a savepoint, so helpers may call transaction() freely.
    const name = `sp_${Math.random().toString(36).slice(2, 10)}`;
    await client.query(`SAVEPOINT ${name}`);
    try {
      const value = await fn(self);
      await client.query(`RELEASE SAVEPOINT ${name}`);
      return value;
    } catch (error) {
      await client.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    }
  };
  const self = executorFor(client, nested, timeoutMs);
  return self;
}

/** "PostgreSQL at host:port/db", never with the password. */
export function describePostgresUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `PostgreSQL at ${url.hostname}:${url.port || '5432'}${url.pathname}`;
}

export function explainConnectionError(error: unknown, where: string): string {
  const err = error as { code?: string; message?: string };
  switch (err.code) {
    case 'ECONNREFUSED':
      return `Cannot connect to ${where}: nothing is listening there (is the server running?).`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot connect to ${where}: the host name does not resolve.`;
    case 'ETIMEDOUT':
      return `Cannot connect to ${where}: the connection timed out.`;
    case '3D000':
      return `Cannot connect to ${where}: the database does not exist (create it with createdb).`;
    case '28P01':
    case '28000':
      return `Cannot connect to ${where}: the server refused the user name or password.`;
    default:
      return `Cannot connect to ${where}: ${err.message ?? String(error)}.`;
  }
}

export async function openPostgres(databaseUrl: string, limits: DatabaseLimits = parseDatabaseLimits(process.env)): Promise<Database> {
  const describe = describePostgresUrl(databaseUrl);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    Client: TimeoutDroppingClient,
    // Covers both opening a connection and waiting for a free one in the pool.
    connectionTimeoutMillis: limits.connectTimeoutMs,
    statement_timeout: limits.statementTimeoutMs,
    query_timeout: readTimeout(limits.statementTimeoutMs),
    // The stream's own timeout would cut a healthy but idle connection; keepalive finds dead peers.
    keepAlive: true,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its connection must not crash the process.
  pool.on('error', (error) => console.error(`[db] idle connection error: ${error.message}`));
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new ConfigError(explainConnectionError(error, describe));
  }

  const transaction: SqlExecutor['transaction'] = async (fn, options) => {
    const client = await pool.connect().catch((error: unknown) => {
      throw isDatabaseUnavailable(error) ? new DatabaseUnavailableError('No database connection in time.', { cause: error }) : error;
    });
    const timeoutMs = options?.timeoutMs ?? limits.statementTimeoutMs;
    let failure: unknown;
    try {
      await client.query('BEGIN');
      if (timeoutMs !== limits.statementTimeoutMs) await client.query(`SET LOCAL statement_timeout = ${Math.trunc(timeoutMs)}`);
      const value = await fn(clientExecutor(client, timeoutMs));
      await client.query('COMMIT');
      return value;
    } catch (error) {
      failure = error;
      // A connection that stopped answering is not asked to roll back: it is dropped below.
      if (!isDatabaseUnavailable(error)) await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release(isDatabaseUnavailable(failure) ? (failure as Error) : undefined);
    }
  };

  return {
    mode: 'postgres',
    describe,
    executor: executorFor(pool as unknown as Queryable, transaction, limits.statementTimeoutMs),
    adapter: new PrismaPg(pool),
    close: () => pool.end(),
  };
}
