import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/use-test-database';
import { startFakeUpstream, type FakeUpstream } from '../support/fake-upstream';
import { GET } from '@/app/api/cron/sync/route';
import { tryAcquireSyncLock } from '@/server/sync/lock';

const db = useTestDatabase();
let fake: FakeUpstream;
const saved = { ...process.env };

beforeAll(async () => {
  fake = await startFakeUpstream({ lahellaCount: 12, ptvCount: 4, ptvPageSize: 10 });
});
afterAll(() => fake?.close());
afterEach(() => {
  for (const key of ['CRON_SECRET', 'LAHELLA_API_URL', 'PTV_API_URL', 'SYNC_PAGE_SIZE']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

const call = (query = '', authorization?: string) =>
  GET(new Request(`http://localhost/api/cron/sync${query}`, { headers: authorization ? { authorization } : {} }));

describe('GET /api/cron/sync', () => {
  it('answers 503 when CRON_SECRET is not set', async () => {
    delete process.env.CRON_SECRET;
    const response = await call('', 'Bearer anything');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: 'not configured' });
  });

  it('answers 401 without the right bearer token', async () => {
    process.env.CRON_SECRET = 'cron-secret-for-tests';
    expect((await call()).status).toBe(401);
    expect((await call('', 'Bearer wrong')).status).toBe(401);
    expect((await call('', 'Bearer cron-secret-for-tests-and-more')).status).toBe(401);
    expect((await call('', 'cron-secret-for-tests')).status).toBe(401);
    expect(await db.current.prisma.syncRun.count()).toBe(0);
  });

  it('runs the sync and answers 200 with the summaries when asked to wait', async () => {
    Object.assign(process.env, { CRON_SECRET: 'cron-secret-for-tests', ...fake.env, SYNC_PAGE_SIZE: '5' });
    const response = await call('?wait=1', 'Bearer cron-secret-for-tests');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { runs: { source: string; status: string; created: number }[] };
    expect(body.runs.map((r) => [r.source, r.status, r.created])).toEqual([
      ['LAHELLA', 'SUCCEEDED', 12],
      ['PTV', 'SUCCEEDED', 4],
    ]);
    const runs = await db.current.prisma.syncRun.findMany();
    expect(runs.every((r) => r.trigger === 'CRON')).toBe(true);
  });

  it('starts in the background with 202, and answers 409 with the run id while it runs', async () => {
    Object.assign(process.env, { CRON_SECRET: 'cron-secret-for-tests', ...fake.env });
    fake.control({ slowMs: 200 });
    const started = await call('?source=lahella', 'Bearer cron-secret-for-tests');
    expect(started.status).toBe(202);
    const { runIds } = (await started.json()) as { runIds: string[] };
    expect(runIds).toHaveLength(1);
    const again = await call('', 'Bearer cron-secret-for-tests');
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({ status: 'already-running', runIds });
    for (let i = 0; i < 100; i++) {
      const run = await db.current.prisma.syncRun.findUniqueOrThrow({ where: { id: runIds[0] } });
      if (run.status !== 'RUNNING') {
        expect(run.status).toBe('SUCCEEDED');
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    fake.reset();
    // Let the in-process guard clear before the next test.
    await new Promise((r) => setTimeout(r, 100));
  });

  it('the advisory lock excludes a second holder across connections (PostgreSQL)', async () => {
    const sql = db.current.database.executor;
    const first = await tryAcquireSyncLock(sql);
    expect(first).not.toBeNull();
    const second = await tryAcquireSyncLock(sql);
    if (sql.mode === 'postgres') expect(second).toBeNull();
    await second?.release();
    await first!.release();
    const third = await tryAcquireSyncLock(sql);
    expect(third).not.toBeNull();
    await third!.release();
  });
});
