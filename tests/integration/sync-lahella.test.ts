import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/use-test-database';
import { generateLahellaGroup, generateLahellaItem, lahellaKey, startFakeUpstream, type FakeUpstream } from '../support/fake-upstream';
import { parseSyncConfig, type SyncConfig } from '@/server/sync/config';
import { runSync, startSync, type SyncSummary } from '@/server/sync/run-sync';
import { activityHash, loadExisting, loadPlaces, OrganizationCache, writeActivities } from '@/server/sync/store';
import type { MappedActivity } from '@/server/sync/types';
import { uuidv7 } from '@/server/sync/hash';

const db = useTestDatabase();
const COUNT = 25;
let fake: FakeUpstream;
let config: SyncConfig;

beforeAll(async () => {
  fake = await startFakeUpstream({ lahellaCount: COUNT, lahellaToken: 'test-token' });
  config = parseSyncConfig({
    ...fake.env,
    SYNC_PAGE_SIZE: '10',
    SYNC_TIMEOUT_MS: '400',
    SYNC_MAX_RETRIES: '2',
    SYNC_RETRY_BASE_MS: '5',
  });
});
afterAll(() => fake?.close());

async function sync(extra: Partial<Parameters<typeof runSync>[0]> = {}): Promise<SyncSummary> {
  const result = await runSync({ sources: ['LAHELLA'], trigger: 'CLI', config, ...extra });
  if (result.status !== 'finished') throw new Error('unexpected: already running');
  return result.summaries[0]!;
}

const activity = (i: number) =>
  db.current.prisma.activity.findUniqueOrThrow({ where: { source_externalId: { source: 'LAHELLA', externalId: lahellaKey(i) } } });

async function fingerprint() {
  const [row] = await db.current.database.executor.query<{ n: number; v: number; u: string; c: number; o: number; r: number; org: string }>(
    `SELECT count(*)::int AS n, sum(version)::int AS v, max("updatedAt")::text AS u,
            (SELECT count(*)::int FROM "ActivityChannel") AS c, (SELECT count(*)::int FROM "ActivityOccurrence") AS o,
            (SELECT count(*)::int FROM "ReviewItem") AS r, (SELECT max("updatedAt")::text FROM "Organization") AS org
       FROM "Activity"`,
  );
  return row;
}

describe('Lähellä.fi sync over HTTP', () => {
  it('creates everything on the first sync', async () => {
    const summary = await sync();
    expect(summary).toMatchObject({ status: 'SUCCEEDED', complete: true, fetched: COUNT, created: COUNT, updated: 0, skipped: 0, total: COUNT });
    const prisma = db.current.prisma;
    expect(await prisma.activity.count({ where: { source: 'LAHELLA', status: 'PUBLISHED' } })).toBe(COUNT);
    expect(await prisma.reviewItem.count({ where: { reason: 'NEW_FROM_SYNC' } })).toBe(COUNT);

    // Item 0 as the fake upstream serves it, in Lähellä's shape.
    const source = generateLahellaItem(0) as { group: string; traits: { translations: { fi: { name: string } }; channels: { type: string[] }[]; contacts: unknown[] } };
    const first = await prisma.activity.findUniqueOrThrow({
      where: { source_externalId: { source: 'LAHELLA', externalId: lahellaKey(0) } },
      include: { languages: true, channels: { include: { schedules: true } }, contacts: true, organization: true, occurrences: true },
    });
    expect(first.titleFi).toBe(source.traits.translations.fi.name);
    expect(first.titleFi).not.toMatch(/#\d/);
    expect(first.languages.length).toBeGreaterThan(0);
    expect(first.channels.map((c) => c.type.toLowerCase())).toEqual(source.traits.channels.map((c) => c.type[0]));
    expect(first.contacts).toHaveLength(source.traits.contacts.length);
    const group = generateLahellaGroup(source.group) as { translations: { fi: { name: string } }; businessId: string };
    expect(first.organization).toMatchObject({ externalId: source.group, nameFi: group.translations.fi.name, businessId: group.businessId });
    expect(first.occurrences.length).toBeGreaterThan(0);
    expect(first.nextOccurrenceAt).not.toBeNull();
    expect((first.upstreamData as { titleFi: string }).titleFi).toBe(first.titleFi);

    // The facet codes written with each insert are the ones the database derives from the links.
    const facets = await db.current.database.executor.query<{ stale: number; empty: number; noWindow: number }>(
      `SELECT count(*) FILTER (WHERE "facetCodes" IS DISTINCT FROM "activity_facet_codes"(id))::int AS stale,
              count(*) FILTER (WHERE cardinality("facetCodes") = 0)::int AS empty,
              count(*) FILTER (WHERE "occurrencesUntil" IS NULL)::int AS "noWindow"
         FROM "Activity"`,
    );
    expect(facets[0]).toEqual({ stale: 0, empty: 0, noWindow: 0 });

    const run = await prisma.syncRun.findUniqueOrThrow({ where: { id: summary.runId } });
    expect(run).toMatchObject({ status: 'SUCCEEDED', trigger: 'CLI', created: COUNT, progress: COUNT, total: COUNT, complete: true });
    expect(await prisma.auditLog.count({ where: { action: 'sync.run', entityId: summary.runId, actorLabel: 'system:sync' } })).toBe(1);
  });

  it('knows every code the real service uses, and records unknown ones on the run instead of failing', async () => {
    const first = await db.current.prisma.syncRun.findFirstOrThrow({ orderBy: { startedAt: 'asc' } });
    expect(first.unknownCodes).toEqual([]);

    fake.control({ extraThemeCodes: ['ht_tuntematon_teema'] });
    const summary = await sync();
    expect(summary).toMatchObject({ status: 'SUCCEEDED', unchanged: COUNT });
    const run = await db.current.prisma.syncRun.findUniqueOrThrow({ where: { id: summary.runId } });
    expect(run.unknownCodes).toContainEqual({
      field: 'theme',
      code: 'ht_tuntematon_teema',
      count: COUNT,
      examples: [lahellaKey(0), lahellaKey(1), lahellaKey(2)],
    });
    fake.reset();
  });

  it('writes nothing but the run record when nothing changed upstream', async () => {
    const before = await fingerprint();
    const audits = await db.current.prisma.auditLog.count();
    const summary = await sync();
    expect(summary).toMatchObject({ status: 'SUCCEEDED', unchanged: COUNT, created: 0, updated: 0, archived: 0, restored: 0 });
    expect(await fingerprint()).toEqual(before);
    expect(await db.current.prisma.auditLog.count()).toBe(audits + 1);
  });

  it('updates a changed item only', async () => {
    const before = await activity(3);
    fake.control({ changeKeys: [lahellaKey(3)] });
    const summary = await sync();
    expect(summary).toMatchObject({ updated: 1, unchanged: COUNT - 1, created: 0 });
    const after = await activity(3);
    expect(after.titleFi).toBe(`${before.titleFi} (muutettu)`);
    expect(after.version).toBe(before.version + 1);
    expect(after.id).toBe(before.id);
    expect(after.slug).toBe(before.slug);
  });

  it('keeps a coordinator override through an upstream change and asks for review', async () => {
    const prisma = db.current.prisma;
    const target = await activity(4);
    await prisma.activity.update({
      where: { id: target.id },
      data: { titleFi: 'Koordinaattorin otsikko', overriddenFields: ['titleFi', 'themes'], featured: true },
    });
    await prisma.activityTheme.deleteMany({ where: { activityId: target.id } });
    fake.control({ changeKeys: [lahellaKey(3), lahellaKey(4)] });
    const summary = await sync();
    expect(summary).toMatchObject({ updated: 1, conflicts: 1 });
    const after = await prisma.activity.findUniqueOrThrow({ where: { id: target.id }, include: { themes: true } });
    expect(after.titleFi).toBe('Koordinaattorin otsikko');
    expect(after.featured).toBe(true);
    expect(after.themes).toEqual([]);
    expect((after.upstreamData as { titleFi: string }).titleFi).toMatch(/\(muutettu\)$/);
    const review = await prisma.reviewItem.findFirstOrThrow({ where: { activityId: target.id, reason: 'OVERRIDE_CONFLICT' } });
    const details = review.details as { fields: { field: string; upstream: unknown }[] };
    expect(details.fields.map((f) => f.field)).toEqual(['titleFi']);
    expect(details.fields[0]!.upstream).toMatch(/\(muutettu\)$/);
  });

  it('honours an override saved after the page was planned but before it is written', async () => {
    const prisma = db.current.prisma;
    const sql = db.current.database.executor;
    const target = await activity(6);
    const upstream = target.upstreamData as unknown as MappedActivity;
    const changed: MappedActivity = { ...upstream, titleFi: `${upstream.titleFi} (uusi nimi)` };
    const [planned] = (await loadExisting(sql, 'LAHELLA', [changed.externalId])).values();
    expect(planned!.overriddenFields).toEqual([]);
    // The coordinator saves between the sync's read and its write.
    await prisma.activity.update({ where: { id: target.id }, data: { titleFi: 'Tarkistettu nimi', overriddenFields: ['titleFi'], version: { increment: 1 } } });
    const outcome = await sql.transaction(async (tx) =>
      writeActivities(
        tx,
        { source: 'LAHELLA', runId: uuidv7(), now: new Date(), orgs: new OrganizationCache('LAHELLA'), places: await loadPlaces(tx) },
        [{ activity: changed, hash: activityHash(changed), existing: planned, contentChanged: true }],
      ),
    );
    expect(outcome).toMatchObject({ updated: 1, conflicts: 1 });
    const after = await prisma.activity.findUniqueOrThrow({ where: { id: target.id } });
    expect(after.titleFi).toBe('Tarkistettu nimi');
    expect(after.version).toBe(target.version + 2);
    expect(await prisma.reviewItem.count({ where: { activityId: target.id, reason: 'OVERRIDE_CONFLICT' } })).toBe(1);
  });

  it('archives an item gone from a complete pull and restores its previous status when it returns', async () => {
    const prisma = db.current.prisma;
    const drafted = await activity(5);
    const hidden = await activity(6);
    await prisma.activity.update({ where: { id: drafted.id }, data: { status: 'DRAFT' } });
    await prisma.activity.update({ where: { id: hidden.id }, data: { status: 'HIDDEN' } });
    fake.control({ removeKeys: [lahellaKey(5), lahellaKey(6)] });
    const gone = await sync();
    expect(gone).toMatchObject({ archived: 1, fetched: COUNT - 2, status: 'SUCCEEDED' });
    expect(await activity(5)).toMatchObject({ status: 'ARCHIVED', archivedAt: expect.any(Date) });
    expect((await activity(6)).status).toBe('HIDDEN');

    fake.control({ removeKeys: [] });
    const back = await sync();
    expect(back).toMatchObject({ restored: 1, archived: 0 });
    expect(await activity(5)).toMatchObject({ status: 'DRAFT', archivedAt: null });
    expect((await activity(6)).status).toBe('HIDDEN');
    expect(await prisma.activity.count({ where: { source: 'LAHELLA' } })).toBe(COUNT);
  });

  it('skips and records a bad item, and goes on with the rest', async () => {
    fake.control({ malformedItemKey: lahellaKey(7) });
    const summary = await sync();
    expect(summary).toMatchObject({ status: 'PARTIAL', skipped: 1, archived: 0, complete: true });
    const skipped = await db.current.prisma.syncSkippedItem.findMany({ where: { runId: summary.runId } });
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ externalId: lahellaKey(7), reason: expect.stringMatching(/^invalid item: /) });
    expect((await activity(7)).status).toBe('PUBLISHED');
    fake.control({ malformedItemKey: null });
  });

  it('fails the run on a persistent 5xx in the middle of paging and archives nothing', async () => {
    fake.control({ removeKeys: [lahellaKey(24)], fail5xxOnPage: 1 });
    const summary = await sync();
    expect(summary.status).toBe('FAILED');
    expect(summary.complete).toBe(false);
    expect(summary.archived).toBe(0);
    expect(summary.errors[0]).toMatch(/503/);
    expect((await activity(24)).status).toBe('PUBLISHED');
    const run = await db.current.prisma.syncRun.findUniqueOrThrow({ where: { id: summary.runId } });
    expect(run).toMatchObject({ status: 'FAILED', complete: false, finishedAt: expect.any(Date) });
    fake.control({ removeKeys: [], fail5xxOnPage: null });
  });

  it('retries a transient 5xx, broken JSON and a 429, honouring Retry-After', async () => {
    fake.requests.length = 0;
    fake.control({ rateLimitOnPage: 0, rateLimitTimes: 1, retryAfterSeconds: 1, fail5xxOnPage: 1, fail5xxTimes: 1, brokenJsonOnPage: 2, brokenJsonTimes: 1 });
    const summary = await sync();
    expect(summary).toMatchObject({ status: 'SUCCEEDED', unchanged: COUNT });
    const firstPage = fake.requests.filter((r) => r.path.includes('skip=0&'));
    expect(firstPage.map((r) => r.status)).toEqual([429, 200]);
    expect(firstPage[1]!.at - firstPage[0]!.at).toBeGreaterThanOrEqual(950);
    expect(fake.requests.filter((r) => r.path.includes('skip=10&')).map((r) => r.status)).toEqual([503, 200]);
    fake.reset();
  });

  it('retries a timeout, and fails the run when the upstream stays too slow', async () => {
    fake.control({ slowOnPage: 1, slowMs: 1_000, slowTimes: 1 });
    expect(await sync()).toMatchObject({ status: 'SUCCEEDED', fetched: COUNT });
    fake.control({ slowOnPage: 1, slowMs: 1_000, slowTimes: null });
    const failed = await sync();
    expect(failed.status).toBe('FAILED');
    expect(failed.errors[0]).toMatch(/timed out/);
    expect(await db.current.prisma.activity.count({ where: { status: 'ARCHIVED' } })).toBe(0);
    fake.reset();
  });

  it('answers "already running" with the running sync’s id to a second trigger', async () => {
    fake.control({ slowMs: 150 });
    const first = await startSync({ sources: ['LAHELLA'], trigger: 'CRON', config });
    const second = await startSync({ sources: ['LAHELLA'], trigger: 'MANUAL', config });
    expect(first.status).toBe('started');
    expect(second).toEqual({ status: 'already-running', runIds: first.runIds });
    if (first.status === 'started') expect((await first.done)[0]).toMatchObject({ status: 'SUCCEEDED' });
    fake.reset();
    const third = await startSync({ sources: ['LAHELLA'], trigger: 'CLI', config });
    expect(third.status).toBe('started');
    if (third.status === 'started') await third.done;
  });

  it('fails with a clear message when the token is wrong', async () => {
    const summary = await sync({ config: { ...config, lahella: { ...config.lahella, token: 'wrong' } } });
    expect(summary.status).toBe('FAILED');
    expect(summary.errors[0]).toMatch(/401/);
  });
});
