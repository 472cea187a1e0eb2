// Applies prisma/migrations with src/server/db/migrate.ts to a fresh in-memory PGlite and,
// when TEST_DATABASE_URL is set (e.g. postgresql://postgres@127.0.0.1:5432/postgres), to a
// throwaway PostgreSQL database, and checks the bookkeeping and the hand-written SQL
// (search triggers, CHECK constraint). Executors are built here directly on PGlite and
// pg.Client so that this test depends on nothing but the runner.
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '@/server/db/migrate';
import type { SqlExecutor } from '@/server/db/sql-executor';

const migrationsDir = path.resolve('prisma/migrations');
const migrationNames = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

// --- Minimal executors -------------------------------------------------------------------

function pgliteExecutor(db: PGlite | Transaction, inTransaction = false): SqlExecutor {
  const self: SqlExecutor = {
    mode: 'pglite',
    async query<T>(sql: string, params?: unknown[]) {
      return (await db.query<T>(sql, params)).rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
    async transaction(fn) {
      if (inTransaction) throw new Error('nested transactions are not used by the runner');
      return (db as PGlite).transaction((tx) => fn(pgliteExecutor(tx, true)));
    },
  };
  return self;
}

function pgExecutor(client: pg.Client, inTransaction = false): SqlExecutor {
  return {
    mode: 'postgres',
    async query<T>(sql: string, params?: unknown[]) {
      return (await client.query(sql, params)).rows as T[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    async transaction(fn) {
      if (inTransaction) throw new Error('nested transactions are not used by the runner');
      await client.query('BEGIN');
      try {
        const value = await fn(pgExecutor(client, true));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
  };
}

interface Target {
  name: string;
  open(): Promise<{ executor: SqlExecutor; close(): Promise<void> }>;
}

const targets: Target[] = [
  {
    name: 'PGlite (in memory)',
    async open() {
      const db = await PGlite.create({ extensions: { pg_trgm, unaccent } });
      return { executor: pgliteExecutor(db), close: () => db.close() };
    },
  },
];

const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) {
  targets.push({
    name: 'PostgreSQL',
    async open() {
      const dbName = `polku_migrate_test_${process.pid}_${randomBytes(3).toString('hex')}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${dbName}"`);
      const url = new URL(serverUrl);
      url.pathname = `/${dbName}`;
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      return {
        executor: pgExecutor(client),
        async close() {
          await client.end();
          await admin.query(`DROP DATABASE IF EXISTS "${dbName}"`);
          await admin.end();
        },
      };
    },
  });
}

// --- Tests -------------------------------------------------------------------------------

describe.each(targets)('applyMigrations on $name', (target) => {
  let executor: SqlExecutor;
  let close: () => Promise<void>;
  let firstRun: { applied: string[] };
  const logs: string[] = [];

  beforeAll(async () => {
    ({ executor, close } = await target.open());
    firstRun = await applyMigrations(executor, { migrationsDir, log: (m) => logs.push(m) });
  });

  afterAll(async () => {
    await close?.();
  });

  it('applies every migration and creates the tables', async () => {
    expect(migrationNames.length).toBeGreaterThan(0);
    expect(firstRun.applied).toEqual(migrationNames);
    const tables = await executor.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    const names = tables.map((t) => t.table_name);
    for (const table of ['_prisma_migrations', 'Activity', 'Organization', 'Municipality', 'Theme', 'User', 'Session']) {
      expect(names).toContain(table);
    }
  });

  it('records each migration in _prisma_migrations like Prisma', async () => {
    const rows = await executor.query<{
      id: string;
      migration_name: string;
      checksum: string;
      finished: boolean;
      logs: string | null;
      rolled_back_at: unknown;
      applied_steps_count: number;
    }>(
      `SELECT id, migration_name, checksum, finished_at IS NOT NULL AND finished_at >= started_at AS finished,
              logs, rolled_back_at, applied_steps_count
         FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      const file = readFileSync(path.join(migrationsDir, row.migration_name, 'migration.sql'), 'utf8');
      expect(row.checksum).toBe(sha256(file));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished).toBe(true);
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it('applies nothing when run again', async () => {
    expect(await applyMigrations(executor, { migrationsDir })).toEqual({ applied: [] });
  });

  it('refuses an applied migration whose file was edited', async () => {
    const [first] = migrationNames;
    const [row] = await executor.query<{ checksum: string }>(
      `SELECT checksum FROM _prisma_migrations WHERE migration_name = $1`,
      [first],
    );
    const checksum = row!.checksum;
    await executor.query(`UPDATE _prisma_migrations SET checksum = $1 WHERE migration_name = $2`, ['0'.repeat(64), first]);
    try {
      await expect(applyMigrations(executor, { migrationsDir })).rejects.toThrow(
        new RegExp(`Migration ${first} was modified after it was applied`),
      );
    } finally {
      await executor.query(`UPDATE _prisma_migrations SET checksum = $1 WHERE migration_name = $2`, [checksum, first]);
    }
  });

  it('rolls back a failing migration and names it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'polku-migrations-'));
    try {
      cpSync(migrationsDir, dir, { recursive: true });
      mkdirSync(path.join(dir, '99990101000000_broken'));
      writeFileSync(
        path.join(dir, '99990101000000_broken', 'migration.sql'),
        'CREATE TABLE "ShouldVanish" (id INT);\nSELECT * FROM "NoSuchTable";\n',
      );
      await expect(applyMigrations(executor, { migrationsDir: dir })).rejects.toThrow(
        /^Migration 99990101000000_broken failed and was rolled back: .*NoSuchTable/,
      );
      const leftovers = await executor.query(
        `SELECT 1 FROM information_schema.tables WHERE table_name = 'ShouldVanish'
         UNION ALL SELECT 1 FROM _prisma_migrations WHERE migration_name = '99990101000000_broken'`,
      );
      expect(leftovers).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('search columns and constraints', () => {
    const orgId = '01900000-0000-7000-8000-000000000001';
    const insertActivity = (id: string, slug: string, titles: { fi?: string; sv?: string; en?: string }, org?: string) =>
      executor.query(
        `INSERT INTO "Activity" ("id", "slug", "providerType", "organizationId", "titleFi", "titleSv", "titleEn", "updatedAt")
         VALUES ($1, $2, 'ASSOCIATION', $3, $4, $5, $6, now())`,
        [id, slug, org ?? null, titles.fi ?? null, titles.sv ?? null, titles.en ?? null],
      );
    const count = async (where: string, params: unknown[]) =>
      (await executor.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Activity" WHERE ${where}`, params))[0]!.n;

    beforeAll(async () => {
      await executor.query(
        `INSERT INTO "Organization" ("id", "slug", "nameFi", "providerType", "updatedAt")
         VALUES ($1, 'oulun-kirjasto', 'Oulun kaupunginkirjasto', 'MUNICIPALITY', now())`,
        [orgId],
      );
      await insertActivity('01900000-0000-7000-8000-000000000011', 'lukupiiri', { fi: 'Lukupiiri ikäihmisille' }, orgId);
      await insertActivity('01900000-0000-7000-8000-000000000012', 'lasecirkel', { sv: 'Läsecirkel för seniorer' });
    });

    it('fills searchFi with Finnish stems, weighted', async () => {
      expect(await count(`"searchFi" @@ websearch_to_tsquery('finnish', $1)`, ['lukupiireihin'])).toBe(1);
      expect(await count(`"searchFi" @@ websearch_to_tsquery('finnish', $1)`, ['lukupiiri ikäihmisille'])).toBe(1);
      const [row] = await executor.query<{ v: string }>(`SELECT "searchFi"::text AS v FROM "Activity" WHERE slug = 'lukupiiri'`);
      expect(row!.v).toContain(`'lukupiir':1A`);
      expect(row!.v).toMatch(/'kaupunginkirjasto':\d+B/);
    });

    it('fills searchSv, falling back to the other language', async () => {
      expect(await count(`"searchSv" @@ websearch_to_tsquery('swedish', $1)`, ['seniorer läsecirkel'])).toBe(1);
      // A Finnish-only activity is still found on the Swedish pages, and vice versa.
      expect(await count(`"searchSv" @@ websearch_to_tsquery('swedish', $1)`, ['lukupiiri'])).toBe(1);
      expect(await count(`"searchFi" @@ websearch_to_tsquery('finnish', $1)`, ['läsecirkel'])).toBe(1);
    });

    it('fills searchTrgm and refreshes it when the organisation is renamed', async () => {
      // Word similarity: a misspelt word still matches the title.
      expect(await count(`$1 <% "searchTrgm"`, ['lukupiri'])).toBe(1);
      await executor.query(`UPDATE "Organization" SET "nameSv" = 'Uleåborgs stadsbibliotek' WHERE "id" = $1`, [orgId]);
      expect(await count(`"searchSv" @@ websearch_to_tsquery('swedish', $1)`, ['stadsbibliotek'])).toBe(1);
      const [row] = await executor.query<{ t: string }>(`SELECT "searchTrgm" AS t FROM "Activity" WHERE slug = 'lukupiiri'`);
      expect(row!.t).toBe('lukupiiri ikäihmisille oulun kaupunginkirjasto uleåborgs stadsbibliotek');
    });

    it('rejects an activity without any title', async () => {
      await expect(
        insertActivity('01900000-0000-7000-8000-000000000013', 'nameless', { fi: '  ', sv: '' }),
      ).rejects.toThrow(/Activity_title_present_check/);
    });
  });
});
