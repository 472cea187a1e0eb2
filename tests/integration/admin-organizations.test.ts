import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createOrganizationAction, updateOrganizationAction } from '@/server/admin/organizations/actions';
import { parseOrganizationFilters } from '@/server/admin/organizations/filters';
import { getOrganizationForEdit, listOrganizations } from '@/server/admin/organizations/queries';
import { isValidBusinessId } from '@/server/admin/organizations/schemas';
import { useTestDatabase } from '../support/use-test-database';
import { renderPage } from '../support/render-page';
import { FakeBrowser, navigationOutcome } from '../support/fake-request';
import { loggedInAs } from '../support/auth-users';

// Pages render on the server with the real queries; translations, links and the login check
// are stood in for, since Next's request context is not available here.
vi.mock('next-intl/server', () => import('../support/admin-page-mocks').then((m) => m.nextIntlServer()));
vi.mock('@/i18n/navigation', () => import('../support/admin-page-mocks').then((m) => m.navigation()));
vi.mock('@/server/auth/session', (importOriginal) => import('../support/admin-page-mocks').then((m) => m.session(importOriginal)));

const db = useTestDatabase();
let coordinator: Awaited<ReturnType<typeof loggedInAs>>;
let admin: Awaited<ReturnType<typeof loggedInAs>>;

beforeAll(async () => {
  coordinator = await loggedInAs(db.current.prisma, 'COORDINATOR');
  admin = await loggedInAs(db.current.prisma, 'ADMIN');
});

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};

const valid = {
  nameFi: 'Kalajoen Kävelijät ry (demo)',
  nameSv: '',
  nameEn: '',
  descriptionFi: 'Kävelylenkkejä joka tiistai.',
  providerType: 'ASSOCIATION',
  businessId: '2345678-0',
  website: 'kavelijat.example.org',
  email: 'Info@Kavelijat.Example.org',
  phone: '040 000 0123',
  municipalityCode: '071',
};

describe('business id check digit', () => {
  it('accepts valid ids and refuses wrong check digits and formats', () => {
    expect(isValidBusinessId('2345678-0')).toBe(true);
    expect(isValidBusinessId('0737546-2')).toBe(true);
    expect(isValidBusinessId('0737546-3')).toBe(false);
    expect(isValidBusinessId('1234567-1')).toBe(true);
    expect(isValidBusinessId('1234567-8')).toBe(false);
    // Remainder 1 is never issued, whatever the check digit.
    for (let digit = 0; digit <= 9; digit++) expect(isValidBusinessId(`1000008-${digit}`)).toBe(false);
    expect(isValidBusinessId('07375462')).toBe(false);
    expect(isValidBusinessId('737546-2')).toBe(false);
  });
});

describe('organisation actions', () => {
  it('refuse anonymous callers', async () => {
    const before = await db.current.prisma.organization.count();
    expect(await new FakeBrowser().run(() => createOrganizationAction(null, form(valid)))).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await db.current.prisma.organization.count()).toBe(before);
  });

  it('refuse bad input with translated keys and change nothing', async () => {
    const before = await db.current.prisma.organization.count();
    const auditBefore = await db.current.prisma.auditLog.count({ where: { action: 'organization.create' } });
    const result = await coordinator.browser.run(() =>
      createOrganizationAction(
        null,
        form({
          nameFi: ' ',
          providerType: 'CLUB',
          businessId: '2345678-1',
          website: 'javascript:alert(1)',
          email: 'not an address',
          phone: 'call us',
          municipalityCode: 'x',
        }),
      ),
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: {
        nameFi: 'nameRequired',
        providerType: 'providerType',
        businessId: 'businessId',
        website: 'website',
        email: 'email',
        phone: 'phone',
        municipalityCode: 'municipality',
      },
      // The form shows what was typed again.
      values: { businessId: '2345678-1', phone: 'call us' },
    });
    expect(
      await coordinator.browser.run(() => createOrganizationAction(null, form({ ...valid, website: 'ftp://files.example.org' }))),
    ).toMatchObject({ ok: false, fieldErrors: { website: 'website' } });
    // A municipality code that is well formed but not one of ours.
    expect(await coordinator.browser.run(() => createOrganizationAction(null, form({ ...valid, municipalityCode: '091' })))).toMatchObject({
      ok: false,
      fieldErrors: { municipalityCode: 'municipality' },
    });
    expect(await db.current.prisma.organization.count()).toBe(before);
    expect(await db.current.prisma.auditLog.count({ where: { action: 'organization.create' } })).toBe(auditBefore);
  });

  it('create a manual organisation with a unique slug and an audit entry', async () => {
    const first = await coordinator.browser.run(() => createOrganizationAction(null, form(valid)));
    expect(first).toMatchObject({ ok: true, done: 'created' });
    const second = await coordinator.browser.run(() => createOrganizationAction(null, form({ ...valid, businessId: '' })));
    expect(second).toMatchObject({ ok: true, done: 'created' });
    if (!first.ok || !second.ok) throw new Error('unreachable');
    const a = await db.current.prisma.organization.findUniqueOrThrow({ where: { id: first.id } });
    const b = await db.current.prisma.organization.findUniqueOrThrow({ where: { id: second.id } });
    expect(a).toMatchObject({
      slug: 'kalajoen-kavelijat-ry-demo',
      source: 'MANUAL',
      nameSv: null,
      website: 'https://kavelijat.example.org',
      email: 'info@kavelijat.example.org',
      municipalityCode: '071',
    });
    expect(b.slug).toBe('kalajoen-kavelijat-ry-demo-2');
    expect(b.businessId).toBeNull();
    const audit = await db.current.prisma.auditLog.findFirstOrThrow({ where: { action: 'organization.create', entityId: a.id } });
    expect(audit).toMatchObject({ actorId: coordinator.userId, actorLabel: coordinator.email, entityType: 'Organization' });
    expect(audit.after).toMatchObject({ slug: a.slug, nameFi: valid.nameFi, businessId: '2345678-0' });
    expect(audit.after).not.toHaveProperty('nameSv');
  });

  it('update only changed fields, audit before/after, and detect a concurrent edit', async () => {
    const created = await coordinator.browser.run(() =>
      createOrganizationAction(null, form({ ...valid, nameFi: 'Raahen Perhekahvila (demo)', municipalityCode: '678' })),
    );
    if (!created.ok) throw new Error('create failed');
    const loaded = await getOrganizationForEdit(created.id);
    const version = loaded!.updatedAt.toISOString();
    expect(version).toBe(created.version);
    const edit = { ...valid, nameFi: 'Raahen Perhekahvila (demo)', municipalityCode: '678', id: created.id, version };

    // Nothing changed: no write and no audit entry.
    const same = await coordinator.browser.run(() => updateOrganizationAction(null, form(edit)));
    expect(same).toMatchObject({ ok: true, done: 'unchanged', version });

    const updated = await coordinator.browser.run(() =>
      updateOrganizationAction(null, form({ ...edit, nameSv: 'Brahestads familjecafé (demo)', phone: '' })),
    );
    expect(updated).toMatchObject({ ok: true, done: 'updated' });
    if (!updated.ok) throw new Error('unreachable');
    expect(updated.version).not.toBe(version);
    const audits = await db.current.prisma.auditLog.findMany({ where: { action: 'organization.update', entityId: created.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.before).toEqual({ nameSv: null, phone: '040 000 0123' });
    expect(audits[0]!.after).toEqual({ nameSv: 'Brahestads familjecafé (demo)', phone: null });

    // A second editor still holding the first version is refused, and nothing changes.
    const stale = await admin.browser.run(() => updateOrganizationAction(null, form({ ...edit, nameFi: 'Toinen nimi' })));
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT' });
    const row = await db.current.prisma.organization.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.nameFi).toBe('Raahen Perhekahvila (demo)');
    expect(row.updatedAt.toISOString()).toBe(updated.version);

    // Invalid input on an edit changes nothing either.
    const invalid = await coordinator.browser.run(() =>
      updateOrganizationAction(null, form({ ...edit, version: updated.version, nameFi: '', nameSv: '', nameEn: '' })),
    );
    expect(invalid).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { nameFi: 'nameRequired' } });
    const noVersion = await coordinator.browser.run(() => updateOrganizationAction(null, form({ ...edit, version: 'yesterday' })));
    expect(noVersion).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { version: 'version' } });
    expect(await db.current.prisma.auditLog.count({ where: { action: 'organization.update', entityId: created.id } })).toBe(1);

    expect(
      await coordinator.browser.run(() =>
        updateOrganizationAction(null, form({ ...edit, id: '01900000-0000-7000-8000-0000000000ff', version: updated.version })),
      ),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('refuse to edit an organisation the sync owns', async () => {
    const synced = await db.current.prisma.organization.create({
      data: { slug: 'synkattu-yhdistys', nameFi: 'Synkattu yhdistys (demo)', providerType: 'ASSOCIATION', source: 'LAHELLA', externalId: 'lh-grp-1' },
    });
    const result = await coordinator.browser.run(() =>
      updateOrganizationAction(null, form({ ...valid, id: synced.id, version: synced.updatedAt.toISOString() })),
    );
    expect(result).toMatchObject({ ok: false, code: 'SYNCED' });
    expect((await db.current.prisma.organization.findUniqueOrThrow({ where: { id: synced.id } })).nameFi).toBe('Synkattu yhdistys (demo)');
  });
});

describe('organisation list', () => {
  it('searches by name, filters by type and source, counts activities and pages', async () => {
    const prisma = db.current.prisma;
    const parish = await prisma.organization.create({
      data: { slug: 'iin-seurakunta-demo', nameFi: 'Iin seurakunta (demo)', nameSv: 'Ijo församling (demo)', providerType: 'PARISH' },
    });
    await prisma.activity.create({ data: { slug: 'iin-kerho-demo', titleFi: 'Kerho', providerType: 'PARISH', organizationId: parish.id } });
    const bySwedishName = await listOrganizations(parseOrganizationFilters({ q: 'ijo FÖRS' }));
    expect(bySwedishName.items.map((o) => o.id)).toEqual([parish.id]);
    expect(bySwedishName.items[0]!.activityCount).toBe(1);

    const parishes = await listOrganizations(parseOrganizationFilters({ type: 'PARISH' }));
    expect(parishes.items.every((o) => o.providerType === 'PARISH')).toBe(true);
    const synced = await listOrganizations(parseOrganizationFilters({ source: 'LAHELLA' }));
    expect(synced.items.map((o) => o.slug)).toEqual(['synkattu-yhdistys']);

    // Unknown values are ignored, a page past the end shows the last page.
    expect(parseOrganizationFilters({ type: 'CLUB', source: 'X', page: '-3' })).toEqual({ q: '', providerType: null, source: null, page: 1 });
    const far = await listOrganizations(parseOrganizationFilters({ page: '999' }));
    expect(far.page).toBe(far.pageCount);
    expect(far.items.length).toBeGreaterThan(0);
  });
});

describe('organisation pages', () => {
  const params = (id = '') => Promise.resolve({ locale: 'fi', id });

  it('list, create and edit pages render; a synced organiser is shown read-only', async () => {
    const list = (await import('@/app/[locale]/admin/(protected)/organizations/page')).default;
    const listHtml = await renderPage(await list({ params: params(), searchParams: Promise.resolve({ q: 'iin' }) }));
    expect(listHtml).toContain('Iin seurakunta (demo)');
    expect(listHtml).toContain('Seurakunta');
    expect(listHtml).toContain('1 järjestäjä');

    const create = (await import('@/app/[locale]/admin/(protected)/organizations/new/page')).default;
    const createHtml = await renderPage(await create({ params: params() }));
    expect(createHtml).toContain('name="businessId"');
    expect(createHtml).toContain('Haapavesi');

    const edit = (await import('@/app/[locale]/admin/(protected)/organizations/[id]/page')).default;
    const manual = await db.current.prisma.organization.findFirstOrThrow({ where: { slug: 'kalajoen-kavelijat-ry-demo' } });
    const manualHtml = await renderPage(await edit({ params: params(manual.id) }));
    expect(manualHtml).toContain(`name="version" value="${manual.updatedAt.toISOString()}"`);
    expect(manualHtml).toContain('Tallenna muutokset');
    expect(manualHtml).toContain('&quot;pathname&quot;:&quot;/organizations/[slug]&quot;');

    const synced = await db.current.prisma.organization.findUniqueOrThrow({ where: { slug: 'synkattu-yhdistys' } });
    const syncedHtml = await renderPage(await edit({ params: params(synced.id) }));
    expect(syncedHtml).toContain('Järjestäjän tiedot tulevat palvelusta Lähellä.fi');
    expect(syncedHtml).not.toContain('<form');

    for (const id of ['01900000-0000-7000-8000-0000000000ff', 'not-an-id']) {
      const outcome = await edit({ params: params(id) }).then(() => 'rendered', (error: unknown) => navigationOutcome(error));
      expect(outcome).toBe('not-found');
    }
  });
});
