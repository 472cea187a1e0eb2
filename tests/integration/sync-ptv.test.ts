import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/use-test-database';
import { ptvServiceId, startFakeUpstream, type FakeUpstream } from '../support/fake-upstream';
import { parseSyncConfig, type SyncConfig } from '@/server/sync/config';
import { runSync, type SyncSummary } from '@/server/sync/run-sync';

const db = useTestDatabase();
const COUNT = 24;
let fake: FakeUpstream;
let config: SyncConfig;

beforeAll(async () => {
  fake = await startFakeUpstream({ ptvCount: COUNT, ptvPageSize: 5 });
  config = parseSyncConfig({ ...fake.env, SYNC_TIMEOUT_MS: '2000', SYNC_MAX_RETRIES: '1', SYNC_RETRY_BASE_MS: '5' });
});
afterAll(() => fake?.close());

async function sync(full = false): Promise<SyncSummary> {
  const result = await runSync({ sources: ['PTV'], trigger: 'CLI', config, full });
  if (result.status !== 'finished') throw new Error('unexpected: already running');
  return result.summaries[0]!;
}

const service = (i: number) =>
  db.current.prisma.activity.findUniqueOrThrow({
    where: { source_externalId: { source: 'PTV', externalId: ptvServiceId(i) } },
    include: { channels: { include: { schedules: true } }, ageGroups: true, languages: true, municipalities: true, organization: true, contacts: true },
  });

describe('PTV sync over HTTP', () => {
  it('reads the services of every municipality on the first sync', async () => {
    const summary = await sync();
    expect(summary).toMatchObject({ status: 'SUCCEEDED', mode: 'full', complete: true, created: COUNT, fetched: COUNT });
    const first = await service(0);
    expect(first).toMatchObject({ providerType: 'POHDE', status: 'PUBLISHED', isFree: true, titleSv: 'Rådgivning om mental hälsa och missbruk 0' });
    expect(first.municipalities.map((m) => m.municipalityCode)).toEqual(['564']);
    expect(first.ageGroups.map((a) => a.ageGroupCode).sort()).toEqual(['adults', 'teens', 'young-adults']);
    expect(first.languages.map((l) => l.languageCode).sort()).toEqual(['fi', 'sv']);
    expect(first.channels.map((c) => c.type)).toEqual(['PLACE', 'PHONE']);
    expect(first.channels[0]).toMatchObject({ streetAddressFi: 'Esimerkkitie 3', postalCode: '90100', municipalityCode: '564', latitude: 65.0107 });
    expect(first.channels[0]!.schedules.map((s) => s.weekdays).sort()).toEqual([[1, 2, 3, 4], [5]]);
    expect(first.organization?.nameFi).toBe('Pohjois-Pohjanmaan hyvinvointialue');
    const wholeCountry = await service(1);
    expect(wholeCountry).toMatchObject({ isRegionWide: true, isFree: false, isRemote: true });
    const run = await db.current.prisma.syncRun.findUniqueOrThrow({ where: { id: summary.runId } });
    expect(run.unknownCodes).toContainEqual(expect.objectContaining({ field: 'serviceClass', code: 'P4.1' }));
  });

  it('then asks only for changes since the last good run, and removes withdrawn services', async () => {
    fake.requests.length = 0;
    const quiet = await sync();
    expect(quiet).toMatchObject({ status: 'SUCCEEDED', mode: 'incremental', complete: false, fetched: 0, created: 0, archived: 0 });
    expect(fake.requests.every((r) => r.path.startsWith('/api/v11/Service/list?date='))).toBe(true);

    fake.control({ changeKeys: [ptvServiceId(2)], removeKeys: [ptvServiceId(4)] });
    const changed = await sync();
    expect(changed).toMatchObject({ status: 'SUCCEEDED', mode: 'incremental', fetched: 2, updated: 1, archived: 1 });
    expect((await service(2)).titleFi).toMatch(/\(muutettu\)$/);
    expect((await service(4)).status).toBe('ARCHIVED');
    expect((await service(6)).status).toBe('PUBLISHED');
  });

  it('restores a service that is published again, on a full pull', async () => {
    fake.control({ removeKeys: [] });
    const summary = await sync(true);
    expect(summary).toMatchObject({ status: 'SUCCEEDED', mode: 'full', restored: 1, archived: 0 });
    expect((await service(4)).status).toBe('PUBLISHED');
  });
});
