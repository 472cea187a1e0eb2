import { beforeAll, describe, expect, it } from 'vitest';
import { GET as insightCsvRoute } from '@/app/api/admin/insight/route';
import { csvCell, toCsv } from '@/server/admin/insight/csv';
import { defaultInsightParams, parseInsightParams } from '@/server/admin/insight/params';
import { insightReport } from '@/server/admin/insight/queries';
import { useTestDatabase } from '../support/use-test-database';
import { FakeBrowser } from '../support/fake-request';
import { loggedInAs } from '../support/auth-users';

const db = useTestDatabase();
let coordinator: Awaited<ReturnType<typeof loggedInAs>>;

const OCTOBER = { from: '2026-10-01', to: '2026-10-31', maxResults: 3 };
const INJECTION = '=HYPERLINK("http://example.test/x","klikkaa")';

type Log = { at: string; query: string | null; resultCount: number; municipalityCode?: string; themeCode?: string };
const log = (at: string, query: string | null, resultCount: number, municipalityCode?: string, themeCode?: string): Log => ({
  at,
  query,
  resultCount,
  municipalityCode,
  themeCode,
});

beforeAll(async () => {
  coordinator = await loggedInAs(db.current.prisma, 'COORDINATOR');
  const logs: Log[] = [
    // One need written four ways: the same normalised query.
    log('2026-10-05T10:00:00Z', 'Äiti  vauva ', 0, '564', 'learning-growth'),
    log('2026-10-06T10:00:00Z', 'äiti vauva', 0, '564', 'learning-growth'),
    log('2026-10-07T10:00:00Z', ' ÄITI\tVAUVA', 0, '564'),
    log('2026-10-08T10:00:00Z', 'äiti vauva', 2, '072', 'learning-growth'),
    log('2026-10-09T10:00:00Z', 'äiti vauva', 20, '564'),
    log('2026-10-10T10:00:00Z', 'kuoro', 1),
    log('2026-10-11T10:00:00Z', 'kuoro', 1),
    log('2026-10-12T10:00:00Z', 'jooga', 10, '564', 'money'),
    log('2026-10-12T11:00:00Z', 'jooga', 10, '564', 'money'),
    log('2026-10-13T10:00:00Z', INJECTION, 0),
    // Filters only, no words: counted by municipality and theme, not as a query.
    log('2026-10-14T10:00:00Z', null, 0, '072', 'money'),
    log('2026-10-14T11:00:00Z', '   ', 0, '072', 'money'),
    // Period edges in Helsinki time (UTC+3 until 25 October, then UTC+2).
    log('2026-09-30T20:59:00Z', 'reuna', 0), // 30.9. 23.59
    log('2026-09-30T21:30:00Z', 'reuna', 0), // 1.10. 0.30
    log('2026-10-31T21:59:00Z', 'reuna', 0), // 31.10. 23.59
    log('2026-10-31T22:00:00Z', 'reuna', 0), // 1.11. 0.00
  ];
  await db.current.prisma.searchLog.createMany({
    data: logs.map((entry) => ({ ...entry, at: new Date(entry.at), locale: 'fi', filters: {} })),
  });
});

const csv = (browser: FakeBrowser, query: string) =>
  browser.run(() => insightCsvRoute(new Request(`http://localhost/api/admin/insight?${query}`)));

describe('insight parameters', () => {
  const now = new Date('2026-11-15T22:30:00Z'); // 16.11. 0.30 in Helsinki

  it('default to the last 30 days in Helsinki and "little" = at most 3 results', () => {
    expect(defaultInsightParams(now)).toEqual({ from: '2026-10-18', to: '2026-11-16', maxResults: 3 });
    expect(parseInsightParams({ from: '', to: '', max: '' }, now)).toEqual({ params: defaultInsightParams(now), problems: [] });
  });

  it('fall back on bad values and say why', () => {
    expect(parseInsightParams({ from: '2026-02-30', to: '2026-13-01', max: '51' }, now)).toEqual({
      params: defaultInsightParams(now),
      problems: ['from', 'to', 'maxResults'],
    });
    expect(parseInsightParams({ from: '2026-10-10', to: '2026-10-01' }, now)).toEqual({
      params: defaultInsightParams(now),
      problems: ['range'],
    });
    expect(parseInsightParams({ max: '-1' }, now).problems).toEqual(['maxResults']);
    expect(parseInsightParams({ max: '2.5' }, now).problems).toEqual(['maxResults']);
    expect(parseInsightParams({ from: "2026-10-01'; DROP TABLE x" }, now).problems).toEqual(['from']);
    expect(parseInsightParams({ from: '2026-10-01', to: '2026-10-01', max: ['0', '9'] }, now)).toEqual({
      params: { from: '2026-10-01', to: '2026-10-01', maxResults: 0 },
      problems: [],
    });
    expect(parseInsightParams({ max: '50' }, now).params.maxResults).toBe(50);
  });
});

describe('unmet-need report', () => {
  it('groups the searches that found little by normalised query', async () => {
    const report = await insightReport(OCTOBER, 'fi');
    expect(report.queries).toEqual([
      { key: 'äiti vauva', label: 'äiti vauva', lowCount: 4, zeroCount: 3, averageResults: 0.5, totalCount: 5 },
      { key: 'reuna', label: 'reuna', lowCount: 2, zeroCount: 2, averageResults: 0, totalCount: 2 },
      { key: 'kuoro', label: 'kuoro', lowCount: 2, zeroCount: 0, averageResults: 1, totalCount: 2 },
      { key: INJECTION.toLowerCase(), label: INJECTION.toLowerCase(), lowCount: 1, zeroCount: 1, averageResults: 0, totalCount: 1 },
    ]);
    expect(report.totals).toEqual({ searches: 14, low: 11, zero: 8 });
  });

  it('groups by municipality and theme with names, and a row for none chosen', async () => {
    const report = await insightReport(OCTOBER, 'fi');
    expect(report.municipalities).toEqual([
      { key: null, label: null, lowCount: 5, zeroCount: 3, averageResults: 0.4, totalCount: 5 },
      { key: '564', label: 'Oulu', lowCount: 3, zeroCount: 3, averageResults: 0, totalCount: 6 },
      { key: '072', label: 'Hailuoto', lowCount: 3, zeroCount: 2, averageResults: expect.closeTo(0.667, 2), totalCount: 3 },
    ]);
    expect(report.themes.map((row) => [row.key, row.label, row.lowCount, row.zeroCount])).toEqual([
      [null, null, 6, 4],
      ['learning-growth', 'Oppiminen ja kasvu ihmisenä', 3, 2],
      ['money', 'Arjen raha-asiat', 2, 2],
    ]);
    const sv = await insightReport(OCTOBER, 'sv');
    expect(sv.municipalities.find((row) => row.key === '564')?.label).toBe('Uleåborg');
  });

  it('follows the threshold and the period', async () => {
    const wide = await insightReport({ ...OCTOBER, maxResults: 10 }, 'fi');
    expect(wide.queries.find((row) => row.key === 'jooga')).toMatchObject({ lowCount: 2, zeroCount: 0, averageResults: 10 });
    const none = await insightReport({ ...OCTOBER, maxResults: 0 }, 'fi');
    expect(none.queries.find((row) => row.key === 'kuoro')).toBeUndefined();
    expect(none.queries[0]).toMatchObject({ key: 'äiti vauva', lowCount: 3, zeroCount: 3 });
    const oneDay = await insightReport({ from: '2026-10-10', to: '2026-10-11', maxResults: 3 }, 'fi');
    expect(oneDay.queries).toEqual([{ key: 'kuoro', label: 'kuoro', lowCount: 2, zeroCount: 0, averageResults: 1, totalCount: 2 }]);
    const empty = await insightReport({ from: '2025-01-01', to: '2025-01-31', maxResults: 3 }, 'fi');
    expect(empty).toMatchObject({ totals: { searches: 0, low: 0, zero: 0 }, queries: [], municipalities: [], themes: [] });
  });
});

describe('CSV download', () => {
  it('is RFC 4180 CSV with a BOM, the period in the file name and no live formulas', async () => {
    const response = await csv(coordinator.browser, 'from=2026-10-01&to=2026-10-31&max=3');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="polku-hakutilastot-2026-10-01--2026-10-31.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'Ryhmä,"Hakusanat, kunta tai teema",Koodi,"Hakuja, vähän tuloksia","Hakuja, ei tuloksia","Ei tuloksia, % vähän tuloksia saaneista",Tuloksia keskimäärin,Kaikki haut',
    );
    expect(lines).toContain('Hakusanat,äiti vauva,,4,3,75,0.5,5');
    expect(lines).toContain(`Hakusanat,"'=hyperlink(""http://example.test/x"",""klikkaa"")",,1,1,100,0,1`);
    expect(lines).toContain('Kunta,Kuntaa ei valittu,,5,3,60,0.4,5');
    expect(lines).toContain('Kunta,Hailuoto,072,3,2,66.7,0.7,3');
    expect(lines).toContain('Teema,Oppiminen ja kasvu ihmisenä,learning-growth,3,2,66.7,0.7,3');
    expect(lines.filter((line) => /^[^,]*,=/.test(line))).toEqual([]);
  });

  it('speaks Swedish when asked', async () => {
    const response = await csv(coordinator.browser, 'from=2026-10-01&to=2026-10-31&locale=sv');
    expect(response.headers.get('content-disposition')).toContain('polku-sokstatistik-2026-10-01--2026-10-31.csv');
    const text = (await response.text()).replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toMatch(/^Grupp,"Sökord, kommun eller tema",Kod,/);
    expect(text).toContain('Kommun,Uleåborg,564,');
    expect(text).toContain('Kommun,Ingen kommun vald,,');
  });

  it('refuses bad parameters with a translated message and anonymous callers with 401', async () => {
    const bad = await csv(coordinator.browser, 'from=2026-10-32&to=2026-10-31&max=3');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await bad.text()).toContain('Alkupäivä ei ole kelvollinen päivämäärä');
    const badSv = await csv(coordinator.browser, 'max=99&locale=sv');
    expect(badSv.status).toBe(400);
    expect(await badSv.text()).toContain('Gränsen för antal resultat');
    expect((await csv(coordinator.browser, 'from=2026-10-31&to=2026-10-01')).status).toBe(400);
    expect((await csv(coordinator.browser, 'locale=de')).status).toBe(400);
    expect((await csv(coordinator.browser, 'from=2026-10-01&to=2026-10-31&locale=en')).status).toBe(200);
    const anonymous = await csv(new FakeBrowser(), 'from=2026-10-01&to=2026-10-31');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain('vauva');
  });

  it('quotes and guards cells', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('+358 40 123')).toBe("'+358 40 123");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('ok=fine')).toBe('ok=fine');
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(null)).toBe('');
    expect(toCsv([['a', 1], ['b', null]])).toBe('\uFEFFa,1\r\nb,\r\n');
  });
});
