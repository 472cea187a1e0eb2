import 'server-only';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { ConfigError } from '@/server/env';
import type { Database } from './connection';
import type { SqlExecutor } from './sql-executor';

type Queryable = Pick<pg.PoolClient, 'query'>;

function executorFor(target: Queryable, transaction: SqlExecutor['transaction']): SqlExecutor {
  return {
    mode: 'postgres',
    async query<T>(sql: string, params?: unknown[]) {
      const result = await target.query(sql, params as unknown[] | undefined);
      return result.rows as T[];
    },
    async exec(sql: string) {
      await target.query(sql);
    },
    transaction,
  };
}

function clientExecutor(client: pg.PoolClient): SqlExecutor {
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
  const self = executorFor(client, nested);
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

export async function openPostgres(databaseUrl: string): Promise<Database> {
  const describe = describePostgresUrl(databaseUrl);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: 5_000,
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

  const transaction: SqlExecutor['transaction'] = async (fn) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const value = await fn(clientExecutor(client));
      await client.query('COMMIT');
      return value;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };

  return {
    mode: 'postgres',
    describe,
    executor: executorFor(pool as unknown as Queryable, transaction),
    adapter: new PrismaPg(pool),
    close: () => pool.end(),
  };
}
