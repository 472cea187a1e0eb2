import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/use-test-database';
import { FakeBrowser } from '../support/fake-request';
import { loggedInAs } from '../support/auth-users';
import { lahellaKey, startFakeUpstream, type FakeUpstream } from '../support/fake-upstream';
import { parseSyncConfig, type SyncConfig } from '@/server/sync/config';
import { runSync } from '@/server/sync/run-sync';
import { createActivityAction, markVerifiedAction, updateActivityAction } from '@/server/admin/activities/actions';
import { getActivityForEdit, listActivitiesForAdmin, parseListParams } from '@/server/admin/activities/queries';
import { emptyFormValues, type ActivityFormValues } from '@/server/admin/activities/schemas';
import { runSearch } from '@/server/search/results';
import { writeDemoCatalogue } from '@/server/demo/write';

const db = useTestDatabase();
let fake: FakeUpstream;
let config: SyncConfig;
let coordinator: Awaited<ReturnType<typeof loggedInAs>>;
let admin: Awaited<ReturnType<typeof loggedInAs>>;

beforeAll(async () => {
  fake = await startFakeUpstream({ lahellaCount: 4, lahellaToken: 'test-token' });
  config = parseSyncConfig({ ...fake.env, SYNC_PAGE_SIZE: '10', SYNC_TIMEOUT_MS: '2000', SYNC_MAX_RETRIES: '1', SYNC_RETRY_BASE_MS: '5' });
  await sync();
  coordinator = await loggedInAs(db.current.prisma, 'COORDINATOR');
  admin = await loggedInAs(db.current.prisma, 'ADMIN');
});
afterAll(() => fake?.close());

async function sync() {
  const result = await runSync({ sources: ['LAHELLA'], trigger: 'CLI', config });
  if (result.status !== 'finished') throw new Error('unexpected: already running');
  return result.summaries[0]!;
}

/** What the browser posts for these values (checkbox groups as repeated names). */
function form(values: ActivityFormValues, extra: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (Array.isArray(value)) for (const item of value) data.append(key, item);
    else if (typeof value === 'boolean') {
      if (value) data.set(key, 'on');
    } else data.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) data.set(key, value);
  return data;
}

const synced = (i: number) =>
  db.current.prisma.activity.findUniqueOrThrow({ where: { source_externalId: { source: 'LAHELLA', externalId: lahellaKey(i) } } });

/** The edit form as the page renders it, with its hidden fields. */
async function editForm(id: string) {
  const data = (await getActivityForEdit(id))!;
  return { data, post: (values: ActivityFormValues, extra: Record<string, string> = {}) => form(values, { id, version: String(data.version), baseline: data.baseline, ...extra }) };
}

describe('activity editing', () => {
  it('refuses anonymous callers', async () => {
    const target = await synced(0);
    const { data, post } = await editForm(target.id);
    expect(await new FakeBrowser().run(() => updateActivityAction(null, post({ ...data.values, titleFi: 'X' })))).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await new FakeBrowser().run(() => markVerifiedAction(null, form(emptyFormValues(), { id: target.id })))).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('answers bad input with translated field errors and changes nothing', async () => {
    const target = await synced(0);
    const audits = await db.current.prisma.auditLog.count({ where: { action: { startsWith: 'activity.' } } });
    const { data, post } = await editForm(target.id);
    const result = await coordinator.browser.run(() =>
      updateActivityAction(null, post({ ...data.values, titleFi: 'x'.repeat(201), registrationUrl: 'javascript:alert(1)', registrationEmail: 'ei-osoite', status: 'GONE', themes: ['no-such-theme'] })),
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { titleFi: 'tooLong', registrationUrl: 'url', registrationEmail: 'email', status: 'status' },
      values: { titleFi: 'x'.repeat(201) },
    });
    const unknownCode = await coordinator.browser.run(() => updateActivityAction(null, post({ ...data.values, themes: ['no-such-theme'] })));
    expect(unknownCode).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { themes: 'codes' } });
    const noTitle = await coordinator.browser.run(() => updateActivityAction(null, post({ ...data.values, titleFi: ' ', titleSv: '', titleEn: '' })));
    expect(noTitle).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { titleFi: 'titleRequired' } });
    expect(await synced(0)).toEqual(target);
    expect(await db.current.prisma.auditLog.count({ where: { action: { startsWith: 'activity.' } } })).toBe(audits);
  });

  it('stores a text override and a changed collection, audited with before and after of those fields only', async () => {
    const target = await synced(0);
    const { data, post } = await editForm(target.id);
    expect(data.upstream?.titleFi).toBe(target.titleFi);
    // Posted textareas come back with \r\n line breaks: unchanged text must stay unchanged.
    const description = data.values.descriptionFi.replace(/\n/g, '\r\n');
    const result = await coordinator.browser.run(() =>
      updateActivityAction(null, post({ ...data.values, descriptionFi: description, titleFi: 'Koordinaattorin otsikko', themes: ['safety'], featured: true })),
    );
    expect(result).toMatchObject({ ok: true, done: 'updated', version: target.version + 1 });
    const after = await db.current.prisma.activity.findUniqueOrThrow({ where: { id: target.id }, include: { themes: true } });
    expect(after).toMatchObject({ titleFi: 'Koordinaattorin otsikko', featured: true, descriptionFi: target.descriptionFi, version: target.version + 1 });
    expect(after.overriddenFields.sort()).toEqual(['themes', 'titleFi']);
    expect(after.themes.map((t) => t.themeCode)).toEqual(['safety']);
    expect(after.facetCodes).toContain('theme:safety');
    const audit = await db.current.prisma.auditLog.findFirstOrThrow({ where: { action: 'activity.update', entityId: target.id } });
    expect(audit.actorId).toBe(coordinator.userId);
    expect(Object.keys(audit.after as object).sort()).toEqual(['featured', 'overriddenFields', 'themes', 'titleFi']);
    expect(audit.before).toMatchObject({ titleFi: target.titleFi, featured: false, overriddenFields: [] });
    expect(audit.after).toMatchObject({ titleFi: 'Koordinaattorin otsikko', themes: ['safety'] });
  });

  it('detects an edit on a stale version, changes nothing and shows what changed', async () => {
    const target = await synced(1);
    const first = await editForm(target.id);
    const second = await editForm(target.id);
    expect(await admin.browser.run(() => updateActivityAction(null, first.post({ ...first.data.values, summaryFi: 'Toisen käyttäjän tiivistelmä' })))).toMatchObject({ ok: true });
    const saved = await synced(1);
    const stale = await coordinator.browser.run(() =>
      updateActivityAction(null, second.post({ ...second.data.values, titleFi: 'Minun otsikkoni' })),
    );
    expect(stale).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      version: saved.version,
      changes: [{ field: 'summaryFi', current: 'Toisen käyttäjän tiivistelmä', alsoYours: false }],
      // The user's input stays; the other person's change is merged into the fields the user did not touch.
      values: { titleFi: 'Minun otsikkoni', summaryFi: 'Toisen käyttäjän tiivistelmä' },
    });
    expect(await synced(1)).toEqual(saved);
    if (stale.ok || !stale.values) throw new Error('unreachable');
    const retry = await coordinator.browser.run(() =>
      updateActivityAction(null, form(stale.values!, { id: target.id, version: String(stale.version), baseline: stale.baseline! })),
    );
    expect(retry).toMatchObject({ ok: true, done: 'updated' });
    expect(await synced(1)).toMatchObject({ titleFi: 'Minun otsikkoni', summaryFi: 'Toisen käyttäjän tiivistelmä' });
  });

  it('keeps an override through a sync that changes the field upstream, flags it for review, and reverts on request', async () => {
    const before = await synced(0);
    const { post: stalePost, data: staleData } = await editForm(before.id);
    fake.control({ changeKeys: [lahellaKey(0)] });
    const summary = await sync();
    fake.reset();
    expect(summary).toMatchObject({ updated: 1, conflicts: 1 });
    const after = await synced(0);
    expect(after.titleFi).toBe('Koordinaattorin otsikko');
    expect(after.version).toBe(before.version + 1);
    const review = await db.current.prisma.reviewItem.findFirstOrThrow({ where: { activityId: before.id, reason: 'OVERRIDE_CONFLICT' } });
    expect((review.details as { fields: { field: string }[] }).fields.map((f) => f.field)).toEqual(['titleFi']);

    // A form opened before the sync is stale now.
    expect(await coordinator.browser.run(() => updateActivityAction(null, stalePost({ ...staleData.values, summaryFi: 'Uusi' })))).toMatchObject({ ok: false, code: 'CONFLICT' });

    const { data, post } = await editForm(before.id);
    expect(data.upstream?.titleFi).toMatch(/\(muutettu\)$/);
    expect(data.overriddenFields).toContain('titleFi');
    const reverted = await coordinator.browser.run(() => updateActivityAction(null, post({ ...data.values, revert: ['titleFi'] })));
    expect(reverted).toMatchObject({ ok: true, done: 'updated' });
    const restored = await synced(0);
    expect(restored.titleFi).toBe(data.upstream?.titleFi);
    expect(restored.overriddenFields).toEqual(['themes']);
    const audit = await db.current.prisma.auditLog.findFirstOrThrow({ where: { action: 'activity.update', entityId: before.id }, orderBy: { at: 'desc' } });
    expect(audit.before).toMatchObject({ titleFi: 'Koordinaattorin otsikko', overriddenFields: ['themes', 'titleFi'] });
    expect(audit.after).toMatchObject({ titleFi: data.upstream?.titleFi, overriddenFields: ['themes'] });
  });

  it('records who checked the listing and when', async () => {
    const target = await synced(2);
    expect(await coordinator.browser.run(() => markVerifiedAction(null, form(emptyFormValues(), { id: target.id })))).toMatchObject({ ok: true, done: 'verified' });
    const data = await getActivityForEdit(target.id);
    expect(data?.lastVerifiedAt).toBeInstanceOf(Date);
    expect(data?.lastVerifiedByName).toBe('Test COORDINATOR');
    expect((await synced(2)).version).toBe(target.version);
    expect(await db.current.prisma.auditLog.count({ where: { action: 'activity.verify', entityId: target.id, actorId: coordinator.userId } })).toBe(1);
    expect(await coordinator.browser.run(() => markVerifiedAction(null, form(emptyFormValues(), { id: 'nope' })))).toEqual({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('saving a form without changes', () => {
  it('changes nothing on demo listings of every source', async () => {
    await writeDemoCatalogue(db.current.database.executor, { count: 30, seed: 11, now: new Date() });
    const rows = await db.current.prisma.activity.findMany({ where: { isDemo: true }, select: { id: true, source: true } });
    const bySource = new Map(rows.map((row) => [row.source, row.id]));
    expect([...bySource.keys()].sort()).toEqual(['LAHELLA', 'MANUAL', 'PTV']);
    for (const id of bySource.values()) {
      const before = await db.current.prisma.activity.findUniqueOrThrow({ where: { id }, include: { contacts: true, schedules: true } });
      const { data, post } = await editForm(id);
      // The browser posts textarea line breaks as \r\n.
      const posted = { ...data.values, descriptionFi: data.values.descriptionFi.replace(/\n/g, '\r\n') };
      const result = await coordinator.browser.run(() => updateActivityAction(null, post(posted)));
      expect(result.ok ? result : { ...result, values: undefined, baseline: undefined }).toMatchObject({ ok: true, done: 'unchanged' });
      expect(await db.current.prisma.activity.findUniqueOrThrow({ where: { id }, include: { contacts: true, schedules: true } })).toEqual(before);
    }
    const demoSynced = bySource.get('LAHELLA')!;
    const { data, post } = await editForm(demoSynced);
    expect(await coordinator.browser.run(() => updateActivityAction(null, post({ ...data.values, summaryFi: 'Lyhyempi kuvaus' })))).toMatchObject({ ok: true, done: 'updated' });
    expect((await db.current.prisma.activity.findUniqueOrThrow({ where: { id: demoSynced } })).overriddenFields).toEqual(['summaryFi']);
  });
});

describe('manual listings', () => {
  const listing = (): ActivityFormValues => ({
    ...emptyFormValues(),
    titleFi: 'Seurakunnan lähimmäiskahvila Kuusamossa',
    titleSv: 'Församlingens grannkafé i Kuusamo',
    summaryFi: 'Avoin kahvihetki kaikille, ei ilmoittautumista.',
    descriptionFi: 'Tule juttelemaan ja tapaamaan muita.\r\nKahvi ja pulla ovat ilmaisia.',
    providerType: 'PARISH',
    status: 'PUBLISHED',
    themes: ['relationships-participation'],
    ageGroups: ['adults', 'seniors'],
    municipalities: ['305'],
    languages: ['fi'],
    channelType: 'PLACE',
    placeName: 'Seurakuntatalo (demo)',
    streetAddress: 'Kirkkotie 1',
    postalCode: '93600',
    city: 'Kuusamo',
    channelMunicipality: '305',
    contactEmail: 'kahvila@seurakunta-demo.example',
    scheduleKind: 'WEEKLY',
    weekdays: ['2', '4'],
    weeklyStartTime: '10:00',
    weeklyEndTime: '12:00',
    validFrom: new Date().toISOString().slice(0, 10),
    validUntil: new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10),
  });

  it('refuses a listing without a title or with a broken schedule, and creates nothing', async () => {
    const count = await db.current.prisma.activity.count();
    const result = await coordinator.browser.run(() =>
      createActivityAction(null, form({ ...listing(), titleFi: '', titleSv: '', weekdays: [], weeklyEndTime: '09:00', postalCode: '123', channelType: 'KEEP' })),
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { titleFi: 'titleRequired', weekdays: 'weekdays', weeklyEndTime: 'endTime', channelType: 'channelType' },
    });
    expect(await db.current.prisma.activity.count()).toBe(count);
  });

  it('creates a published listing with occurrences that the public search finds in Finnish, and edits it', async () => {
    const result = await coordinator.browser.run(() => createActivityAction(null, form(listing())));
    expect(result).toMatchObject({ ok: true, done: 'created' });
    if (!result.ok) throw new Error('unreachable');
    const created = await db.current.prisma.activity.findUniqueOrThrow({
      where: { id: result.id },
      include: { channels: true, schedules: true, occurrences: true, contacts: true, municipalities: true },
    });
    expect(created).toMatchObject({ source: 'MANUAL', status: 'PUBLISHED', providerType: 'PARISH', descriptionFi: 'Tule juttelemaan ja tapaamaan muita.\nKahvi ja pulla ovat ilmaisia.' });
    expect(created.slug).toMatch(/^seurakunnan-lahimmaiskahvila-kuusamossa-[0-9a-f]{6}$/);
    expect(created.channels[0]).toMatchObject({ type: 'PLACE', postalCode: '93600', postOfficeFi: 'Kuusamo', municipalityCode: '305' });
    expect(created.schedules[0]).toMatchObject({ kind: 'RECURRING', frequency: 'WEEKLY', weekdays: [2, 4], startTime: '10:00' });
    expect(created.occurrences.length).toBeGreaterThan(10);
    // 10:00 in Helsinki is 07:00 or 08:00 UTC, depending on daylight saving time.
    expect([7, 8]).toContain(created.occurrences[0]!.startsAt.getUTCHours());
    expect(created.nextOccurrenceAt).not.toBeNull();
    expect(await db.current.prisma.auditLog.count({ where: { action: 'activity.create', entityId: created.id, actorId: coordinator.userId } })).toBe(1);

    const found = await runSearch({ q: 'lähimmäiskahvila' }, { locale: 'fi' });
    expect(found.cards.map((c) => c.id)).toContain(created.id);

    const list = await listActivitiesForAdmin(parseListParams({ q: 'LÄHIMMÄISKAHVILA', source: 'MANUAL' }));
    expect(list.items.map((i) => i.id)).toEqual([created.id]);

    const { data, post } = await editForm(created.id);
    expect(data.upstream).toBeNull();
    expect(data.values).toMatchObject({ channelType: 'KEEP', scheduleKind: 'KEEP', city: 'Kuusamo', weekdays: ['2', '4'], contactEmail: 'kahvila@seurakunta-demo.example' });
    const edited = await coordinator.browser.run(() =>
      updateActivityAction(null, post({ ...data.values, titleFi: 'Lähimmäiskahvila', status: 'HIDDEN', scheduleKind: 'ONE_OFF', date: '2031-05-20', startTime: '18:00', endTime: '20:00' })),
    );
    expect(edited).toMatchObject({ ok: true, done: 'updated' });
    const after = await db.current.prisma.activity.findUniqueOrThrow({ where: { id: created.id }, include: { schedules: true, channels: true, contacts: true } });
    expect(after).toMatchObject({ titleFi: 'Lähimmäiskahvila', status: 'HIDDEN', overriddenFields: [] });
    expect(after.schedules).toHaveLength(1);
    expect(after.schedules[0]).toMatchObject({ kind: 'ONE_OFF', startsAt: new Date('2031-05-20T15:00:00Z') });
    expect(after.channels).toHaveLength(1);
    expect(after.contacts).toHaveLength(1);
    const hidden = await runSearch({ q: 'lähimmäiskahvila' }, { locale: 'fi' });
    expect(hidden.cards.map((c) => c.id)).not.toContain(created.id);
  });
});
