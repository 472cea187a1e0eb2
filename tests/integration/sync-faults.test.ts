import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/use-test-database';
import { lahellaKey, startFakeUpstream, type FakeUpstream } from '../support/fake-upstream';
import { parseSyncConfig, type SyncConfig } from '@/server/sync/config';
import { runSync, startSync, type SyncSummary } from '@/server/sync/run-sync';

/**
 * An upstream that misbehaves must neither fool the sync into archiving the catalogue nor
 * stall it: real HTTP against the fake upstream, on PGlite or (TEST_DATABASE_URL) PostgreSQL.
 */

const db = useTestDatabase();
const COUNT = 25;
let fake: FakeUpstream;
let config: SyncConfig;

beforeAll(async () => {
  fake = await startFakeUpstream({ lahellaCount: COUNT, ptvCount: 4, ptvPageSize: 10 });
  config = parseSyncConfig({
    ...fake.env,
    SYNC_PAGE_SIZE: '10',
    SYNC_TIMEOUT_MS: '20000',
    SYNC_MAX_RETRIES: '1',
    SYNC_RETRY_BASE_MS: '5',
    SYNC_MAX_PAGES: '8',
    SYNC_MAX_RESPONSE_MB: '8',
  });
});
afterAll(() => fake?.close());

async function sync(source: 'LAHELLA' | 'PTV' = 'LAHELLA', full = false): Promise<SyncSummary> {
  const result = await runSync({ sources: [source], trigger: 'CLI', config, full });
  if (result.status !== 'finished') throw new Error('unexpected: already running');
  return result.summaries[0]!;
}

const live = () => db.current.prisma.activity.count({ where: { source: 'LAHELLA', status: 'PUBLISHED' } });

/** The lock is free again: a new sync starts (and is waited for). */
async function lockReleased() {
  fake.reset();
  const next = await startSync({ sources: ['LAHELLA'], trigger: 'CLI', config });
  expect(next.status).toBe('started');
  if (next.status === 'started') expect((await next.done)[0]?.status).toBe('SUCCEEDED');
}

describe('a sync that cannot be fooled', () => {
  it('starts from a complete first sync', async () => {
    expect(await sync()).toMatchObject({ status: 'SUCCEEDED', created: COUNT });
  });

  it('archives nothing when a "complete" list brings 0 of the 25 live items', async () => {
    fake.control({ listOnly: 0 });
    const summary = await sync();
    expect(summary).toMatchObject({ status: 'PARTIAL', complete: false, archived: 0, fetched: 0 });
    expect(summary.errors).toEqual([expect.stringMatching(/returned 0 of our items while 25 are live.*nothing was archived/)]);
    expect(await live()).toBe(COUNT);
    const run = await db.current.prisma.syncRun.findUniqueOrThrow({ where: { id: summary.runId } });
    expect(run).toMatchObject({ status: 'PARTIAL', complete: false, archived: 0 });
  });

  it('archives nothing when under half arrive, and archives the missing few when most do', async () => {
    fake.control({ listOnly: 12 });
    expect(await sync()).toMatchObject({ status: 'PARTIAL', archived: 0 });
    expect(await live()).toBe(COUNT);

    fake.control({ listOnly: 20 });
    expect(await sync()).toMatchObject({ status: 'SUCCEEDED', complete: true, archived: 5 });
    expect(await live()).toBe(20);
    fake.reset();
    expect(await sync()).toMatchObject({ status: 'SUCCEEDED', restored: 5 });
  });
});

describe('a sync that cannot be stalled', () => {
  it('fails at the page cap when the list says hasMore forever, and releases the lock', async () => {
    fake.control({ endlessPages: true });
    const summary = await sync();
    expect(summary).toMatchObject({ status: 'FAILED', complete: false, archived: 0 });
    expect(summary.errors[0]).toMatch(/did not end within 8 pages/);
    expect(await live()).toBe(COUNT);
    await lockReleased();
  });

  it('refuses a response over the size cap (a 60 MB body) and releases the lock', async () => {
    fake.control({ hugeBodyOnPage: 1, hugeBodyMegabytes: 60 });
    const summary = await sync();
    expect(summary).toMatchObject({ status: 'FAILED', archived: 0 });
    expect(summary.errors[0]).toMatch(/more than 8 MB; refused/);
    const run = await db.current.prisma.syncRun.findUniqueOrThrow({ where: { id: summary.runId } });
    expect(run).toMatchObject({ status: 'FAILED', finishedAt: expect.any(Date) });
    await lockReleased();
  });

  it('refuses a redirect instead of following it', async () => {
    fake.control({ redirectOnPage: 0 });
    const summary = await sync();
    expect(summary.status).toBe('FAILED');
    expect(summary.errors[0]).toMatch(/302 with a redirect to http:\/\/127\.0\.0\.1:9\/elsewhere; redirects are refused/);
    await lockReleased();
  });

  it('URL-encodes ids, and never asks for one that is not an id', async () => {
    fake.control({ ptvOddChannelId: '../../__reset?x=1&guids=' });
    fake.requests.length = 0;
    expect(await sync('PTV', true)).toMatchObject({ status: 'SUCCEEDED', created: 4 });
    expect(fake.requests.some((r) => r.path.includes('__reset') || r.path.includes('..'))).toBe(false);
    expect(fake.requests.filter((r) => r.path.startsWith('/api/v11/ServiceChannel/list?guids=')).length).toBeGreaterThan(0);
    fake.reset();
  });

  it('reads an item whose HTML is 300,000 characters of unclosed tags, keeping its text', async () => {
    fake.control({ hostileTextKey: lahellaKey(3) });
    const summary = await sync();
    expect(summary).toMatchObject({ status: 'SUCCEEDED', updated: 1 });
    const item = await db.current.prisma.activity.findUniqueOrThrow({ where: { source_externalId: { source: 'LAHELLA', externalId: lahellaKey(3) } } });
    expect(item.descriptionFi).toMatch(/^<p>Tervetuloa!<\/p>/);
    expect(item.descriptionFi).not.toMatch(/<a /);
    fake.reset();
  });
});
