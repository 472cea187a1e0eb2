import { beforeAll, describe, expect, it } from 'vitest';
import { GET as searchFeed } from '@/app/api/feeds/activities.ics/route';
import { GET as organizationFeed } from '@/app/api/feeds/organizations/[file]/route';
import { GET as embed } from '@/app/embed/activities/route';
import { embedSnippet } from '@/lib/api/embed';
import { emptyFilters } from '@/lib/search/filters';
import { useTestDatabase } from '../support/use-test-database';
import { ContractValidator, expectNoSecrets, seedCatalogue, SECRET } from './api-support';

const db = useTestDatabase();
const contract = new ContractValidator();
let secretIds: string[] = [];
let secretOrgId = '';
let publicOrgSlug = '';

beforeAll(async () => {
  process.env.API_RATE_LIMIT_PER_MINUTE = '100000';
  ({ secretIds, secretOrgId, publicOrgSlug } = await seedCatalogue(db.current));
});

const get = (url: string) => new Request(`http://localhost${url}`);

function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

describe('calendar feeds', () => {
  it('writes RFC 5545 feeds for a search, with stable UIDs, CRLF and folding', async () => {
    const response = await searchFeed(get('/api/feeds/activities.ics?free=1&age=seniors&municipality=raahe'));
    const ics = (await contract.check(response, '/api/feeds/activities.ics', 200)) as string;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expectNoSecrets(ics, secretIds, secretOrgId);

    const all = (await (await searchFeed(get('/api/feeds/activities.ics'))).text());
    const lines = unfold(all);
    const uids = lines.filter((l) => l.startsWith('UID:'));
    expect(uids.length).toBeGreaterThan(0);
    expect(new Set(uids).size).toBe(uids.length);
    const horizon = Date.now() + 91 * 86_400_000;
    for (const line of lines.filter((l) => l.startsWith('DTSTART:'))) {
      const v = line.slice(8);
      const date = Date.UTC(+v.slice(0, 4), +v.slice(4, 6) - 1, +v.slice(6, 8));
      expect(date).toBeLessThan(horizon);
    }
    expectNoSecrets(all, secretIds, secretOrgId);
    // Same data, same bytes: the ETag lets calendar clients skip unchanged feeds.
    const again = await searchFeed(new Request('http://localhost/api/feeds/activities.ics', { headers: { 'if-none-match': response.headers.get('etag')! } }));
    expect([200, 304]).toContain(again.status);
  });

  it('writes an organiser feed, and 404 for unknown or non-public organisers', async () => {
    const ok = await organizationFeed(get(`/api/feeds/organizations/${publicOrgSlug}.ics?locale=sv`), {
      params: Promise.resolve({ file: `${publicOrgSlug}.ics` }),
    });
    const ics = (await contract.check(ok, '/api/feeds/organizations/{slug}.ics', 200)) as string;
    expect(ics).toContain('X-WR-CALNAME:Polku');
    expectNoSecrets(ics, secretIds, secretOrgId);
    for (const file of [`${SECRET.orgSlug}.ics`, 'nobody.ics', publicOrgSlug]) {
      const response = await organizationFeed(get(`/api/feeds/organizations/${file}`), { params: Promise.resolve({ file }) });
      await contract.check(response, '/api/feeds/organizations/{slug}.ics', 404);
    }
  });

  it('rejects bad feed parameters with a problem', async () => {
    // Types and names are checked first; codes against the taxonomies once those pass.
    for (const [query, parameter] of [['age=seniors&limit=5', 'limit'], ['age=nobody', 'age']]) {
      const response = await searchFeed(get(`/api/feeds/activities.ics?${query}`));
      const body = (await contract.check(response, '/api/feeds/activities.ics', 400)) as { errors: { parameter: string }[] };
      expect(body.errors.map((e) => e.parameter)).toEqual([parameter]);
    }
  });
});

describe('embeds', () => {
  it('renders a compact, script-free list that any site may frame', async () => {
    const response = await embed(get('/embed/activities?municipality=raahe&locale=sv&limit=5'));
    const html = (await contract.check(response, '/embed/activities', 200)) as string;
    expect(response.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(html).toContain('<html lang="sv">');
    expect(html).not.toContain('<script');
    expect((html.match(/<li>/g) ?? []).length).toBeLessThanOrEqual(5);
    for (const link of html.match(/<a [^>]*>/g) ?? []) expect(link).toContain('target="_blank" rel="noopener"');
    expect(html).toContain('/sv/verksamhet/');
    expectNoSecrets(html, secretIds, secretOrgId);
    const everything = await (await embed(get(`/embed/activities?limit=50`))).text();
    expectNoSecrets(everything, secretIds, secretOrgId);
  });

  it('answers bad input with a problem document, as the OpenAPI document says', async () => {
    const response = await embed(get('/embed/activities?limit=500&theme='));
    const body = (await contract.check(response, '/embed/activities', 400)) as { errors: { parameter: string }[] };
    expect(body.errors.map((e) => e.parameter).sort()).toEqual(['limit', 'theme']);
  });

  it('builds the iframe snippet for a search', () => {
    const filters = { ...emptyFilters(), free: true, age: ['seniors'], municipality: ['raahe'], page: 3 };
    const snippet = embedSnippet(filters, 'fi', 'https://polku.example/');
    expect(snippet).toBe(
      '<iframe src="https://polku.example/embed/activities?municipality=raahe&amp;age=seniors&amp;free=1&amp;locale=fi" title="Polku – toimintaa" width="100%" height="600" style="border:0" loading="lazy"></iframe>',
    );
  });
});
