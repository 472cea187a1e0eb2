import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/use-test-database';
import { startFakeUpstream, type FakeUpstream } from '../support/fake-upstream';
import { parseSyncConfig, type SyncConfig } from '@/server/sync/config';
import { runSync, type SyncSummary } from '@/server/sync/run-sync';

/**
 * A Lähellä.fi page in the shape the live service answers in (tests/fixtures/lahella/
 * sample-page.json), served over real HTTP and synced into the database (PGlite, or
 * PostgreSQL with TEST_DATABASE_URL): every field the upstream notes name must land in its place.
 */

const db = useTestDatabase();
const page = JSON.parse(readFileSync(path.resolve('tests/fixtures/lahella/sample-page.json'), 'utf8')) as { items: Record<string, unknown>[] };
let fake: FakeUpstream;
let config: SyncConfig;

beforeAll(async () => {
  fake = await startFakeUpstream({ lahellaItems: page.items, ptvCount: 0 });
  fake.control({ withoutLinks: true });
  config = parseSyncConfig({ ...fake.env, SYNC_TIMEOUT_MS: '5000', SYNC_MAX_RETRIES: '2', SYNC_RETRY_BASE_MS: '50' });
});
afterAll(() => fake?.close());

async function sync(): Promise<SyncSummary> {
  const result = await runSync({ sources: ['LAHELLA'], trigger: 'CLI', config });
  if (result.status !== 'finished') throw new Error('unexpected: already running');
  return result.summaries[0]!;
}

const stored = (externalId: string) =>
  db.current.prisma.activity.findUniqueOrThrow({
    where: { source_externalId: { source: 'LAHELLA', externalId } },
    include: {
      languages: true, ageGroups: true, municipalities: true, accessibility: true, themes: true, activityTypes: true,
      channels: { include: { schedules: true } }, contacts: { orderBy: { sortOrder: 'asc' } }, organization: true, occurrences: true,
    },
  });

describe('the Lähellä.fi sample page, synced over HTTP', () => {
  it('stores both items with nothing skipped or unknown', async () => {
    const summary = await sync();
    expect(summary).toMatchObject({ status: 'SUCCEEDED', complete: true, fetched: 2, created: 2, skipped: 0, total: 2, unknownCodes: [] });
  });

  it('puts every field of the weekly group where it belongs', async () => {
    const a = await stored('sample-1001');
    expect(a).toMatchObject({
      status: 'PUBLISHED',
      titleFi: 'Tuolijumppa ikäihmisille',
      titleSv: 'Stolgympa för seniorer',
      summaryFi: 'Kevyttä liikuntaa istuen.',
      summarySv: 'Lätt motion sittande.',
      // Sanitised: dir attributes gone, the allowed markup kept.
      descriptionFi: '<p>Jumppaamme <strong>tuolilla istuen</strong>.</p><ul><li>Ei ennakkotaitoja</li></ul>',
      descriptionSv: '<p>Vi gympar sittande på stol.</p>',
      priceNoteFi: '<p>Maksuton</p>',
      registrationNoteFi: '<p>Tule paikalle.</p>',
      isFree: true,
      isRegionWide: false,
      isRemote: false,
      registrationRequired: false,
      providerType: 'ASSOCIATION',
    });
    expect(a.municipalities.map((m) => m.municipalityCode)).toEqual(['244']);
    expect(a.languages.map((l) => l.languageCode).sort()).toEqual(['fi', 'sv']);
    expect(a.ageGroups.map((g) => g.ageGroupCode)).toEqual(['seniors']);
    expect(a.accessibility.map((f) => f.featureCode).sort()).toEqual(['accessible-toilet', 'wheelchair']);
    expect(a.themes.length).toBeGreaterThan(0);
    expect(a.activityTypes.map((t) => t.activityTypeCode)).toEqual(['groups-clubs']);
    expect(a.contacts.map((c) => [c.type, c.value, c.label])).toEqual([
      ['EMAIL', 'jumppa@example.invalid', 'Ohjaaja'],
      ['WEB', 'https://example.invalid/jumppa', null],
    ]);
    expect(a.channels).toHaveLength(1);
    expect(a.channels[0]).toMatchObject({
      type: 'PLACE', nameFi: 'Seurakuntatalon sali', streetAddressFi: 'Esimerkkitie 3', postalCode: '90440', postOfficeFi: 'Kempele',
      municipalityCode: '244', latitude: 64.9151, longitude: 25.5636,
    });
    expect(a.channels[0]!.schedules).toEqual([
      expect.objectContaining({
        kind: 'RECURRING', frequency: 'WEEKLY', interval: 1, weekdays: [3], startTime: '10:00', endTime: '11:00',
        validFrom: new Date('2026-01-07'), validUntil: new Date('2026-06-01'), timeZone: 'Europe/Helsinki',
      }),
    ]);
    // Its organiser is the group (the page gave no details of it).
    expect(a.organization).toMatchObject({ source: 'LAHELLA', externalId: 'sample-group-1' });
  });

  it('stores the region-wide phone line with sign language and its period', async () => {
    const a = await stored('sample-1002');
    expect(a).toMatchObject({ titleFi: 'Keskusteluapua puhelimessa', titleSv: null, isRegionWide: true, isRemote: true, isFree: true });
    expect(a.descriptionFi).toBe(
      '<p>Vapaaehtoiset päivystävät arkisin. Myös viittomakielellä.</p><p><a href="https://example.invalid/apua" rel="noopener noreferrer nofollow">Lue lisää</a></p>',
    );
    expect(a.municipalities).toEqual([]);
    expect(a.languages.map((l) => l.languageCode).sort()).toEqual(['fi', 'fse']);
    expect(a.ageGroups.map((g) => g.ageGroupCode).sort()).toEqual(['adults', 'young-adults']);
    expect(a.contacts.map((c) => [c.type, c.value])).toEqual([['PHONE', '+358 00 000 0000']]);
    expect(a.channels[0]).toMatchObject({ type: 'PHONE', phone: '+358 00 000 0000', nameFi: 'Arkisin klo 17–20' });
    expect(a.channels[0]!.schedules).toEqual([expect.objectContaining({ kind: 'PERIOD', validFrom: new Date('2026-01-05'), validUntil: new Date('2027-01-03') })]);
    expect(a.organization).toMatchObject({ externalId: 'sample-group-2' });
  });

  it('changes nothing on a second sync of the same page', async () => {
    expect(await sync()).toMatchObject({ status: 'SUCCEEDED', unchanged: 2, created: 0, updated: 0 });
  });
});
