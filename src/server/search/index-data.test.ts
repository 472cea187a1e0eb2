import { describe, expect, it } from 'vitest';
import { countBits, members } from './bitset';
import { firstK, SearchIndex, type IndexRow } from './index-data';
import { compoundSplits, editDistance, parseTsvector, prefixDistance, substringDistance, titleWords } from './lexemes';

function row(id: string, extra: Partial<IndexRow> = {}): IndexRow {
  return {
    id,
    status: 'PUBLISHED',
    featured: false,
    providerType: 'ASSOCIATION',
    isFree: true,
    isRemote: false,
    facetCodes: [],
    sortKeyFi: id,
    sortKeySv: id,
    nextOccurrenceAt: null,
    updatedAt: 0,
    publishedAt: null,
    searchFi: null,
    searchSv: null,
    searchTrgm: null,
    occurrenceStarts: [],
    occurrenceEnds: [],
    periods: [],
    latitude: null,
    longitude: null,
    ...extra,
  };
}

describe('tsvector text', () => {
  it('reads lexemes, quotes and weights, scoring like ts_rank', () => {
    const seen: [string, number][] = [];
    parseTsvector(`'kahvil':1A,4 'it''s':2B 'plain'`, (lexeme, score) => seen.push([lexeme, score]));
    expect(seen.map(([lexeme]) => lexeme)).toEqual(['kahvil', "it's", 'plain']);
    // Weights A 1.0, B 0.4, D 0.1; (best + Σ w_j/j² − best) / (π²/6), as ts_rank computes.
    expect(seen[0]![1]).toBeCloseTo((1 + 0.1 / 4) / 1.64493406685, 6);
    expect(seen[1]![1]).toBeCloseTo(0.4 / 1.64493406685, 6);
    expect(seen[2]![1]).toBeCloseTo(0.1 / 1.64493406685, 6);
  });

  it('splits title lines into distinct words', () => {
    expect(titleWords('muistikahvila – kempele, muistikahvila')).toEqual(['muistikahvila', 'kempele']);
  });
});

describe('typo distance', () => {
  const row = new Int32Array(64);
  it('finds a word with a typo inside a compound', () => {
    expect(substringDistance('kävelyrymä', 'sauvakävelyryhmä', 2, row)).toBe(1);
    expect(substringDistance('kahvila', 'muistikahvila', 1, row)).toBe(0);
    expect(substringDistance('kahvilq', 'kahvila', 1, row)).toBe(1);
    expect(substringDistance('zumba', 'kahvila', 1, row)).toBe(2);
  });
});

describe('forgiving distances', () => {
  const row = new Int32Array(64);
  it('measures a typo against a prefix of a lexeme and against a whole word', () => {
    expect(prefixDistance('vertastuk', 'vertaistuk', 2, row)).toBe(1);
    expect(prefixDistance('vertaistk', 'vertaistuk', 2, row)).toBe(1);
    expect(prefixDistance('kamratstod', 'kamratstöd', 2, row)).toBe(1);
    expect(prefixDistance('kahv', 'kahvil', 1, row)).toBe(0);
    expect(prefixDistance('zumba', 'kahvil', 1, row)).toBe(2);
    expect(editDistance('kahv', 'kahvil', 1, row)).toBe(2);
    expect(editDistance('vertastuki', 'vertaistuki', 2, row)).toBe(1);
  });

  it('splits a compound into parts of four letters or more, longest first part first', () => {
    expect(compoundSplits('vertaistukiryhmä')).toContainEqual(['vertaistuki', 'ryhmä']);
    expect(compoundSplits('vertaistukiryhmä')[0]).toEqual(['vertaistukir', 'yhmä']);
    expect(compoundSplits('kahvila')).toEqual([]);
  });
});

describe('search index', () => {
  it('matches an inflected stem one letter longer than the indexed one, and typos within budget', () => {
    const index = new SearchIndex();
    index.put(row('friend', { searchFi: `'ystävätoimin':1A`, searchTrgm: 'ystävätoiminta' }));
    index.put(row('peer', { searchFi: `'vertaistuk':1A 'ryhm':2A`, searchTrgm: 'vertaistuki ryhmä' }));
    index.seal();
    const ids = (bits: Uint32Array | null) => [...members(bits!)].map((d) => index.ids[d]);
    expect(ids(index.matchStems('fi', ['ystävätoimint'], index.scratch('test')))).toEqual(['friend']);
    expect(ids(index.matchStems('fi', ['vertastuk'], index.scratch('test')))).toEqual([]);
    expect(ids(index.matchTypoStems('fi', ['vertastuk'], index.scratch('test')))).toEqual(['peer']);
    expect(index.isLexeme('fi', 'ryhm')).toBe(true);
    expect(index.isLexeme('fi', 'yhm')).toBe(false);
    expect(index.nearestWords('vertaistk', 3)).toEqual(['vertaistuki']);
  });


  it('matches prefixes of stems, compounds and facets, and follows replaced rows', () => {
    const index = new SearchIndex();
    index.put(row('a', { searchFi: `'kahvil':1A 'muist':2A`, searchTrgm: 'muistikahvila', facetCodes: ['theme:x'] }));
    index.put(row('b', { searchFi: `'kahvil':5`, searchTrgm: 'iltaryhmä', isFree: false }));
    index.put(row('c', { searchFi: `'ryhm':1A`, searchTrgm: 'kävelyryhmä', status: 'HIDDEN' }));
    index.seal();
    const scores = index.scratch('test');
    const text = index.matchStems('fi', ['kahvi'], scores)!;
    const live = index.liveBits();
    expect([...members(text)].map((d) => index.ids[d])).toEqual(['a', 'b']);
    expect(scores[0]!).toBeGreaterThan(scores[1]!);
    expect(countBits(index.containing('kahvila'))).toBe(1);
    expect(index.countCodes(live, countBits(live))).toEqual(
      new Map([
        ['theme:x', 1],
        ['provider:association', 2],
        ['free:1', 1],
      ]),
    );

    // An update replaces the document; unpublishing removes it.
    index.put(row('a', { searchFi: `'ryhm':1A`, searchTrgm: 'ryhmä', facetCodes: [] }));
    expect(index.liveCount).toBe(2);
    const kahvila = index.matchStems('fi', ['kahvil'], index.scratch('test'))!;
    expect([...members(kahvila)].filter((d) => index.liveBits()[0]! & (1 << d)).map((d) => index.ids[d])).toEqual(['b']);
    index.put(row('b', { status: 'ARCHIVED' }));
    expect(index.liveCount).toBe(1);
    expect(index.countCodes(index.liveBits(), 1).get('free:1')).toBe(1);
  });

  it('finds occurrences and periods overlapping a window', () => {
    const index = new SearchIndex();
    const day = 86_400_000;
    index.put(row('long', { occurrenceStarts: [0], occurrenceEnds: [10 * day] }));
    index.put(row('later', { occurrenceStarts: [0, 20 * day], occurrenceEnds: [0, 20 * day] }));
    index.put(row('period', { periods: [5, 6] }));
    const ids = (bits: Uint32Array) => [...members(bits)].map((d) => index.ids[d]);
    expect(ids(index.onDates(5 * day, 6 * day, 5, 5))).toEqual(['long', 'period']);
    expect(ids(index.onDates(19 * day, 21 * day, 19, 20))).toEqual(['later']);
  });

  it('ranks typo-tolerant candidates by the share of the query they cover', () => {
    const index = new SearchIndex();
    index.put(row('walk', { searchTrgm: 'kävelyryhmä' }));
    index.put(row('friend', { searchTrgm: 'ystävä ikäihmiselle' }));
    index.seal();
    index.put(row('other', { searchTrgm: 'lukupiiri' }));
    const found = index.matchTypos(['kävely', 'ryhmä', 'ikäihmisille'], 10, 0.45);
    // 11 of 23 letters each: "kävely" and "ryhmä" exactly, "ikäihmisille" with one typo.
    expect(found.map(({ doc }) => index.ids[doc])).toEqual(['walk', 'friend']);
    expect(found[0]!.similarity).toBeCloseTo(11 / 23, 5);
    expect(index.matchTypos(['kävelyrymä'], 10, 0.45).map(({ doc }) => index.ids[doc])).toEqual(['walk']);
  });
});

describe('first k', () => {
  it('selects in order with a heap or a sort', () => {
    const docs = Uint32Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    expect(firstK(docs, 5, (a, b) => a < b)).toEqual([0, 1, 2, 3, 4]);
    expect(firstK(docs, 600, (a, b) => a > b).slice(0, 2)).toEqual([999, 998]);
    expect(firstK(docs, 0, (a, b) => a < b)).toEqual([]);
  });
});

describe('weekday, time of day and "open now"', () => {
  // Helsinki is UTC+2 in winter. 2026-11-28 is a Saturday.
  const at = (iso: string) => new Date(iso).getTime();
  const index = new SearchIndex();
  index.put(row('sat-morning', { occurrenceStarts: [at('2026-11-28T08:00:00Z')], occurrenceEnds: [at('2026-11-28T10:00:00Z')] }));
  index.put(row('wed-evening', { occurrenceStarts: [at('2026-11-25T16:30:00Z')], occurrenceEnds: [at('2026-11-25T18:00:00Z')] }));
  index.put(row('open-ended', { occurrenceStarts: [at('2026-11-25T16:30:00Z')], occurrenceEnds: [at('2026-11-25T16:30:00Z')] }));
  index.seal();
  const ids = (bits: Uint32Array) => Array.from(members(bits, countBits(bits)), (doc) => index.ids[doc]);
  // Slots: weekday index × 3 + time index (morning 0, day 1, evening 2).
  const saturdayMorning = 1 << (5 * 3 + 0);
  const wednesdayEvening = 1 << (2 * 3 + 2);

  it('finds an occurrence in the chosen slots and dates only', () => {
    const from = at('2026-11-23T00:00:00Z');
    expect(ids(index.inSlots(from, Infinity, saturdayMorning))).toEqual(['sat-morning']);
    expect(ids(index.inSlots(from, Infinity, wednesdayEvening))).toEqual(['wed-evening', 'open-ended']);
    expect(ids(index.inSlots(at('2026-11-26T00:00:00Z'), Infinity, wednesdayEvening))).toEqual([]);
  });

  it('counts an occurrence as open from its start until its end, and never one without an end', () => {
    expect(ids(index.underWay(at('2026-11-25T17:00:00Z')))).toEqual(['wed-evening']);
    expect(ids(index.underWay(at('2026-11-25T18:00:00Z')))).toEqual([]);
    expect(ids(index.underWay(at('2026-11-25T16:00:00Z')))).toEqual([]);
  });
});
