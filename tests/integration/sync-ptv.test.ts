import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/use-test-database';
import { demoChannelPoint, generatePtvService, ptvServiceId, startFakeUpstream, type FakeUpstream } from '../support/fake-upstream';
import { parseSyncConfig, type SyncConfig } from '@/server/sync/config';
import { runSync, type SyncSummary } from '@/server/sync/run-sync';

const db = useTestDatabase();
const COUNT = 24;
let fake: FakeUpstream;
let config: SyncConfig;

beforeAll(async () => {
  fake = await startFakeUpstream({ ptvCount: COUNT, ptvPageSize: 5, lahellaCount: COUNT, ptvApiKey: 'v12-test-key' });
  const { PTV_API_KEY: _key, ...v11Env } = fake.env;
  config = parseSyncConfig({ ...v11Env, SYNC_TIMEOUT_MS: '20000', SYNC_MAX_RETRIES: '2', SYNC_RETRY_BASE_MS: '5' });
});
afterAll(() => fake?.close());

async function sync(options: { full?: boolean; config?: SyncConfig; source?: 'PTV' | 'LAHELLA' } = {}): Promise<SyncSummary> {
  const result = await runSync({ sources: [options.source ?? 'PTV'], trigger: 'CLI', config: options.config ?? config, full: options.full });
  if (result.status !== 'finished') throw new Error('unexpected: already running');
  return result.summaries[0]!;
}

const service = (i: number) =>
  db.current.prisma.activity.findUniqueOrThrow({
    where: { source_externalId: { source: 'PTV', externalId: ptvServiceId(i) } },
    include: { channels: { include: { schedules: true } }, languages: true, municipalities: true, organization: true },
  });

/** Metres between two nearby WGS84 points. */
const metres = (lat1: number, lon1: number, lat2: number, lon2: number) =>
  Math.hypot((lat1 - lat2) * 111_320, (lon1 - lon2) * 111_320 * Math.cos((lat1 * Math.PI) / 180));

describe('PTV sync over HTTP', () => {
  it('reads the services of every municipality on the first sync, locations converted from EPSG:3067', async () => {
    const summary = await sync();
    expect(summary).toMatchObject({ status: 'SUCCEEDED', mode: 'full', complete: true, created: COUNT, fetched: COUNT });
    const source = generatePtvService(0);
    const first = await service(0);
    const names = source.service.serviceNames as { language: string; value: string }[];
    expect(first).toMatchObject({ status: 'PUBLISHED', providerType: 'POHDE', titleFi: names.find((n) => n.language === 'fi')!.value });
    expect(first.channels).toHaveLength(source.channels.length);
    expect(first.organization).toMatchObject({ businessId: source.organization.businessCode });
    // Every place that came as ETRS-TM35FIN metres lands within a metre of the point it was made from.
    let checked = 0;
    for (let i = 0; i < COUNT; i++) {
      const { channels } = generatePtvService(i);
      const stored = await service(i);
      for (const [j, channel] of channels.entries()) {
        const address = (channel.addresses as { streetAddress: { latitude: string | null } }[])[0]?.streetAddress;
        if (!address?.latitude) continue;
        expect(Number(address.latitude)).toBeGreaterThan(6_500_000);
        const original = demoChannelPoint(i, j)!;
        expect(metres(stored.channels[j]!.latitude!, stored.channels[j]!.longitude!, original.latitude, original.longitude)).toBeLessThan(1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
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
    const summary = await sync({ full: true });
    expect(summary).toMatchObject({ status: 'SUCCEEDED', mode: 'full', restored: 1, archived: 0 });
    expect((await service(4)).status).toBe('PUBLISHED');
  });

  it('pulls everything again, unasked, when the last complete pull is a week old', async () => {
    await db.current.database.executor.query(
      `UPDATE "SyncRun" SET "startedAt" = "startedAt" - interval '8 days' WHERE source = 'PTV'`,
    );
    expect(await sync()).toMatchObject({ status: 'SUCCEEDED', mode: 'full', complete: true });
    expect(await sync()).toMatchObject({ status: 'SUCCEEDED', mode: 'incremental' });
  });

  it('reads the same services through API v12 into the same rows', async () => {
    const v12 = parseSyncConfig({ ...fake.env, PTV_API_VERSION: 'v12', SYNC_TIMEOUT_MS: '20000', SYNC_MAX_RETRIES: '2', SYNC_RETRY_BASE_MS: '5' });
    fake.requests.length = 0;
    const summary = await sync({ full: true, config: v12 });
    expect(summary).toMatchObject({ status: 'SUCCEEDED', fetched: COUNT, unchanged: COUNT, created: 0, updated: 0 });
    expect(fake.requests.some((r) => r.path.startsWith('/api/v12/Connection/search?serviceIds='))).toBe(true);
    expect(fake.requests.some((r) => r.path.startsWith('/api/v11/'))).toBe(false);

    const withoutKey = await sync({ full: true, config: { ...v12, ptv: { ...v12.ptv, apiKey: undefined } } });
    expect(withoutKey).toMatchObject({ status: 'FAILED' });
    expect(withoutKey.errors[0]).toMatch(/PTV_API_KEY/);
    const wrongKey = await sync({ full: true, config: { ...v12, ptv: { ...v12.ptv, apiKey: 'wrong' } } });
    expect(wrongKey.errors[0]).toMatch(/401/);
  });

  it('makes an association that is in both PTV and Lähellä.fi one organisation, by its business id', async () => {
    expect(await sync({ source: 'LAHELLA' })).toMatchObject({ status: 'SUCCEEDED' });
    const shared = await db.current.database.executor.query<{ businessId: string; sources: string[] }>(
      `SELECT o."businessId", array_agg(DISTINCT a.source::text ORDER BY a.source::text) AS sources
         FROM "Organization" o JOIN "Activity" a ON a."organizationId" = o.id
        WHERE o."businessId" IS NOT NULL GROUP BY o.id, o."businessId"`,
    );
    expect(shared.filter((o) => o.sources.length === 2).length).toBeGreaterThan(0);
    const duplicates = await db.current.database.executor.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT "businessId" FROM "Organization" WHERE "businessId" IS NOT NULL
         GROUP BY "businessId" HAVING count(*) > 1) d`,
    );
    expect(duplicates[0]!.n).toBe(0);
  });
});
