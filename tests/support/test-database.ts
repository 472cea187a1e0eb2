import fs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PrismaClient } from '@/generated/prisma/client';
import { openDatabase, type Database } from '@/server/db/connection';
import { applyMigrations } from '@/server/db/migrate';
import { loadTaxonomies } from '@/server/taxonomies/load';

export type TemplateInfo =
  | { mode: 'pglite'; snapshotPath: string }
  | { mode: 'postgres'; serverUrl: string; templateName: string };

function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function migrateAndLoad(database: Database): Promise<void> {
  await applyMigrations(database.executor);
  await loadTaxonomies(database.executor);
}

/**
 * Creates the migrated template for this run. With TEST_DATABASE_URL (a server URL
 * whose database we may connect to for CREATE DATABASE), each run makes throwaway
 * databases on that server and drops them afterwards.
 */
export async function prepareTemplate(
  snapshotDir: string,
): Promise<{ info: TemplateInfo; teardown: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const templateName = `polku_test_${process.pid}_${randomBytes(3).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${templateName}"`);
    const database = await openDatabase({ databaseUrl: withDatabase(serverUrl, templateName) });
    try {
      await migrateAndLoad(database);
    } finally {
      await database.close();
    }
    return {
      info: { mode: 'postgres', serverUrl, templateName },
      teardown: async () => {
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        try {
          const { rows } = await client.query<{ datname: string }>(
            `SELECT datname FROM pg_database WHERE datname LIKE $1`,
            [`${templateName}%`],
          );
          for (const { datname } of rows) {
            await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
          }
        } finally {
          await client.end();
        }
      },
    };
  }

  const database = await openDatabase({ dataDir: 'memory://' });
  const snapshotPath = path.join(snapshotDir, `template-${process.pid}.tar`);
  try {
    await migrateAndLoad(database);
    const dump = await database.dumpDataDir!();
    await fs.writeFile(snapshotPath, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await database.close();
  }
  return {
    info: { mode: 'pglite', snapshotPath },
    teardown: () => fs.rm(snapshotPath, { force: true }),
  };
}

export interface TestDatabase {
  database: Database;
  prisma: PrismaClient;
  close(): Promise<void>;
}

/** A fresh, migrated database with taxonomies, private to the caller. */
export async function createTestDatabase(info: TemplateInfo): Promise<TestDatabase> {
  let database: Database;
  let drop: (() => Promise<void>) | undefined;
  if (info.mode === 'postgres') {
    const name = `${info.templateName}_${randomBytes(4).toString('hex')}`;
    await adminQuery(info.serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${info.templateName}"`);
    database = await openDatabase({ databaseUrl: withDatabase(info.serverUrl, name) });
    drop = () => adminQuery(info.serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } else {
    const snapshot = await fs.readFile(info.snapshotPath);
    database = await openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([snapshot]) });
  }
  const prisma = new PrismaClient({ adapter: database.adapter });
  return {
    database,
    prisma,
    async close() {
      await prisma.$disconnect();
      await database.close();
      await drop?.();
    },
  };
}
