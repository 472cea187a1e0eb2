import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as progressRoute } from '@/app/api/admin/sync/runs/[id]/route';
import { startSyncAction } from '@/server/admin/sync/actions';
import { getRun, listRuns, listSkippedItems, sourceAvailability } from '@/server/admin/sync/queries';
import { skipReasonKey } from '@/server/admin/sync/skip-reasons';
import { useTestDatabase } from '../support/use-test-database';
import { lahellaKey, startFakeUpstream, type FakeUpstream } from '../support/fake-upstream';
import { FakeBrowser } from '../support/fake-request';
import { loggedInAs } from '../support/auth-users';

const db = useTestDatabase();
const COUNT = 24;
const SYNC_ENV = ['LAHELLA_API_URL', 'LAHELLA_API_TOKEN', 'PTV_API_URL', 'SYNC_PAGE_SIZE', 'SYNC_TIMEOUT_MS', 'SYNC_MAX_RETRIES', 'SYNC_RETRY_BASE_MS'];
const saved = Object.fromEntries(SYNC_ENV.map((key) => [key, process.env[key]]));
let fake: FakeUpstream;
let admin: Awaited<ReturnType<typeof loggedInAs>>;
let coordinator: Awaited<ReturnType<typeof loggedInAs>>;

beforeAll(async () => {
  fake = await startFakeUpstream({ lahellaCount: COUNT, lahellaToken: 'test-token' });
  // Lähellä points at the fake upstream; PTV stays unconfigured.
  for (const key of SYNC_ENV) delete process.env[key];
  Object.assign(process.env, {
    LAHELLA_API_URL: fake.env.LAHELLA_API_URL,
    LAHELLA_API_TOKEN: 'test-token',
    SYNC_PAGE_SIZE: '4',
    SYNC_TIMEOUT_MS: '2000',
    SYNC_MAX_RETRIES: '2',
    SYNC_RETRY_BASE_MS: '5',
  });
  admin = await loggedInAs(db.current.prisma, 'ADMIN');
  coordinator = await loggedInAs(db.current.prisma, 'COORDINATOR');
});
afterAll(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await fake?.close();
});

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};

const progress = (browser: FakeBrowser, id: string) =>
  browser.run(() =>
    progressRoute(new Request(`http://localhost/api/admin/sync/runs/${id}`), { params: Promise.resolve({ id }) }),
  );

async function waitUntilFinished(browser: FakeBrowser, id: string) {
  const seen: { status: string; progress: number }[] = [];
  for (let i = 0; i < 300; i++) {
    const body = (await (await progress(browser, id)).json()) as { status: string; progress: number };
    seen.push(body);
    if (body.status !== 'RUNNING') return { body, seen };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the sync did not finish');
}

describe('sync dashboard', () => {
  it('knows which sources are configured', () => {
    expect(sourceAvailability()).toEqual({ valid: true, configured: { LAHELLA: true, PTV: false } });
  });

  it('refuses bad input and an unconfigured source without starting anything', async () => {
    expect(await coordinator.browser.run(() => startSyncAction(null, form({ source: 'EVERYTHING' })))).toEqual({
      ok: false,
      code: 'INVALID',
      fieldErrors: { source: 'source' },
    });
    expect(await coordinator.browser.run(() => startSyncAction(null, new FormData()))).toMatchObject({ code: 'INVALID' });
    expect(await coordinator.browser.run(() => startSyncAction(null, form({ source: 'PTV' })))).toEqual({
      ok: false,
      code: 'NOT_CONFIGURED',
    });
    expect(await db.current.prisma.syncRun.count()).toBe(0);
  });

  it('"sync now" starts a MANUAL run, reports live progress and refuses a second one meanwhile', async () => {
    fake.control({ slowMs: 60, extraThemeCodes: ['ht_tuntematon_teema'] });
    const started = await coordinator.browser.run(() => startSyncAction(null, form({ source: 'ALL' })));
    expect(started).toMatchObject({ ok: true, done: 'started' });
    if (!started.ok) throw new Error('not started');
    // "All" means the configured sources only.
    expect(started.runIds).toHaveLength(1);
    const runId = started.runIds[0]!;
    expect(coordinator.browser.refreshes).toBeGreaterThan(0);

    const again = await admin.browser.run(() => startSyncAction(null, form({ source: 'LAHELLA' })));
    expect(again).toEqual({ ok: false, code: 'ALREADY_RUNNING', runId });

    const running = await progress(admin.browser, runId);
    expect(running.status).toBe(200);
    expect(running.headers.get('cache-control')).toBe('no-store');
    expect(await running.json()).toMatchObject({ id: runId, source: 'LAHELLA', status: 'RUNNING' });
    // A running run whose lock is held is not "interrupted".
    expect((await getRun(runId))?.status).toBe('RUNNING');

    const { body, seen } = await waitUntilFinished(admin.browser, runId);
    fake.control({ slowMs: 0, extraThemeCodes: [] });
    expect(body).toMatchObject({
      status: 'SUCCEEDED',
      progress: COUNT,
      total: COUNT,
      counts: { fetched: COUNT, created: COUNT, updated: 0, skipped: 0 },
      errorCount: 0,
    });
    expect(body).toHaveProperty('finishedAt');
    // Progress was visible while it ran.
    expect(seen.some((s) => s.status === 'RUNNING' && s.progress > 0 && s.progress < COUNT)).toBe(true);

    const run = await db.current.prisma.syncRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ trigger: 'MANUAL', triggeredById: coordinator.userId, source: 'LAHELLA' });
    expect(await db.current.prisma.auditLog.count({ where: { action: 'sync.start', actorId: coordinator.userId, entityId: runId } })).toBe(1);

    const list = await listRuns(1);
    expect(list.runs[0]).toMatchObject({ id: runId, trigger: 'MANUAL', triggeredBy: 'Test COORDINATOR', status: 'SUCCEEDED' });
    expect(list.runs[0]?.counts.created).toBe(COUNT);
    const detail = await getRun(runId);
    expect(detail).toMatchObject({ complete: true, errors: [], progress: COUNT, total: COUNT });
    expect(detail?.unknownCodes).toContainEqual(expect.objectContaining({ field: 'theme', code: 'ht_tuntematon_teema', count: COUNT }));
  });

  it('lists skipped items with their reasons, a page at a time', async () => {
    fake.control({ malformedItemKey: lahellaKey(5) });
    const started = await admin.browser.run(() => startSyncAction(null, form({ source: 'LAHELLA' })));
    if (!started.ok) throw new Error(`not started: ${started.code}`);
    const { body } = await waitUntilFinished(admin.browser, started.runIds[0]!);
    fake.control({ malformedItemKey: null });
    expect(body).toMatchObject({ status: 'PARTIAL', counts: { skipped: 1 } });
    const skipped = await listSkippedItems(started.runIds[0]!, 1);
    expect(skipped).toMatchObject({ total: 1, page: 1, pageCount: 1 });
    expect(skipped.items[0]).toMatchObject({ externalId: lahellaKey(5), reasonKey: 'invalidItem' });
    // A page past the end shows the last page.
    expect((await listSkippedItems(started.runIds[0]!, 99)).page).toBe(1);
    expect((await listRuns(1)).runs.map((run) => run.status)).toEqual(['PARTIAL', 'SUCCEEDED']);
  });

  it('translates known skip reasons and leaves others raw', () => {
    expect(skipReasonKey('invalid item: no name in any language')).toBe('noName');
    expect(skipReasonKey('invalid item: channels.0.type: Invalid option')).toBe('invalidItem');
    expect(skipReasonKey('invalid organiser g-1: name: required')).toBe('invalidOrganiser');
    expect(skipReasonKey('mapping failed: boom')).toBe('mappingFailed');
    expect(skipReasonKey('something new')).toBeNull();
  });

  it('shows a RUNNING row nobody holds the lock for as interrupted', async () => {
    const stale = await db.current.prisma.syncRun.create({
      data: { source: 'PTV', trigger: 'CRON', status: 'RUNNING', startedAt: new Date(Date.now() - 3_600_000) },
    });
    expect((await getRun(stale.id))?.status).toBe('INTERRUPTED');
    const body = (await (await progress(coordinator.browser, stale.id)).json()) as { status: string };
    expect(body.status).toBe('INTERRUPTED');
    expect((await listRuns(1)).runs.find((run) => run.id === stale.id)?.status).toBe('INTERRUPTED');
  });

  it('the progress route refuses anonymous callers and answers 404 for unknown or malformed ids', async () => {
    const [run] = await db.current.prisma.syncRun.findMany({ take: 1 });
    const anonymous = await progress(new FakeBrowser(), run!.id);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: 'unauthenticated' });
    const unknown = await progress(coordinator.browser, '00000000-0000-7000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'not found' });
    expect((await progress(coordinator.browser, 'not-a-uuid')).status).toBe(404);
    expect((await progress(coordinator.browser, "1' OR '1'='1")).status).toBe(404);
  });

  it('paginates the run list newest first', async () => {
    const base = Date.now() - 86_400_000;
    await db.current.prisma.syncRun.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        source: 'LAHELLA' as const,
        trigger: 'CLI' as const,
        status: 'SUCCEEDED' as const,
        startedAt: new Date(base - i * 60_000),
        finishedAt: new Date(base - i * 60_000 + 5_000),
      })),
    });
    const total = await db.current.prisma.syncRun.count();
    const first = await listRuns(1);
    expect(first).toMatchObject({ page: 1, total, pageCount: Math.ceil(total / 20) });
    expect(first.runs).toHaveLength(20);
    const starts = first.runs.map((run) => run.startedAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    const last = await listRuns(99);
    expect(last.page).toBe(last.pageCount);
    expect(last.runs.length).toBe(total - 20 * (last.pageCount - 1));
  });
});
