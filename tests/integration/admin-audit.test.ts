import { beforeAll, describe, expect, it, vi } from 'vitest';
import { changedFields } from '@/server/admin/audit/diff';
import { helsinkiDayStart, parseAuditFilters } from '@/server/admin/audit/filters';
import { auditFilterChoices, listAuditEntries } from '@/server/admin/audit/queries';
import { useTestDatabase } from '../support/use-test-database';
import { renderPage } from '../support/render-page';
import { loggedInAs } from '../support/auth-users';

// Pages render on the server with the real queries; translations, links and the login check
// are stood in for, since Next's request context is not available here.
vi.mock('next-intl/server', () => import('../support/admin-page-mocks').then((m) => m.nextIntlServer()));
vi.mock('@/i18n/navigation', () => import('../support/admin-page-mocks').then((m) => m.navigation()));
vi.mock('@/server/auth/session', (importOriginal) => import('../support/admin-page-mocks').then((m) => m.session(importOriginal)));

const db = useTestDatabase();
let coordinator: Awaited<ReturnType<typeof loggedInAs>>;
const ORG_ID = '01900000-0000-7000-8000-00000000a001';

beforeAll(async () => {
  coordinator = await loggedInAs(db.current.prisma, 'COORDINATOR');
  await db.current.prisma.auditLog.deleteMany();
  const entry = (at: string, action: string, entityType: string, entityId: string | null, actorLabel = 'system:sync', actorId: string | null = null) => ({
    at: new Date(at),
    action,
    entityType,
    entityId,
    actorLabel,
    actorId,
    before: { nameFi: 'Vanha' },
    after: { nameFi: 'Uusi' },
  });
  await db.current.prisma.auditLog.createMany({
    data: [
      // 2026-06-02 00:30 in Helsinki (UTC+3), still 1 June in UTC.
      entry('2026-06-01T21:30:00Z', 'organization.update', 'Organization', ORG_ID, coordinator.email, coordinator.userId),
      entry('2026-06-01T20:30:00Z', 'organization.create', 'Organization', ORG_ID, coordinator.email, coordinator.userId),
      entry('2026-06-03T08:00:00Z', 'mapping.create', 'SourceCodeMapping', '01900000-0000-7000-8000-00000000b001', 'other@example.test'),
      entry('2026-06-04T08:00:00Z', 'sync.run', 'SyncRun', '01900000-0000-7000-8000-00000000c001'),
      // Two entries at the same instant: the cursor must not skip or repeat either.
      entry('2026-06-05T08:00:00Z', 'sync.archive', 'Activity', '01900000-0000-7000-8000-00000000d001'),
      entry('2026-06-05T08:00:00Z', 'sync.archive', 'Activity', '01900000-0000-7000-8000-00000000d002'),
    ],
  });
});

const list = (params: Record<string, string>, pageSize?: number) => {
  const { filters } = parseAuditFilters(params);
  return listAuditEntries(filters, pageSize);
};

describe('audit log query', () => {
  it('lists newest first and pages with a cursor without gaps or repeats', async () => {
    const first = await list({}, 4);
    expect(first.entries.map((e) => e.action)).toEqual(['sync.archive', 'sync.archive', 'sync.run', 'mapping.create']);
    expect(first.next).toBeTruthy();
    const second = await list({ cursor: first.next! }, 4);
    expect(second.entries.map((e) => e.action)).toEqual(['organization.update', 'organization.create']);
    expect(second.next).toBeNull();
    const ids = [...first.entries, ...second.entries].map((e) => e.id);
    expect(new Set(ids).size).toBe(6);

    const [archiveA, archiveB] = first.entries;
    const afterFirst = await list({ cursor: Buffer.from(`${archiveA!.at.toISOString()}|${archiveA!.id}`).toString('base64url') }, 1);
    expect(afterFirst.entries[0]!.id).toBe(archiveB!.id);
  });

  it('filters by entity type, entity, action (exact or by prefix) and actor e-mail or name', async () => {
    expect((await list({ entity: 'Organization' })).entries).toHaveLength(2);
    expect((await list({ entity: 'Organization', id: ORG_ID, action: 'organization.update' })).entries).toHaveLength(1);
    expect((await list({ action: 'sync' })).entries.map((e) => e.action)).toEqual(['sync.archive', 'sync.archive', 'sync.run']);
    expect((await list({ actor: 'OTHER@example' })).entries.map((e) => e.action)).toEqual(['mapping.create']);
    const byName = await list({ actor: 'test coordinator' });
    expect(byName.entries.map((e) => e.action)).toEqual(['organization.update', 'organization.create']);
    expect(byName.entries[0]!.actorName).toBe('Test COORDINATOR');
    // Values that cannot be a type or an action are ignored rather than refused.
    expect(parseAuditFilters({ entity: "x' OR 1=1", action: '../etc' }).filters).toMatchObject({ entityType: null, action: null });
  });

  it('filters by Helsinki days, inclusive at both ends', async () => {
    expect(helsinkiDayStart('2026-06-02').toISOString()).toBe('2026-06-01T21:00:00.000Z');
    expect(helsinkiDayStart('2026-01-15').toISOString()).toBe('2026-01-14T22:00:00.000Z');
    const june2 = await list({ from: '2026-06-02', to: '2026-06-02' });
    expect(june2.entries.map((e) => e.action)).toEqual(['organization.update']);
    expect((await list({ to: '2026-06-01' })).entries.map((e) => e.action)).toEqual(['organization.create']);
    expect((await list({ from: '2026-06-04' })).entries).toHaveLength(3);
  });

  it('names bad dates and cursors and ignores them', async () => {
    expect(parseAuditFilters({ from: '2026-02-30', to: 'huomenna' })).toMatchObject({
      filters: { from: null, to: null },
      problems: ['from', 'to'],
    });
    expect(parseAuditFilters({ from: '2026-06-05', to: '2026-06-01' })).toMatchObject({
      filters: { from: null, to: null },
      problems: ['range'],
    });
    expect(parseAuditFilters({ cursor: 'not-a-cursor!' })).toMatchObject({ filters: { cursor: null }, problems: ['cursor'] });
    expect(parseAuditFilters({ cursor: Buffer.from('yesterday|abc').toString('base64url') }).problems).toEqual(['cursor']);
    // A repeated parameter uses its first value.
    expect(parseAuditFilters({ from: ['2026-06-02', 'x'] }).filters.from).toBe('2026-06-02');
    expect((await list({ from: 'bad', entity: 'SyncRun' })).entries).toHaveLength(1);
  });

  it('offers the entity types and actions that occur', async () => {
    const choices = await auditFilterChoices();
    expect(choices.entityTypes).toEqual(['Activity', 'Organization', 'SourceCodeMapping', 'SyncRun']);
    expect(choices.actions).toContain('organization.update');
  });
});

describe('changed fields', () => {
  it('keeps only fields whose values differ, dates as ISO strings', () => {
    const at = new Date('2026-06-01T00:00:00Z');
    expect(
      changedFields({ a: 'x', b: null, c: 1, d: at }, { a: 'x', b: 'y', c: 2, d: new Date(at) }, ['a', 'b', 'c', 'd']),
    ).toEqual({ before: { b: null, c: 1 }, after: { b: 'y', c: 2 }, changed: ['b', 'c'] });
  });
});

describe('audit page', () => {
  it('shows labels, Helsinki times, entity links, long values behind a disclosure, and ignores a bad date', async () => {
    await db.current.prisma.auditLog.create({
      data: {
        at: new Date('2026-06-06T08:00:00Z'),
        actorLabel: coordinator.email,
        actorId: coordinator.userId,
        action: 'organization.update',
        entityType: 'Organization',
        entityId: ORG_ID,
        before: { descriptionFi: `Pitkä kuvaus ${'sana '.repeat(60)}loppu` },
        after: { descriptionFi: null },
      },
    });
    const { default: Page } = await import('@/app/[locale]/admin/(protected)/audit/page');
    const html = await renderPage(await Page({ params: Promise.resolve({ locale: 'fi' }), searchParams: Promise.resolve({ from: '2026-13-01' }) }));
    expect(html).toContain('Alkupäivä ei ole kelvollinen päivämäärä');
    expect(html).toContain('Järjestäjän tietoja muutettu');
    expect(html).toContain('Kuvaus suomeksi');
    expect(html).toMatch(/<details>[\s\S]*Näytä koko arvo[\s\S]*sana loppu<\/pre>/);
    expect(html).toContain('(tyhjä)');
    expect(html).toContain('klo 11.00.00');
    expect(html).toContain(`{&quot;pathname&quot;:&quot;/admin/organizations/[id]&quot;,&quot;params&quot;:{&quot;id&quot;:&quot;${ORG_ID}&quot;}}`);
    expect(html).toContain('Synkronointi (järjestelmä)');
    expect(html).not.toMatch(/Admin\.audit/);
  });
});
