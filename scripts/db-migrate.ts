// Applies pending migrations from prisma/migrations to the configured database:
// PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite data directory.
//
//   npm run db:migrate        (tsx --conditions=react-server scripts/db-migrate.ts)
//
// Bookkeeping is Prisma's own `_prisma_migrations` table (see src/server/db/migrate.ts).
import { openDatabase } from '@/server/db/connection';
import { applyMigrations } from '@/server/db/migrate';
import { runCli } from './run-cli';

async function main(): Promise<void> {
  const started = Date.now();
  const db = await openDatabase();
  try {
    console.log(`Migrating ${db.describe} …`);
    const { applied } = await applyMigrations(db.executor, { log: (msg) => console.log(msg) });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      applied.length === 0
        ? `Nothing to apply (${seconds} s).`
        : `Applied ${applied.length} migration${applied.length === 1 ? '' : 's'} in ${seconds} s.`,
    );
  } finally {
    await db.close();
  }
}

void runCli(main);
