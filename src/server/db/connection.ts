import 'server-only';
import type { PrismaPg } from '@prisma/adapter-pg';
import type { PrismaPGlite } from 'pglite-prisma-adapter';
import { getEnv, ConfigError } from '@/server/env';
import type { SqlExecutor } from './sql-executor';

export interface Database {
  readonly mode: 'postgres' | 'pglite';
  /** Where the data lives, without credentials: "PostgreSQL at host:5432/db" or "embedded PGlite in …". */
  readonly describe: string;
  readonly executor: SqlExecutor;
  /** Driver adapter for the Prisma client on the same connection(s). */
  readonly adapter: PrismaPg | PrismaPGlite;
  /** PGlite only: a tarball of the data directory (tests start from a migrated snapshot). */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl?: string;
  /** PGlite data directory; `memory://` for a throwaway in-memory database. */
  dataDir?: string;
  /** Load a PGlite data directory dump (tests start from a migrated snapshot). */
  loadDataDir?: Blob | File;
}

/**
 * Opens PostgreSQL when a URL is configured, embedded PGlite otherwise.
 * Fails with a ConfigError whose message is one sentence for the operator.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const env = options.databaseUrl || options.dataDir ? undefined : getEnv();
  const databaseUrl = options.databaseUrl ?? env?.DATABASE_URL;
  // Each driver is loaded only when used: with a server URL the embedded PostgreSQL never loads.
  if (databaseUrl) return (await import('./postgres')).openPostgres(databaseUrl);
  const dataDir = options.dataDir ?? env?.pgliteDataDir;
  if (!dataDir) throw new ConfigError('Configuration error: no database configured.');
  return (await import('./pglite')).openPglite(dataDir, options.loadDataDir);
}
