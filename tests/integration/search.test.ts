import { beforeAll, describe, expect, it } from 'vitest';
import { writeDemoCatalogue } from '@/server/demo/write';
import { relaxationGroups, runSearch } from '@/server/search/results';
import type { Prisma } from '@/generated/prisma/client';
import { useTestDatabase } from '../support/use-test-database';

const db = useTestDatabase();

// Wednesday 2026-11-25, noon in Helsinki.
const now = new Date('2026-11-25T10:00:00Z');
const tomorrowEvening = new Date('2026-11-26T16:00:00Z');

let slugSeq = 0;
async function createActivity(data: Partial<Prisma.ActivityCreateInput> & { municipality?: string; themes?: string[] }) {
  const { municipality, themes, ...rest } = data;
  slugSeq += 1;
  return db.current.prisma.activity.create({
    data: {
      slug: `test-${slugSeq}`,
      status: 'PUBLISHED',
      providerType: 'ASSOCIATION',
      publishedAt: now,
      ...rest,
      ...(municipality ? { municipalities: { create: [{ municipalityCode: municipality }] } } : {}),
      ...(themes ? { themes: { create: themes.map((themeCode) => ({ themeCode })) } } : {}),
    },
  });
}

const search = (raw: Record<string, string | string[]>, locale: 'fi' | 'sv' = 'fi') =>
  runSearch(raw, { locale, now, record: (write) => void write() });

const titles = (result: Awaited<ReturnType<typeof search>>) => result.cards.map((card) => card.title.text);

beforeAll(async () => {
  await writeDemoCatalogue(db.current.database.executor, { count: 150, seed: 7, now });
  await createActivity({
    titleFi: 'Muistikahvila Kempeleessä',
    titleSv: 'Minneskafé i Kempele',
    summaryFi: 'Juttelua ja laulua muistiasioiden äärellä.',
    summarySv: 'Samtal och sång kring minnet.',
    municipality: '244',
    themes: ['mental-wellbeing'],
    isFree: true,
    schedules: { create: [{ kind: 'ONE_OFF', startsAt: tomorrowEvening }] },
    occurrences: { create: [{ startsAt: tomorrowEvening }] },
    nextOccurrenceAt: tomorrowEvening,
  });
  await createActivity({
    titleFi: 'Sauvakävelyryhmä ikäihmisille',
    summaryFi: 'Reipas kävely ulkona joka viikko.',
    municipality: '678',
    themes: ['physical-health'],
    isFree: false,
  });
  await createActivity({ titleFi: 'Salainenkerho', status: 'HIDDEN', municipality: '244' });
  await createActivity({ titleFi: 'Arkistoitukerho', status: 'ARCHIVED', municipality: '244' });
  for (const titleFi of ['Zumbaryhmä Qwx', 'Äijäryhmä Qwx', 'Öljyvärimaalaus Qwx', 'Ålandin retki Qwx', 'Aamukahvit Qwx']) {
    await createActivity({ titleFi, municipality: '564' });
  }
});

describe('text search', () => {
  it('finds inflected Finnish words and marks the match', async () => {
    const result = await search({ q: 'muistikahvilaan' });
    expect(result.mode).toBe('text');
    expect(titles(result)).toContain('Muistikahvila Kempeleessä');
    const card = result.cards.find((c) => c.title.text === 'Muistikahvila Kempeleessä')!;
    expect(card.titleSegments.some((segment) => segment.match)).toBe(true);
  });

  it('finds words inside Finnish compounds', async () => {
    expect(titles(await search({ q: 'kävelyryhmä' }))).toContain('Sauvakävelyryhmä ikäihmisille');
  });

  it('matches a word while it is still being typed', async () => {
    expect(titles(await search({ q: 'sauvakäve' }))).toContain('Sauvakävelyryhmä ikäihmisille');
  });

  it('finds Swedish inflections and accented words on the Swedish page, showing the Swedish title', async () => {
    const result = await search({ q: 'Minneskafe samtalen' }, 'sv');
    expect(titles(result)).toContain('Minneskafé i Kempele');
  });

  it('finds a Finnish-only activity from the Swedish page and marks its language', async () => {
    const result = await search({ q: 'sauvakävelyryhmä' }, 'sv');
    const card = result.cards.find((c) => c.title.text === 'Sauvakävelyryhmä ikäihmisille');
    expect(card?.title.lang).toBe('fi');
  });

  it('falls back to typo-tolerant matching when the words find nothing', async () => {
    const result = await search({ q: 'sauvakävelyrymä' });
    expect(result.mode).toBe('fuzzy');
    expect(titles(result)).toContain('Sauvakävelyryhmä ikäihmisille');
  });

  it('ranks a word inside a title compound above the same word in a description', async () => {
    await createActivity({
      titleFi: 'Iltaryhmä',
      descriptionFi: 'Pelaamme ja juttelemme. Lähin pelikahvila on kirjaston vieressä.',
      municipality: '564',
    });
    await createActivity({ titleFi: 'Lautapelikahvila', municipality: '564' });
    const found = titles(await search({ q: 'pelikahvila' }));
    expect(found).toContain('Iltaryhmä');
    expect(found.indexOf('Lautapelikahvila')).toBe(0);
  });

  it('pages through typo-tolerant results', async () => {
    const first = await search({ q: 'kahvilq' });
    expect(first.mode).toBe('fuzzy');
    if (first.pageCount > 1) {
      const second = await search({ q: 'kahvilq', page: '2' });
      expect(second.mode).toBe('fuzzy');
      expect(second.page).toBe(2);
      expect(second.cards.length).toBeGreaterThan(0);
      expect(second.cards[0]!.id).not.toBe(first.cards[0]!.id);
    }
    const beyond = await search({ q: 'kahvilq', page: '90' });
    expect(beyond.mode).toBe('fuzzy');
    expect(beyond.cards).toEqual([]);
    expect(beyond.total).toBe(first.total);
  });

  it('never shows hidden or archived activities', async () => {
    expect((await search({ q: 'salainenkerho' })).cards).toEqual([]);
    expect((await search({ q: 'arkistoitukerho' })).cards).toEqual([]);
  });
});

describe('forgiving search', () => {
  beforeAll(async () => {
    for (const municipality of ['564', '244', '678']) {
      await createActivity({
        titleFi: 'Ystävätoiminta',
        summaryFi: 'Vapaaehtoinen ystävä tapaa ikäihmistä kerran viikossa.',
        titleSv: 'Vänverksamhet',
        municipality,
      });
    }
    await createActivity({
      titleFi: 'Vapaaehtoistyön infotilaisuus',
      descriptionFi: 'Esittelemme ystävätoimintaa ja tapahtuma-apua. Voit tulla vain kuuntelemaan.',
      municipality: '564',
    });
    await createActivity({
      titleFi: 'Vertaistuki omaishoitajille',
      summaryFi: 'Kokoonnumme ryhmänä kerran kuussa jakamaan kokemuksia.',
      titleSv: 'Kamratstöd för närståendevårdare',
      summarySv: 'Vi träffas i grupp en gång i månaden.',
      municipality: '564',
      themes: ['mental-wellbeing'],
    });
  });

  it('finds the base form of an inflected word first, above texts that only mention it', async () => {
    const found = titles(await search({ q: 'ystävätoimintaa' }));
    expect(found.slice(0, 3)).toEqual(['Ystävätoiminta', 'Ystävätoiminta', 'Ystävätoiminta']);
    expect(found).toContain('Vapaaehtoistyön infotilaisuus');
  });

  it.each(['vertastuki', 'vertaistki', 'kamratstod', 'vertaistukiryhmä'])('finds peer support for "%s"', async (q) => {
    const result = await search({ q });
    expect(titles(result)).toContain('Vertaistuki omaishoitajille');
  });

  it('finds peer support for a misspelt Swedish word on the Swedish page', async () => {
    expect(titles(await search({ q: 'kamratstod' }, 'sv'))).toContain('Kamratstöd för närståendevårdare');
  });

  it('forgives a typo in one word of a two-word query, keeping the other word a requirement', async () => {
    const result = await search({ q: 'omaishoitajille vertastuki' });
    expect(result.mode).toBe('fuzzy');
    expect(titles(result)).toContain('Vertaistuki omaishoitajille');
    expect(titles(await search({ q: 'muistikahvla kempeleessä' }))).toContain('Muistikahvila Kempeleessä');
  });

  it('finds a compound of indexed words only where both parts stand', async () => {
    const result = await search({ q: 'vertaistukiryhmä' });
    expect(result.mode).toBe('text');
    expect(titles(result)).not.toContain('Ystävätoiminta');
  });

  it('offers the nearest indexed words when nothing is found', async () => {
    const result = await search({ q: 'vrtaisutki' });
    expect(result.total).toBe(0);
    expect(result.suggestions).toContain('vertaistuki');
    // An offered query finds something.
    expect((await search({ q: result.suggestions[0]! })).total).toBeGreaterThan(0);
  });

  it('offers each word alone when the words are known but never together', async () => {
    const result = await search({ q: 'esittelemme kokoonnumme' });
    expect(result.total).toBe(0);
    expect(result.suggestions).toEqual(['esittelemme', 'kokoonnumme']);
  });

  it('offers nothing for a query far from every word', async () => {
    const result = await search({ q: 'qxzqxzqxz' });
    expect(result.total).toBe(0);
    expect(result.suggestions).toEqual([]);
  });
});

describe('filters and facets', () => {
  it('combines filters and counts facets under the current query', async () => {
    const result = await search({ municipality: 'kempele', free: '1', theme: 'mental-wellbeing' });
    expect(titles(result)).toContain('Muistikahvila Kempeleessä');
    expect(titles(result)).not.toContain('Sauvakävelyryhmä ikäihmisille');
    const { total } = result;
    const themeFacet = result.facets.find((f) => f.dimension === 'theme')!;
    // The chosen theme's count is the number of results.
    expect(themeFacet.options.find((o) => o.value === 'mental-wellbeing')).toMatchObject({ count: total, selected: true });
    // Place is counted without the place filter, so other municipalities stay selectable.
    const placeFacet = result.facets.find((f) => f.dimension === 'municipality')!;
    expect(placeFacet.options.filter((o) => !o.selected).length).toBeGreaterThan(0);
  });

  it('counts match what the database holds', async () => {
    const result = await search({ municipality: 'oulu' });
    const [row] = await db.current.database.executor.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "Activity" a JOIN "ActivityMunicipality" m ON m."activityId" = a.id
       WHERE a.status = 'PUBLISHED' AND m."municipalityCode" = '564'`,
    );
    expect(result.total).toBe(row!.count);
    const free = result.facets.find((f) => f.dimension === 'free')!.options[0]?.count ?? 0;
    const [freeRow] = await db.current.database.executor.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "Activity" a JOIN "ActivityMunicipality" m ON m."activityId" = a.id
       WHERE a.status = 'PUBLISHED' AND m."municipalityCode" = '564' AND a."isFree"`,
    );
    expect(free).toBe(freeRow!.count);
  });

  it('filters by date in Helsinki time', async () => {
    const tomorrow = await search({ date: 'range', from: '2026-11-26', to: '2026-11-26', municipality: 'kempele' });
    expect(titles(tomorrow)).toContain('Muistikahvila Kempeleessä');
    const today = await search({ date: 'today', municipality: 'kempele' });
    expect(titles(today)).not.toContain('Muistikahvila Kempeleessä');
  });

  it('shows on a card the next time inside the chosen dates, not the next one from now', async () => {
    const nextWeek = new Date('2026-12-03T15:00:00Z');
    await createActivity({
      titleFi: 'Kuorolaulu Xqv',
      municipality: '564',
      occurrences: { create: [{ startsAt: tomorrowEvening }, { startsAt: nextWeek }] },
      nextOccurrenceAt: tomorrowEvening,
    });
    const card = (raw: Record<string, string>) =>
      search({ q: 'kuorolaulu', ...raw }).then((result) => result.cards.find((c) => c.title.text === 'Kuorolaulu Xqv'));
    expect((await card({}))?.nextOccurrenceAt).toBe(tomorrowEvening.toISOString());
    expect((await card({ date: 'range', from: '2026-12-01', to: '2026-12-05' }))?.nextOccurrenceAt).toBe(
      nextWeek.toISOString(),
    );
  });

  it('sorts names in Finnish alphabetical order', async () => {
    const result = await search({ q: 'qwx', sort: 'name' });
    expect(titles(result)).toEqual([
      'Aamukahvit Qwx',
      'Zumbaryhmä Qwx',
      'Ålandin retki Qwx',
      'Äijäryhmä Qwx',
      'Öljyvärimaalaus Qwx',
    ]);
  });

  it('reports bad parameters and ignores them instead of failing', async () => {
    const result = await search({ theme: 'no-such-theme', page: '-3', q: 'muistikahvila' });
    expect(result.ignored.map((i) => i.param).sort()).toEqual(['page', 'theme']);
    expect(titles(result)).toContain('Muistikahvila Kempeleessä');
  });

  it('suggests the filter whose removal brings results back', async () => {
    const result = await search({ q: 'muistikahvila', municipality: 'raahe' });
    expect(result.total).toBe(0);
    expect(result.mostRestrictive?.filters).toMatchObject([{ kind: 'municipality', value: 'raahe' }]);
    expect(result.mostRestrictive!.count).toBeGreaterThan(0);
  });

  it('suggests removing a whole dimension, with one search per dimension however many values', async () => {
    // Neither municipality has a memory café: dropping one of them could never help, both can.
    const result = await search({ q: 'muistikahvila', municipality: ['raahe', 'siikajoki'] });
    expect(result.total).toBe(0);
    expect(result.mostRestrictive?.filters.map((f) => f.kind).sort()).toEqual(['municipality', 'municipality']);
    expect(result.mostRestrictive!.count).toBeGreaterThan(0);

    const chips = [
      ...Array.from({ length: 40 }, (_, i) => ({ kind: 'municipality' as const, value: `m${i}` })),
      ...Array.from({ length: 40 }, (_, i) => ({ kind: 'area' as const, value: `a${i}` })),
      { kind: 'remote' as const },
      ...Array.from({ length: 11 }, (_, i) => ({ kind: 'theme' as const, value: `t${i}` })),
      { kind: 'free' as const },
      { kind: 'date' as const },
    ];
    expect(relaxationGroups(chips).map((group) => group[0]!.kind)).toEqual(['municipality', 'theme', 'free', 'date']);
  });

  it('keeps the total past the last page', async () => {
    const result = await search({ municipality: 'kempele', page: '400' });
    expect(result.cards).toEqual([]);
    expect(result.total).toBeGreaterThan(0);
  });
});

describe('facet codes', () => {
  it('are the same whether the bulk writer or the link-table triggers computed them', async () => {
    const [row] = await db.current.database.executor.query<{ total: number; different: number }>(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE (SELECT array_agg(code ORDER BY code) FROM unnest("facetCodes") code)
                 IS DISTINCT FROM "activity_facet_codes"(id))::int AS different
       FROM "Activity" WHERE "isDemo"`,
    );
    expect(row!.total).toBeGreaterThan(100);
    expect(row!.different).toBe(0);
  });

  it('follow link changes made one at a time', async () => {
    const activity = await createActivity({ titleFi: 'Linkkitesti', municipality: '244', themes: ['money'] });
    await db.current.prisma.activityTheme.delete({
      where: { activityId_themeCode: { activityId: activity.id, themeCode: 'money' } },
    });
    await db.current.prisma.activityAgeGroup.create({ data: { activityId: activity.id, ageGroupCode: 'seniors' } });
    const [row] = await db.current.database.executor.query<{ facetCodes: string[] }>(
      `SELECT "facetCodes" FROM "Activity" WHERE id = $1`,
      [activity.id],
    );
    expect([...row!.facetCodes].sort()).toEqual(['age:seniors', 'area:lakeus', 'mun:kempele']);
  });
});

describe('search log', () => {
  it('records query, filters and result count, and nothing about the person', async () => {
    await search({ q: 'xqzvwkq', municipality: 'kempele' });
    // Recording does not block the search; give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const rows = await db.current.database.executor.query<Record<string, unknown>>(
      `SELECT * FROM "SearchLog" WHERE query = 'xqzvwkq'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ locale: 'fi', resultCount: 0, municipalityCode: '244' });
    expect(Object.keys(rows[0]!).sort()).toEqual(
      ['at', 'filters', 'id', 'locale', 'municipalityCode', 'query', 'resultCount', 'themeCode'].sort(),
    );
  });
});
