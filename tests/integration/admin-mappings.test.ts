import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createMappingAction, deleteMappingAction } from '@/server/admin/mappings/actions';
import { listMappings, listUnknownCodes } from '@/server/admin/mappings/queries';
import { CodeCollector } from '@/server/sync/codes';
import { loadTaxonomies } from '@/server/taxonomies/load';
import { loadMapContext } from '@/server/sync/context';
import { useTestDatabase } from '../support/use-test-database';
import { renderPage } from '../support/render-page';
import { FakeBrowser } from '../support/fake-request';
import { loggedInAs } from '../support/auth-users';

// Pages render on the server with the real queries; translations, links and the login check
// are stood in for, since Next's request context is not available here.
vi.mock('next-intl/server', () => import('../support/admin-page-mocks').then((m) => m.nextIntlServer()));
vi.mock('@/i18n/navigation', () => import('../support/admin-page-mocks').then((m) => m.navigation()));
vi.mock('@/server/auth/session', (importOriginal) => import('../support/admin-page-mocks').then((m) => m.session(importOriginal)));

const db = useTestDatabase();
let coordinator: Awaited<ReturnType<typeof loggedInAs>>;

beforeAll(async () => {
  coordinator = await loggedInAs(db.current.prisma, 'COORDINATOR');
});

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};

/** What the sync makes of one source code with the mappings as they are now. */
async function mapWithCurrentMappings(source: 'LAHELLA' | 'PTV', field: string, code: string) {
  const codes = new CodeCollector(await loadMapContext(db.current.database.executor, source));
  const known = codes.mapSourceCode(field, code);
  return { known, themes: codes.get('THEME'), ageGroups: codes.get('AGE_GROUP'), unknown: codes.unknown };
}

describe('source-code mapping actions', () => {
  it('the defaults are seeded, per source', async () => {
    const mappings = await listMappings();
    expect(mappings.LAHELLA.length).toBeGreaterThan(10);
    expect(mappings.PTV.some((m) => m.sourceCode === 'KR1.1' && m.targetKind === 'AGE_GROUP')).toBe(true);
  });

  it('a default mapping a coordinator removed is not put back by the next seed', async () => {
    const removed = await db.current.prisma.sourceCodeMapping.findFirstOrThrow({ where: { source: 'LAHELLA' }, orderBy: { sourceCode: 'asc' } });
    const total = await db.current.prisma.sourceCodeMapping.count();
    expect(await coordinator.browser.run(() => deleteMappingAction(null, form({ id: removed.id })))).toEqual({ ok: true, done: 'deleted' });
    await loadTaxonomies(db.current.database.executor);
    const { id: _id, createdAt: _createdAt, ...key } = removed;
    expect(await db.current.prisma.sourceCodeMapping.count({ where: key })).toBe(0);
    expect(await db.current.prisma.sourceCodeMapping.count()).toBe(total - 1);
  });

  it('refuse anonymous callers', async () => {
    const result = await new FakeBrowser().run(() =>
      createMappingAction(null, form({ source: 'LAHELLA', sourceCode: 'ht_x', target: 'THEME:mental-wellbeing' })),
    );
    expect(result).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('refuse bad input with translated keys and change nothing', async () => {
    const count = await db.current.prisma.sourceCodeMapping.count();
    const audits = await db.current.prisma.auditLog.count({ where: { action: { startsWith: 'mapping.' } } });
    const run = (values: Record<string, string>) => coordinator.browser.run(() => createMappingAction(null, form(values)));
    expect(await run({ source: 'MANUAL', sourceCode: '', target: '' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { source: 'source', sourceCode: 'sourceCode', target: 'target' },
    });
    expect(await run({ source: 'LAHELLA', sourceCode: 'ht_uusi', target: 'COLOUR:red' })).toMatchObject({
      fieldErrors: { target: 'target' },
      values: { sourceCode: 'ht_uusi' },
    });
    // The target code must exist in that taxonomy: a stage code is not a theme.
    expect(await run({ source: 'LAHELLA', sourceCode: 'ht_uusi', target: 'THEME:all-well-at-home' })).toMatchObject({
      fieldErrors: { target: 'targetMissing' },
    });
    expect(await run({ source: 'LAHELLA', sourceCode: 'ht_uusi', targetKind: 'THEME', targetCode: 'no-such-theme' })).toMatchObject({
      fieldErrors: { target: 'targetMissing' },
    });
    expect(await run({ source: 'LAHELLA', sourceCode: 'ht_liikunta', target: 'THEME:physical-health' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { sourceCode: 'duplicate' },
    });
    expect(await db.current.prisma.sourceCodeMapping.count()).toBe(count);
    expect(await db.current.prisma.auditLog.count({ where: { action: { startsWith: 'mapping.' } } })).toBe(audits);
    expect(await coordinator.browser.run(() => deleteMappingAction(null, form({ id: 'nope' })))).toEqual({ ok: false, code: 'NOT_FOUND' });
    expect(
      await coordinator.browser.run(() => deleteMappingAction(null, form({ id: '01900000-0000-7000-8000-0000000000aa' }))),
    ).toEqual({ ok: false, code: 'NOT_FOUND' });
  });

  it('an unknown code from a sync run gets a mapping, which the next mapping lookup uses', async () => {
    const prisma = db.current.prisma;
    // The last Lähellä run met a theme code nobody mapped.
    await prisma.syncRun.create({
      data: {
        source: 'LAHELLA',
        trigger: 'CRON',
        status: 'SUCCEEDED',
        finishedAt: new Date(),
        unknownCodes: [
          { field: 'theme', code: 'ht_metsaretket', count: 3, examples: ['lh-1', 'lh-2'] },
          { field: 'region', code: 'city/FI/Rovaniemi', count: 1, examples: ['lh-3'] },
        ],
      },
    });
    const unknown = await listUnknownCodes();
    expect(unknown).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: 'LAHELLA', field: 'theme', code: 'ht_metsaretket', count: 3, suggestedKind: 'THEME' }),
        expect.objectContaining({ field: 'region', code: 'city/FI/Rovaniemi', suggestedKind: null }),
      ]),
    );
    expect(await mapWithCurrentMappings('LAHELLA', 'theme', 'ht_metsaretket')).toMatchObject({
      known: false,
      unknown: [{ field: 'theme', code: 'ht_metsaretket' }],
    });

    // The ready form sends source, code and the chosen target.
    const created = await coordinator.browser.run(() =>
      createMappingAction(null, form({ source: 'LAHELLA', sourceCode: 'ht_metsaretket', target: 'THEME:housing-nature' })),
    );
    expect(created).toEqual({ ok: true, done: 'created' });
    const mapping = await prisma.sourceCodeMapping.findFirstOrThrow({ where: { source: 'LAHELLA', sourceCode: 'ht_metsaretket' } });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'mapping.create', entityId: mapping.id } });
    expect(audit).toMatchObject({ actorId: coordinator.userId, entityType: 'SourceCodeMapping' });
    expect(audit.after).toEqual({ source: 'LAHELLA', sourceCode: 'ht_metsaretket', targetKind: 'THEME', targetCode: 'housing-nature' });

    // The sync reads the mappings afresh at the start of each run.
    expect(await mapWithCurrentMappings('LAHELLA', 'theme', 'ht_metsaretket')).toMatchObject({
      known: true,
      themes: ['housing-nature'],
      unknown: [],
    });
    // Mapped codes leave the list; codes a mapping cannot fix stay.
    const after = await listUnknownCodes();
    expect(after.some((u) => u.code === 'ht_metsaretket')).toBe(false);
    expect(after.some((u) => u.code === 'city/FI/Rovaniemi')).toBe(true);

    // Removing it makes the code unknown again, with an audit entry holding what was removed.
    expect(await coordinator.browser.run(() => deleteMappingAction(null, form({ id: mapping.id })))).toEqual({ ok: true, done: 'deleted' });
    const removed = await prisma.auditLog.findFirstOrThrow({ where: { action: 'mapping.delete', entityId: mapping.id } });
    expect(removed.before).toMatchObject({ sourceCode: 'ht_metsaretket', targetCode: 'housing-nature' });
    expect(await mapWithCurrentMappings('LAHELLA', 'theme', 'ht_metsaretket')).toMatchObject({ known: false });
    expect((await listUnknownCodes()).some((u) => u.code === 'ht_metsaretket')).toBe(true);
  });

  it('a PTV target group can map to an age group', async () => {
    const result = await coordinator.browser.run(() =>
      createMappingAction(null, form({ source: 'PTV', sourceCode: 'KR2.9', targetKind: 'AGE_GROUP', targetCode: 'seniors' })),
    );
    expect(result).toEqual({ ok: true, done: 'created' });
    expect(await mapWithCurrentMappings('PTV', 'targetGroup', 'KR2.9')).toMatchObject({ known: true, ageGroups: ['seniors'] });
  });
});

describe('mappings page', () => {
  it('lists mappings by source with target names and offers a form for each unknown code', async () => {
    const { default: Page } = await import('@/app/[locale]/admin/(protected)/mappings/page');
    const html = await renderPage(await Page({ params: Promise.resolve({ locale: 'fi' }) }));
    expect(html).toContain('Vastaavuudet: Lähellä.fi');
    expect(html).toContain('Vastaavuudet: PTV (Suomi.fi)');
    expect(html).toContain('Ikäihmiset');
    expect(html).toContain('Vastine koodille ht_metsaretket');
    expect(html).toContain('name="sourceCode" value="ht_metsaretket"');
    expect(html).toContain('Aluetta ei tunnistettu');
    expect(html).toContain('aria-label="Poista vastaavuus ht_liikunta → Fyysinen terveys"');
    expect(html).not.toMatch(/Admin\.mappings/);
  });
});
