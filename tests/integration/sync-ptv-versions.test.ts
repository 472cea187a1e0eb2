import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/use-test-database';
import { startFakeUpstream, type FakeUpstream } from '../support/fake-upstream';
import { parseSyncConfig, type SyncConfig } from '@/server/sync/config';
import { runSync, type SyncSummary } from '@/server/sync/run-sync';

/** The recorded PTV fixtures of v11 and v12 (tests/fixtures/ptv) over HTTP: one set of rows. */

const db = useTestDatabase();
let fake: FakeUpstream;
let base: Record<string, string>;

beforeAll(async () => {
  fake = await startFakeUpstream({ ptvFixtures: true, lahellaCount: 0, ptvApiKey: 'v12-test-key' });
  base = { ...fake.env, SYNC_TIMEOUT_MS: '20000', SYNC_MAX_RETRIES: '2', SYNC_RETRY_BASE_MS: '5' };
});
afterAll(() => fake?.close());

async function sync(config: SyncConfig): Promise<SyncSummary> {
  const result = await runSync({ sources: ['PTV'], trigger: 'CLI', config, full: true });
  if (result.status !== 'finished') throw new Error('unexpected: already running');
  return result.summaries[0]!;
}

const rows = () =>
  db.current.prisma.activity.findMany({
    where: { source: 'PTV' },
    orderBy: { externalId: 'asc' },
    include: { channels: { include: { schedules: true }, orderBy: { sortOrder: 'asc' } }, contacts: true, organization: true, ageGroups: true },
  });

describe('PTV v11 and v12 fixtures', () => {
  it('sync into the same rows', async () => {
    expect(await sync(parseSyncConfig({ ...base, PTV_API_VERSION: 'v11' }))).toMatchObject({ status: 'SUCCEEDED', created: 2 });
    const afterV11 = await rows();
    expect(afterV11.map((r) => r.titleFi)).toEqual(['Mielenterveys- ja päihdeneuvonta', 'Omaishoidon tuki']);
    expect(afterV11[0]!.channels[0]!.latitude).toBeCloseTo(65.0107, 4);

    expect(await sync(parseSyncConfig({ ...base, PTV_API_VERSION: 'v12' }))).toMatchObject({
      status: 'SUCCEEDED', created: 0, updated: 0, unchanged: 2,
    });
    expect(await rows()).toEqual(afterV11);
  });
});
