import { afterAll, beforeAll, inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-database';

/**
 * Gives the calling test file its own database and installs it as the process's
 * database, so server code that calls getPrisma()/getSql() uses it.
 */
export function useTestDatabase(): { readonly current: TestDatabase } {
  const holder: { current?: TestDatabase } = {};
  beforeAll(async () => {
    const db = await createTestDatabase(inject('testDatabaseTemplate'));
    holder.current = db;
    (globalThis as Record<string, unknown>).__polkuDb = Promise.resolve({
      database: db.database,
      prisma: db.prisma,
    });
  });
  afterAll(async () => {
    (globalThis as Record<string, unknown>).__polkuDb = undefined;
    await holder.current?.close();
  });
  return {
    get current() {
      if (!holder.current) throw new Error('The test database is not ready: use it inside tests or hooks.');
      return holder.current;
    },
  };
}
