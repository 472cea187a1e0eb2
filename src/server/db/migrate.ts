import 'server-only';

import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';


/** A migration problem for the operator: its message is one sentence, no stack trace needed. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}
import type { SqlExecutor } from './sql-executor';

/**
 * Applies prisma/migrations/<name>/migration.sql files in name order, on PostgreSQL or PGlite,
 * bookkeeping them exactly like Prisma's schema engine does, so that `prisma migrate status`
 * and `prisma migrate deploy` agree with this runner wherever Prisma's native engine works:
 *
 * - the `_prisma_migrations` table has Prisma's own definition;
 * - the checksum is the SHA-256 (hex) of the migration.sql file's content;
 * - Prisma's advisory lock key 72707369 guards every step.
 *
 * Each migration runs in its own transaction together with its `_prisma_migrations` row, so a
 * failing migration leaves nothing behind. The lock is the transaction-scoped
 * `pg_advisory_xact_lock`: with a node-postgres pool each transaction may run on a different
 * client, so a session lock could be left on (or released from) the wrong connection. It
 * conflicts with Prisma's session-level `pg_advisory_lock` on the same key, so this runner and
 * `prisma migrate deploy` still exclude each other; between two migrations another runner may
 * take its turn, which is why each transaction re-checks what is already applied.
 *
 * Migration files are sent whole with `exec` (simple query protocol, several statements),
 * never split on `;`: they contain functions with `$$` bodies and comments. Statements that
 * cannot run in a transaction (CREATE INDEX CONCURRENTLY, ALTER TYPE … ADD VALUE before
 * PostgreSQL 12) are therefore not supported.
 */

/** Prisma's advisory lock key for migrations ("prisma" in ASCII digits, truncated). */
export const PRISMA_MIGRATION_LOCK_KEY = 72707369;

export interface ApplyMigrationsOptions {
  /** Folder holding <timestamp>_<name>/migration.sql; default `<cwd>/prisma/migrations`. */
  migrationsDir?: string;
  log?: (msg: string) => void;
}

interface LocalMigration {
  name: string;
  sql: string;
  checksum: string;
  /** Checksums Prisma also accepts for the same file (other line endings). */
  acceptedChecksums: Set<string>;
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished: boolean;
  rolled_back: boolean;
}

// Prisma's definition (schema engine, PostgreSQL flavour), verbatim apart from IF NOT EXISTS.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

const LOCK = `SELECT pg_advisory_xact_lock(${PRISMA_MIGRATION_LOCK_KEY})`;

const SELECT_ROWS = `SELECT migration_name, checksum,
       finished_at IS NOT NULL AS finished,
       rolled_back_at IS NOT NULL AS rolled_back
  FROM _prisma_migrations
 ORDER BY started_at, migration_name`;

/** SHA-256 hex of a migration script, as Prisma computes it. */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Reads the migrations folder: subfolders in name order, each with a migration.sql. */
export async function readMigrations(migrationsDir: string): Promise<LocalMigration[]> {
  if (!existsSync(migrationsDir)) {
    throw new MigrationError(`Migrations folder not found: ${migrationsDir}`);
  }
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrations: LocalMigration[] = [];
  for (const name of names) {
    const file = path.join(migrationsDir, name, 'migration.sql');
    if (!existsSync(file)) {
      throw new MigrationError(`Migration ${name} has no migration.sql (${file})`);
    }
    const sql = await readFile(file, 'utf8');
    const checksum = migrationChecksum(sql);
    // Prisma accepts a file whose line endings were converted by Git (CRLF <-> LF).
    const acceptedChecksums = new Set([
      checksum,
      migrationChecksum(sql.replace(/\r\n/g, '\n')),
      migrationChecksum(sql.replace(/\r?\n/g, '\r\n')),
    ]);
    migrations.push({ name, sql, checksum, acceptedChecksums });
  }
  return migrations;
}

/** Latest row per migration name that was not rolled back (Prisma's own view). */
function appliedState(rows: MigrationRow[]): Map<string, MigrationRow> {
  const state = new Map<string, MigrationRow>();
  for (const row of rows) {
    if (row.rolled_back) continue;
    state.set(row.migration_name, row);
  }
  return state;
}

/**
 * Refuses a database whose history cannot be continued safely: an applied migration was
 * edited afterwards, or Prisma recorded a migration as failed.
 */
function verifyHistory(local: LocalMigration[], state: Map<string, MigrationRow>, log: (m: string) => void): void {
  const byName = new Map(local.map((m) => [m.name, m]));
  for (const row of state.values()) {
    if (!row.finished) {
      throw new MigrationError(
        `Migration ${row.migration_name} is recorded as failed in _prisma_migrations (started, never finished); ` +
          'fix the database by hand, then mark it with `prisma migrate resolve` or delete its row.',
      );
    }
    const file = byName.get(row.migration_name);
    if (!file) {
      log(`warning: migration ${row.migration_name} is applied in the database but missing from the migrations folder`);
      continue;
    }
    if (!file.acceptedChecksums.has(row.checksum)) {
      throw new MigrationError(
        `Migration ${row.migration_name} was modified after it was applied (checksum ${file.checksum} ≠ recorded ` +
          `${row.checksum}); restore the original file and put the change in a new migration.`,
      );
    }
  }
}

export async function applyMigrations(
  executor: SqlExecutor,
  opts: ApplyMigrationsOptions = {},
): Promise<{ applied: string[] }> {
  const migrationsDir = opts.migrationsDir ?? path.join(process.cwd(), 'prisma', 'migrations');
  const log = opts.log ?? (() => {});
  const local = await readMigrations(migrationsDir);

  const initial = await executor.transaction(async (tx) => {
    await tx.query(LOCK);
    await tx.exec(CREATE_MIGRATIONS_TABLE);
    return tx.query<MigrationRow>(SELECT_ROWS);
  });
  const state = appliedState(initial);
  verifyHistory(local, state, log);

  const pending = local.filter((m) => !state.has(m.name));
  if (pending.length === 0) {
    log(`Database is up to date (${local.length} migration${local.length === 1 ? '' : 's'}).`);
    return { applied: [] };
  }

  const applied: string[] = [];
  for (const migration of pending) {
    const started = Date.now();
    let skipped = false;
    try {
      await executor.transaction(async (tx) => {
        await tx.query(LOCK);
        // Another runner may have applied it while we waited for the lock.
        const current = appliedState(await tx.query<MigrationRow>(SELECT_ROWS));
        if (current.has(migration.name)) {
          verifyHistory([migration], new Map([[migration.name, current.get(migration.name)!]]), log);
          skipped = true;
          return;
        }
        const id = randomUUID();
        await tx.query(
          `INSERT INTO _prisma_migrations
             (id, checksum, started_at, finished_at, migration_name, logs, rolled_back_at, applied_steps_count)
           VALUES ($1, $2, now(), NULL, $3, NULL, NULL, 0)`,
          [id, migration.checksum, migration.name],
        );
        await tx.exec(migration.sql);
        await tx.query(
          `UPDATE _prisma_migrations
              SET finished_at = clock_timestamp(), applied_steps_count = applied_steps_count + 1
            WHERE id = $1`,
          [id],
        );
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${oneLine(reason)}`, { cause: error });
    }
    if (skipped) {
      log(`Migration ${migration.name} was applied concurrently by another runner.`);
      continue;
    }
    applied.push(migration.name);
    log(`Applied migration ${migration.name} (${Date.now() - started} ms).`);
  }
  return { applied };
}
