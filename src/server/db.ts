import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { openDatabase, type Database } from '@/server/db/connection';
import type { SqlExecutor } from '@/server/db/sql-executor';

interface DbState {
  database: Database;
  /** Made on first use, so jobs that only run SQL (the sync) never load Prisma's client. */
  prisma?: PrismaClient | Promise<PrismaClient>;
}

// One connection (pool or embedded instance) per process, kept on globalThis so that
// dev-mode module reloads do not open a second PGlite on the same directory.
const globalForDb = globalThis as unknown as { __polkuDb?: Promise<DbState> };

async function connect(): Promise<DbState> {
  return { database: await openDatabase() };
}

function state(): Promise<DbState> {
  globalForDb.__polkuDb ??= connect().catch((error: unknown) => {
    globalForDb.__polkuDb = undefined;
    throw error;
  });
  return globalForDb.__polkuDb;
}

/** The Prisma client for this process. */
export async function getPrisma(): Promise<PrismaClient> {
  const current = await state();
  current.prisma ??= import('@/generated/prisma/client').then(({ PrismaClient }) => new PrismaClient({ adapter: current.database.adapter }));
  return current.prisma;
}

/** Raw SQL on the same connection(s), for search and bulk work Prisma cannot express. */
export async function getSql(): Promise<SqlExecutor> {
  return (await state()).database.executor;
}

export async function getDatabaseInfo(): Promise<Pick<Database, 'mode' | 'describe'>> {
  const { database } = await state();
  return { mode: database.mode, describe: database.describe };
}

export async function disconnect(): Promise<void> {
  const current = globalForDb.__polkuDb;
  globalForDb.__polkuDb = undefined;
  if (!current) return;
  const { prisma, database } = await current;
  if (prisma) await (await prisma).$disconnect();
  await database.close();
}
