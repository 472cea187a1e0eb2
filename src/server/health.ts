import 'server-only';
import { getDatabaseInfo, getSql } from '@/server/db';
import { getEnv } from '@/server/env';

export interface Health {
  status: 'ok' | 'error';
  database: {
    mode: 'postgres' | 'pglite';
    ok: boolean;
    latencyMs?: number;
    migrations?: number;
    error?: string;
  };
  demoMode: boolean;
}

/** Whether the database answers; never throws, never reveals connection details. */
export async function checkHealth(): Promise<Health> {
  const env = getEnv();
  const started = performance.now();
  try {
    const sql = await getSql();
    const { mode } = await getDatabaseInfo();
    const [row] = await sql.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    return {
      status: 'ok',
      database: {
        mode,
        ok: true,
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
        migrations: row?.count ?? 0,
      },
      demoMode: env.demoMode,
    };
  } catch {
    return {
      status: 'error',
      database: { mode: env.databaseMode, ok: false, error: 'The database does not answer.' },
      demoMode: env.demoMode,
    };
  }
}
