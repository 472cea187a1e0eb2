import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { ConfigError } from '@/server/env';
import type { Database } from './connection';
import type { SqlExecutor } from './sql-executor';

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

export async function openPglite(dataDir: string, loadDataDir?: Blob | File): Promise<Database> {
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

  const transaction: SqlExecutor['transaction'] = (fn) =>
    db.transaction((tx) => fn(transactionExecutor(tx)));

  return {
    mode: 'pglite',
    describe: inMemory ? 'embedded PGlite in memory' : `embedded PGlite in ${dataDir}`,
    executor: executorFor(db, transaction),
    adapter: new PrismaPGlite(db),
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

