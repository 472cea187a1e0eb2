import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { ConfigError } from '@/server/env';
import type { Database } from './connection';
import { parseDatabaseLimits, type DatabaseLimits } from './limits';
import type { SqlExecutor } from './sql-executor';
import { DatabaseUnavailableError } from './unavailable';

type PgliteQueryable = Pick<PGlite, 'query' | 'exec'> | Transaction;

function executorFor(target: PgliteQueryable, transaction: SqlExecutor['transaction']): SqlExecutor {
  return {
    mode: 'pglite',
    async query<T>(sql: string, params?: unknown[]) {
      const result = await target.query<T>(sql, params);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
    transaction,
  };
}

function transactionExecutor(tx: Transaction): SqlExecutor {
  const nested: SqlExecutor['transaction'] = async (fn) => {
    const name = `sp_${Math.random().toString(36).slice(2, 10)}`;
    await tx.exec(`SAVEPOINT ${name}`);
    try {
      const value = await fn(self);
      await tx.exec(`RELEASE SAVEPOINT ${name}`);
      return value;
    } catch (error) {
      await tx.exec(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    }
  };
  const self = executorFor(tx, nested);
  return self;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite has no cross-process lock: two processes on one directory silently lose
 * committed rows. A lock file beside the directory, created atomically, holds the
 * owner's pid; a lock whose owner is gone is taken over.
 */
export function acquireDirectoryLock(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          if (fs.readFileSync(lockPath, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new ConfigError(
          `Cannot use the embedded database directory ${dataDir}: ${(error as Error).message}.`,
        );
      }
      const owner = Number.parseInt(fs.readFileSync(lockPath, 'utf8').trim(), 10);
      // The owner may be this very process: a second instance here would corrupt data too.
      if (Number.isInteger(owner) && isProcessAlive(owner)) {
        throw new ConfigError(
          `The embedded database in ${dataDir} is in use by another process (pid ${owner}); stop that process first, or set DATABASE_URL to use a PostgreSQL server.`,
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new ConfigError(`Cannot lock the embedded database directory ${dataDir}.`);
}

function timedOut(timeoutMs: number): DatabaseUnavailableError {
  return new DatabaseUnavailableError(`The embedded database did not answer within ${timeoutMs} ms.`);
}

/**
 * PGlite runs one statement at a time in this process and has no working statement_timeout,
 * so a stuck transaction makes every other caller wait behind it. This wrapper bounds the
 * wait: a single statement must finish, and a transaction must start, within `timeoutMs`;
 * a transaction that starts after its caller gave up rolls back at once. Used by both our
 * executor and Prisma's adapter.
 */
export function withWaitLimit(db: PGlite, timeoutMs: number): PGlite {
  if (timeoutMs <= 0) return db;
  const bounded = <T>(work: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(timedOut(timeoutMs)), timeoutMs);
      work.then(resolve, reject).finally(() => clearTimeout(timer));
    });
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'query' || property === 'exec') {
        const method = Reflect.get(target, property, target) as (...args: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => bounded(method.apply(target, args));
      }
      if (property === 'transaction') {
        return <T>(fn: (tx: Transaction) => Promise<T>) => {
          let abandoned = false;
          let started = false;
          return new Promise<T>((resolve, reject) => {
            const timer = setTimeout(() => {
              if (started) return;
              abandoned = true;
              reject(timedOut(timeoutMs));
            }, timeoutMs);
            target
              .transaction(async (tx) => {
                started = true;
                clearTimeout(timer);
                if (abandoned) throw timedOut(timeoutMs);
                return fn(tx);
              })
              .then(resolve, (error: unknown) => {
                clearTimeout(timer);
                if (!abandoned) reject(error);
              });
          });
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export async function openPglite(
  dataDir: string,
  loadDataDir?: Blob | File,
  limits: DatabaseLimits = parseDatabaseLimits(process.env),
): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  const release = inMemory ? () => undefined : acquireDirectoryLock(dataDir);
  let db: PGlite;
  try {
    if (!inMemory) fs.mkdirSync(dataDir, { recursive: true });
    db = await PGlite.create(inMemory ? undefined : dataDir, {
      extensions: { pg_trgm, unaccent },
      ...(loadDataDir ? { loadDataDir } : {}),
    });
  } catch (error) {
    release();
    throw new ConfigError(
      `Cannot open the embedded database in ${dataDir}: ${(error as Error).message}.`,
    );
  }

  const bounded = withWaitLimit(db, limits.statementTimeoutMs);
  const transaction: SqlExecutor['transaction'] = (fn) =>
    bounded.transaction((tx) => fn(transactionExecutor(tx)));

  return {
    mode: 'pglite',
    describe: inMemory ? 'embedded PGlite in memory' : `embedded PGlite in ${dataDir}`,
    executor: executorFor(bounded, transaction),
    adapter: new PrismaPGlite(bounded),
    dumpDataDir: () => db.dumpDataDir('none'),
    async close() {
      try {
        if (!db.closed) await db.close();
      } finally {
        release();
      }
    },
  };
}

