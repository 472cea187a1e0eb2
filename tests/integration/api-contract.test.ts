import { beforeAll, describe, expect, it } from 'vitest';
import { GET as activities, OPTIONS as activitiesOptions } from '@/app/api/v1/activities/route';
import { GET as activity } from '@/app/api/v1/activities/[id]/route';
import { GET as organizations } from '@/app/api/v1/organizations/route';
import { GET as organization } from '@/app/api/v1/organizations/[id]/route';
import { GET as taxonomies } from '@/app/api/v1/taxonomies/route';
import { GET as municipalities } from '@/app/api/v1/municipalities/route';
import { GET as openapi } from '@/app/api/v1/openapi.json/route';
import { GET as docs } from '@/app/api/v1/docs/route';
import { GET as hsdsServices } from '@/app/api/hsds/services/route';
import { GET as hsdsService } from '@/app/api/hsds/services/[id]/route';
import { GET as hsdsOrganizations } from '@/app/api/hsds/organizations/route';
import { GET as hsdsOrganization } from '@/app/api/hsds/organizations/[id]/route';
import { GET as hsdsLocations } from '@/app/api/hsds/locations/route';
import { GET as hsdsTaxonomies } from '@/app/api/hsds/taxonomies/route';
import { GET as hsdsTerms } from '@/app/api/hsds/taxonomy_terms/route';
import { GET as hsdsMeta } from '@/app/api/hsds/route';
import { GET as hsdsServiceAtLocations } from '@/app/api/hsds/service_at_locations/route';
import { GET as hsdsServiceAtLocation } from '@/app/api/hsds/service_at_locations/[id]/route';
import { GET as hsdsTaxonomy } from '@/app/api/hsds/taxonomies/[id]/route';
import { GET as hsdsTerm } from '@/app/api/hsds/taxonomy_terms/[id]/route';
import { GET as unknownApi, POST as unknownApiPost } from '@/app/api/[...path]/route';
import { useTestDatabase } from '../support/use-test-database';
import { ContractValidator, expectNoSecrets, seedCatalogue, SECRET } from './api-support';

const db = useTestDatabase();
const contract = new ContractValidator();
let secretIds: string[] = [];
let secretOrgId = '';
let publicOrgSlug = '';

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
const call = (handler: Handler, url: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  handler(new Request(`http://localhost${url}`, { headers }), { params: Promise.resolve(params as { id: string }) });

beforeAll(async () => {
  process.env.API_RATE_LIMIT_PER_MINUTE = '100000';
  ({ secretIds, secretOrgId, publicOrgSlug } = await seedCatalogue(db.current));
});

type ActivityList = { data: { id: string; slug: string; title: unknown; isFree: boolean; ageGroups: string[] }[]; page: { total: number; nextCursor: string | null } };

describe('/api/v1 contract', () => {
  it('lists activities with the search filters, pages with cursors, and validates against the document', async () => {
    const first = (await contract.check(await call(activities, '/api/v1/activities?limit=7'), '/api/v1/activities', 200)) as ActivityList;
    expect(first.data).toHaveLength(7);
    const published = await db.current.prisma.activity.count({ where: { status: 'PUBLISHED' } });
    expect(first.page.total).toBe(published);
    const seen = new Set(first.data.map((a) => a.id));
    let cursor = first.page.nextCursor;
    let pages = 1;
    while (cursor) {
      const page = (await contract.check(
        await call(activities, `/api/v1/activities?limit=7&cursor=${cursor}`),
        '/api/v1/activities',
        200,
      )) as ActivityList;
      for (const item of page.data) seen.add(item.id);
      cursor = page.page.nextCursor;
      pages += 1;
    }
    expect(seen.size).toBe(published);
    expect(pages).toBe(Math.ceil(published / 7));

    const filtered = (await contract.check(
      await call(activities, '/api/v1/activities?free=1&age=seniors&municipality=raahe,oulu&sort=name&locale=fi'),
      '/api/v1/activities',
      200,
    )) as ActivityList;
    for (const item of filtered.data) {
      expect(item.isFree).toBe(true);
      expect(item.ageGroups).toContain('seniors');
      expect(typeof item.title).toBe('string');
    }
    const text = (await contract.check(await call(activities, '/api/v1/activities?q=kahvila&locale=sv'), '/api/v1/activities', 200)) as ActivityList;
    expect(text.page.total).toBeGreaterThanOrEqual(0);
  });

  it('answers one activity by id and by slug, with localized or all-language texts', async () => {
    const list = (await (await call(activities, '/api/v1/activities?limit=1')).json()) as ActivityList;
    const { id, slug } = list.data[0]!;
    const byId = (await contract.check(await call(activity, `/api/v1/activities/${id}`, { id }), '/api/v1/activities/{id}', 200)) as { title: Record<string, string | null> };
    expect(byId.title).toHaveProperty('fi');
    const bySlug = (await contract.check(
      await call(activity, `/api/v1/activities/${slug}?locale=sv`, { id: slug }),
      '/api/v1/activities/{id}',
      200,
    )) as { id: string; title: string };
    expect(bySlug.id).toBe(id);
    expect(typeof bySlug.title).toBe('string');
  });

  it('answers organisations, taxonomies and municipalities', async () => {
    const orgs = (await contract.check(await call(organizations, '/api/v1/organizations?limit=100'), '/api/v1/organizations', 200)) as {
      data: { slug: string; activityCount: number }[];
    };
    expect(orgs.data.length).toBeGreaterThan(0);
    expect(orgs.data.every((o) => o.activityCount > 0)).toBe(true);
    const org = (await contract.check(
      await call(organization, `/api/v1/organizations/${publicOrgSlug}`, { id: publicOrgSlug }),
      '/api/v1/organizations/{id}',
      200,
    )) as { activities: unknown[] };
    expect(org.activities.length).toBeGreaterThan(0);
    const tax = (await contract.check(await call(taxonomies, '/api/v1/taxonomies'), '/api/v1/taxonomies', 200)) as { themes: unknown[] };
    expect(tax.themes.length).toBeGreaterThan(0);
    await contract.check(await call(taxonomies, '/api/v1/taxonomies?locale=en'), '/api/v1/taxonomies', 200);
    const mun = (await contract.check(await call(municipalities, '/api/v1/municipalities?locale=sv'), '/api/v1/municipalities', 200)) as {
      data: { slug: string; name: string }[];
    };
    expect(mun.data.find((m) => m.slug === 'raahe')?.name).toBe('Brahestad');
  });

  it('serves ETags with 304, cache and CORS headers, and a preflight', async () => {
    const response = await call(taxonomies, '/api/v1/taxonomies');
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const again = await call(taxonomies, '/api/v1/taxonomies', {}, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const preflight = activitiesOptions();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('publishes the OpenAPI 3.1 document and a readable docs page', async () => {
    const document = (await (await call(openapi, '/api/v1/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/v1/activities', '/api/hsds/services']));
    const page = await call(docs, '/api/v1/docs');
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('/api/v1/activities/{id}');
    expect(html).not.toContain('<script');
  });

  const badRequests: [string, Handler, string, Record<string, string>, string[]][] = [
    ['unknown parameter', activities, '/api/v1/activities?colour=red', {}, ['colour']],
    ['page is not an API parameter', activities, '/api/v1/activities?page=2', {}, ['page']],
    ['limit too large', activities, '/api/v1/activities?limit=1000', {}, ['limit']],
    ['limit zero', activities, '/api/v1/activities?limit=0', {}, ['limit']],
    ['limit not a number', activities, '/api/v1/activities?limit=many', {}, ['limit']],
    ['limit fractional', activities, '/api/v1/activities?limit=2.5', {}, ['limit']],
    ['unknown theme code', activities, '/api/v1/activities?theme=nope', {}, ['theme']],
    ['unknown municipality', activities, '/api/v1/activities?municipality=atlantis', {}, ['municipality']],
    ['bad provider', activities, '/api/v1/activities?provider=alien', {}, ['provider']],
    ['bad sort', activities, '/api/v1/activities?sort=random', {}, ['sort']],
    ['bad date', activities, '/api/v1/activities?date=range&from=2026-02-30', {}, ['from']],
    ['bad date preset', activities, '/api/v1/activities?date=yesterday', {}, ['date']],
    ['bad flag', activities, '/api/v1/activities?free=maybe', {}, ['free']],
    ['repeated scalar', activities, '/api/v1/activities?sort=name&sort=updated', {}, ['sort']],
    ['q too long', activities, `/api/v1/activities?q=${'a'.repeat(300)}`, {}, ['q']],
    ['bad locale', activities, '/api/v1/activities?locale=de', {}, ['locale']],
    ['malformed cursor', activities, '/api/v1/activities?cursor=!!!', {}, ['cursor']],
    ['garbage cursor', activities, '/api/v1/activities?cursor=aGVsbG8', {}, ['cursor']],
    ['several errors at once', activities, '/api/v1/activities?limit=0&x=1', {}, ['limit', 'x']],
    ['unknown parameter on one activity', activity, '/api/v1/activities/x?lang=fi', { id: 'x' }, ['lang']],
    ['organisations limit', organizations, '/api/v1/organizations?limit=101', {}, ['limit']],
    ['organisations cursor', organizations, '/api/v1/organizations?cursor=zzz', {}, ['cursor']],
    ['taxonomies unknown parameter', taxonomies, '/api/v1/taxonomies?foo=1', {}, ['foo']],
    ['municipalities bad locale', municipalities, '/api/v1/municipalities?locale=xx', {}, ['locale']],
    ['hsds per_page too large', hsdsServices, '/api/hsds/services?per_page=1000', {}, ['per_page']],
    ['hsds page zero', hsdsServices, '/api/hsds/services?page=0', {}, ['page']],
    ['hsds bad organization_id', hsdsServices, '/api/hsds/services?organization_id=abc', {}, ['organization_id']],
    ['hsds bad boolean', hsdsTerms, '/api/hsds/taxonomy_terms?top_only=yes', {}, ['top_only']],
    ['hsds bad format', hsdsServices, '/api/hsds/services?format=xml', {}, ['format']],
    ['hsds bad modified_after', hsdsServices, '/api/hsds/services?modified_after=2026-13-01', {}, ['modified_after']],
    ['hsds unknown parameter', hsdsServices, '/api/hsds/services?colour=red', {}, ['colour']],
    ['empty list item', activities, '/api/v1/activities?theme=', {}, ['theme']],
    ['empty item among codes', activities, '/api/v1/activities?age=seniors,,youth', {}, ['age']],
  ];

  it.each(badRequests)('answers 400 with a problem document: %s', async (_name, handler, url, params, parameters) => {
    const response = await call(handler, url, params);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const template = url.startsWith('/api/hsds/services')
      ? '/api/hsds/services'
      : url.startsWith('/api/hsds/taxonomy_terms')
        ? '/api/hsds/taxonomy_terms'
        : url.startsWith('/api/v1/activities/')
          ? '/api/v1/activities/{id}'
          : new URL(`http://localhost${url}`).pathname;
    const body = (await contract.check(response, template, 400)) as { errors: { parameter: string }[]; instance: string; status: number };
    expect(body.status).toBe(400);
    expect(body.instance).toBe(new URL(`http://localhost${url}`).pathname);
    expect(body.errors.map((e) => e.parameter).sort()).toEqual([...parameters].sort());
  });

  it('rejects a cursor from another query', async () => {
    const first = (await (await call(activities, '/api/v1/activities?limit=5')).json()) as ActivityList;
    const response = await call(activities, `/api/v1/activities?limit=5&free=1&cursor=${first.page.nextCursor}`);
    const body = (await contract.check(response, '/api/v1/activities', 400)) as { errors: { parameter: string; message: string }[] };
    expect(body.errors[0]).toMatchObject({ parameter: 'cursor' });
    expect(body.errors[0]!.message).toMatch(/another query/);
    const otherLimit = await call(activities, `/api/v1/activities?limit=6&cursor=${first.page.nextCursor}`);
    expect(otherLimit.status).toBe(400);
  });

  it('answers 404 problems for unknown ids', async () => {
    const cases: [Handler, string, string, string][] = [
      [activity, '/api/v1/activities/{id}', '/api/v1/activities/no-such-thing', 'no-such-thing'],
      [activity, '/api/v1/activities/{id}', '/api/v1/activities/00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000000'],
      [organization, '/api/v1/organizations/{id}', '/api/v1/organizations/nobody', 'nobody'],
      [hsdsService, '/api/hsds/services/{id}', '/api/hsds/services/not-a-uuid', 'not-a-uuid'],
      [hsdsOrganization, '/api/hsds/organizations/{id}', '/api/hsds/organizations/00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000000'],
      [hsdsServiceAtLocation, '/api/hsds/service_at_locations/{id}', '/api/hsds/service_at_locations/00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000000'],
      [hsdsTaxonomy, '/api/hsds/taxonomies/{id}', '/api/hsds/taxonomies/nope', 'nope'],
      [hsdsTerm, '/api/hsds/taxonomy_terms/{id}', '/api/hsds/taxonomy_terms/00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000000'],
    ];
    for (const [handler, template, url, id] of cases) {
      const response = await call(handler, url, { id });
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      await contract.check(response, template, 404);
    }
  });
});

describe('/api/hsds export', () => {
  type Page = { total_items: number; total_pages: number; contents: Record<string, unknown>[]; last_page: boolean };

  it('exports services as HSDS 3.0, validated against the HSDS schemas', async () => {
    const list = (await contract.check(await call(hsdsServices, '/api/hsds/services?per_page=100&full=true'), '/api/hsds/services', 200)) as Page;
    const published = await db.current.prisma.activity.count({ where: { status: 'PUBLISHED' } });
    expect(list.total_items).toBe(published);
    for (const service of list.contents) contract.hsds('service.json', service);
    const withSchedule = list.contents.find((s) => (s.schedules as { freq?: string }[]).some((x) => x.freq));
    expect(withSchedule).toBeDefined();
    const withAttributes = list.contents.find((s) => (s.attributes as unknown[]).length > 0);
    expect(withAttributes).toBeDefined();

    const id = list.contents[0]!.id as string;
    const detail = (await contract.check(await call(hsdsService, `/api/hsds/services/${id}?locale=sv`, { id }), '/api/hsds/services/{id}', 200)) as Record<string, unknown>;
    contract.hsds('service.json', detail);

    const paged = (await contract.check(await call(hsdsServices, '/api/hsds/services?per_page=10&page=2&search=a'), '/api/hsds/services', 200)) as Page;
    for (const service of paged.contents) contract.hsds('service.json', service);
  });

  it('exports organizations, locations, taxonomies and terms', async () => {
    const orgs = (await contract.check(await call(hsdsOrganizations, '/api/hsds/organizations'), '/api/hsds/organizations', 200)) as Page;
    for (const org of orgs.contents) contract.hsds('organization.json', org);
    const id = orgs.contents[0]!.id as string;
    contract.hsds('organization.json', await contract.check(await call(hsdsOrganization, `/api/hsds/organizations/${id}`, { id }), '/api/hsds/organizations/{id}', 200));
    const locations = (await contract.check(await call(hsdsLocations, '/api/hsds/locations?per_page=100'), '/api/hsds/locations', 200)) as Page;
    for (const location of locations.contents) contract.hsds('location.json', location);
    const taxonomyPage = (await contract.check(await call(hsdsTaxonomies, '/api/hsds/taxonomies'), '/api/hsds/taxonomies', 200)) as Page;
    expect(taxonomyPage.total_items).toBe(6);
    const terms = (await contract.check(await call(hsdsTerms, '/api/hsds/taxonomy_terms?per_page=100&locale=en'), '/api/hsds/taxonomy_terms', 200)) as Page;
    expect(terms.total_items).toBeGreaterThan(20);

    const termId = terms.contents.find((t) => t.code === 'seniors')!.id as string;
    const seniors = (await contract.check(await call(hsdsServices, `/api/hsds/services?taxonomy_term_id=${termId}`), '/api/hsds/services', 200)) as Page;
    const expected = await db.current.prisma.activity.count({ where: { status: 'PUBLISHED', ageGroups: { some: { ageGroupCode: 'seniors' } } } });
    expect(seniors.total_items).toBe(expected);
  });
});

describe('HSDS API levels 1 and 2', () => {
  type Page = { total_items: number; total_pages: number; page_number: number; contents: Record<string, unknown>[]; last_page: boolean };
  type Sal = { id: string; service_id: string; location_id: string; location: { id: string; location_type: string }; schedules?: Record<string, unknown>[] };

  /** Every item of a list endpoint, page by page, each page checked against the document. */
  async function everything(handler: Handler, url: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    for (let page = 1; ; page += 1) {
      const separator = url.includes('?') ? '&' : '?';
      const body = (await contract.check(await call(handler, `${url}${separator}per_page=100&page=${page}`), new URL(`http://x${url}`).pathname, 200)) as Page;
      expect(body.page_number).toBe(page);
      items.push(...body.contents);
      if (body.last_page) return items;
    }
  }

  it('describes itself at GET /', async () => {
    const meta = (await contract.check(await call(hsdsMeta, '/api/hsds'), '/api/hsds', 200)) as { version: string; openapi_url: string };
    expect(meta.version).toBe('3.0');
    expect(meta.openapi_url).toMatch(/\/api\/v1\/openapi\.json$/);
  });

  it('accepts every services parameter of the specification', async () => {
    const published = await db.current.prisma.activity.count({ where: { status: 'PUBLISHED' } });
    const minimal = (await contract.check(await call(hsdsServices, '/api/hsds/services?minimal=true&format=json&per_page=100'), '/api/hsds/services', 200)) as Page;
    expect(minimal.total_items).toBe(published);
    for (const service of minimal.contents) {
      expect(Object.keys(service).sort()).toEqual(['id', 'last_modified', 'name', 'status']);
      contract.hsds('compiled/service_list.json', service);
    }

    const ndjson = await call(hsdsServices, '/api/hsds/services?format=ndjson&minimal=true');
    expect(ndjson.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await ndjson.text()).trim().split('\n').map((line) => JSON.parse(line) as { id: string });
    expect(lines).toHaveLength(published);
    expect(new Set(lines.map((l) => l.id)).size).toBe(published);

    const future = (await contract.check(await call(hsdsServices, '/api/hsds/services?modified_after=2999-01-01'), '/api/hsds/services', 200)) as Page;
    expect(future.total_items).toBe(0);
    const past = (await contract.check(await call(hsdsServices, '/api/hsds/services?modified_after=2000-01-01T00:00:00'), '/api/hsds/services', 200)) as Page;
    expect(past.total_items).toBe(published);

    const taxonomies = (await (await call(hsdsTaxonomies, '/api/hsds/taxonomies')).json()) as Page;
    const themes = taxonomies.contents.find((t) => String(t.name).includes('themes'))!;
    const themed = (await contract.check(await call(hsdsServices, `/api/hsds/services?taxonomy_id=${themes.id}&full=true&per_page=5`), '/api/hsds/services', 200)) as Page;
    const withThemes = await db.current.prisma.activity.count({ where: { status: 'PUBLISHED', themes: { some: {} } } });
    expect(themed.total_items).toBe(withThemes);
    for (const service of themed.contents) contract.hsds('service.json', service);

    const org = await db.current.prisma.organization.findFirstOrThrow({ where: { slug: publicOrgSlug } });
    const byOrg = (await contract.check(await call(hsdsServices, `/api/hsds/services?organization_id=${org.id}&search=${'a'}`), '/api/hsds/services', 200)) as Page;
    for (const service of byOrg.contents) expect(service.organization_id).toBe(org.id);
  });

  it('lists service-at-locations whose locations are all in /locations, with schedules of their own', async () => {
    const sals = (await everything(hsdsServiceAtLocations, '/api/hsds/service_at_locations?full=true')) as unknown as Sal[];
    const channels = await db.current.prisma.activityChannel.count({
      where: { type: { not: 'PHONE' }, activity: { status: 'PUBLISHED' } },
    });
    expect(sals).toHaveLength(channels);
    expect(sals.some((s) => s.location.location_type === 'virtual')).toBe(true);
    for (const sal of sals) {
      contract.hsds('compiled/service_at_location_list.json', sal);
      contract.hsds('service_at_location.json', sal);
      expect(sal.location_id).toBe(sal.location.id);
    }
    const locations = await everything(hsdsLocations, '/api/hsds/locations');
    const locationIds = new Set(locations.map((l) => l.id));
    for (const sal of sals) expect(locationIds.has(sal.location_id)).toBe(true);

    // Schedule ids name one object each; nested ones point at their service-at-location.
    const services = await everything(hsdsServices, '/api/hsds/services?full=true');
    const ids = new Map<string, string>();
    for (const service of services) {
      for (const schedule of service.schedules as { id: string; service_id?: string }[]) {
        expect(schedule.service_id).toBe(service.id);
        expect(ids.has(schedule.id)).toBe(false);
        ids.set(schedule.id, 'service');
      }
      for (const sal of service.service_at_locations as Sal[]) {
        for (const schedule of sal.schedules ?? []) {
          expect(schedule).not.toHaveProperty('service_id');
          expect(schedule.service_at_location_id).toBe(sal.id);
          expect(ids.has(schedule.id as string)).toBe(false);
          ids.set(schedule.id as string, 'sal');
        }
      }
    }

    const withPlace = sals.find((s) => s.location.location_type === 'physical')!;
    const detail = (await contract.check(
      await call(hsdsServiceAtLocation, `/api/hsds/service_at_locations/${withPlace.id}?locale=sv`, { id: withPlace.id }),
      '/api/hsds/service_at_locations/{id}',
      200,
    )) as Sal & { service: { id: string } };
    contract.hsds('service_at_location.json', detail);
    expect(detail.service.id).toBe(withPlace.service_id);

    const address = await db.current.prisma.activityChannel.findFirstOrThrow({
      where: { type: 'PLACE', postalCode: { not: null }, activity: { status: 'PUBLISHED' } },
    });
    const byPostcode = (await everything(hsdsServiceAtLocations, `/api/hsds/service_at_locations?postcode=${address.postalCode}&proximity=1000`)) as unknown as Sal[];
    expect(byPostcode.map((s) => s.id)).toContain(address.id);
    expect(byPostcode.length).toBeLessThan(sals.length);
  });

  it('answers taxonomies and terms by id, with the term filters', async () => {
    const taxonomies = await everything(hsdsTaxonomies, '/api/hsds/taxonomies?search=age%20groups');
    expect(taxonomies.map((t) => t.name)).toEqual(['Polku age groups']);
    const ageGroups = taxonomies[0]!;
    const one = await contract.check(await call(hsdsTaxonomy, `/api/hsds/taxonomies/${ageGroups.id}`, { id: ageGroups.id as string }), '/api/hsds/taxonomies/{id}', 200);
    expect(one).toEqual(ageGroups);
    contract.hsds('taxonomy.json', one);

    const terms = await everything(hsdsTerms, `/api/hsds/taxonomy_terms?taxonomy_id=${ageGroups.id}&top_only=true`);
    expect(terms.length).toBeGreaterThan(2);
    for (const term of terms) expect(term.taxonomy_id).toBe(ageGroups.id);
    const seniors = terms.find((t) => t.code === 'seniors')!;
    const term = await contract.check(await call(hsdsTerm, `/api/hsds/taxonomy_terms/${seniors.id}?locale=sv`, { id: seniors.id as string }), '/api/hsds/taxonomy_terms/{id}', 200);
    contract.hsds('taxonomy_term.json', term);
    const children = (await contract.check(await call(hsdsTerms, `/api/hsds/taxonomy_terms?parent_id=${seniors.id}`), '/api/hsds/taxonomy_terms', 200)) as Page;
    expect(children.total_items).toBe(0);
    const searched = await everything(hsdsTerms, '/api/hsds/taxonomy_terms?search=seniors&locale=en');
    expect(searched.map((t) => t.id)).toContain(seniors.id);
  });

  it('nests services and locations in organizations on request', async () => {
    const plain = (await contract.check(await call(hsdsOrganizations, '/api/hsds/organizations?per_page=3'), '/api/hsds/organizations', 200)) as Page;
    for (const org of plain.contents) {
      contract.hsds('compiled/organization_list.json', org);
      expect(org).not.toHaveProperty('services');
    }
    const full = (await contract.check(await call(hsdsOrganizations, '/api/hsds/organizations?per_page=3&full=true'), '/api/hsds/organizations', 200)) as Page;
    for (const org of full.contents) {
      contract.hsds('organization.json', org);
      expect((org.services as unknown[]).length).toBeGreaterThan(0);
    }
    const id = plain.contents[0]!.id as string;
    const detail = (await contract.check(
      await call(hsdsOrganization, `/api/hsds/organizations/${id}?full_service=true`, { id }),
      '/api/hsds/organizations/{id}',
      200,
    )) as { services: { schedules?: unknown[] }[] };
    contract.hsds('organization.json', detail);
    expect(detail.services.every((service) => Array.isArray(service.schedules))).toBe(true);
    const name = String(plain.contents[0]!.name).split(' ')[0]!;
    const searched = await everything(hsdsOrganizations, `/api/hsds/organizations?search=${encodeURIComponent(name)}`);
    expect(searched.map((o) => o.id)).toContain(id);
  });

  it('answers unknown API addresses with a problem document', async () => {
    for (const response of [
      await unknownApi(new Request('http://localhost/api/v2/things')),
      await unknownApiPost(new Request('http://localhost/api/hsds/nothing', { method: 'POST' })),
    ]) {
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(((await response.json()) as { status: number }).status).toBe(404);
    }
  });
});

describe('non-published activities never leak', () => {
  it('not from any list, lookup or export', async () => {
    const bodies: string[] = [];
    const grab = async (handler: Handler, url: string, params: Record<string, string> = {}) => {
      const response = await call(handler, url, params);
      bodies.push(await response.text());
      return response;
    };
    await grab(activities, '/api/v1/activities?limit=100');
    await grab(activities, `/api/v1/activities?q=${SECRET.title}`);
    await grab(activities, '/api/v1/activities?municipality=raahe&limit=100&free=1&age=seniors');
    await grab(organizations, '/api/v1/organizations?limit=100');
    await grab(organization, `/api/v1/organizations/${publicOrgSlug}`, { id: publicOrgSlug });
    await grab(hsdsServices, '/api/hsds/services?per_page=100&full=1');
    await grab(hsdsServices, `/api/hsds/services?search=${SECRET.title}`);
    await grab(hsdsOrganizations, '/api/hsds/organizations?per_page=100');
    await grab(hsdsLocations, '/api/hsds/locations?per_page=100');
    await grab(hsdsServiceAtLocations, '/api/hsds/service_at_locations?per_page=100&full=true');
    await grab(hsdsServices, '/api/hsds/services?format=ndjson');
    await grab(hsdsOrganizations, '/api/hsds/organizations?per_page=100&full_service=true');
    for (const text of bodies) expectNoSecrets(text, secretIds, secretOrgId);

    for (const id of secretIds) {
      expect((await call(activity, `/api/v1/activities/${id}`, { id })).status).toBe(404);
      expect((await call(hsdsService, `/api/hsds/services/${id}`, { id })).status).toBe(404);
    }
    for (const slug of [SECRET.hidden, SECRET.draft, SECRET.archived]) {
      expect((await call(activity, `/api/v1/activities/${slug}`, { id: slug })).status).toBe(404);
    }
    expect((await call(organization, `/api/v1/organizations/${SECRET.orgSlug}`, { id: SECRET.orgSlug })).status).toBe(404);
    expect((await call(hsdsOrganization, `/api/hsds/organizations/${secretOrgId}`, { id: secretOrgId })).status).toBe(404);
  });
});
