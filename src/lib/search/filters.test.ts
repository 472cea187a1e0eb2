import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  activeFilters,
  parseSearchParams,
  toSearchParams,
  withoutFilter,
  type Vocabulary,
} from './filters';

const vocabulary: Vocabulary = {
  theme: new Set(['mental-wellbeing', 'physical-health']),
  stage: new Set(['worry-arises']),
  area: new Set(['lakeus', 'oulu']),
  municipality: new Set(['oulu', 'kempele', 'raahe']),
  age: new Set(['seniors', 'teens']),
  group: new Set(['family-carers']),
  type: new Set(['peer-support']),
  lang: new Set(['fi', 'sv', 'fse']),
  access: new Set(['wheelchair']),
};

describe('parseSearchParams', () => {
  it('reads a full set of filters', () => {
    const { filters, ignored } = parseSearchParams(
      {
        q: '  muisti   kahvila ',
        theme: ['mental-wellbeing', 'physical-health'],
        municipality: 'oulu,kempele',
        age: 'seniors',
        provider: 'parish',
        free: '1',
        remote: 'true',
        date: 'week',
        sort: 'soonest',
        page: '3',
      },
      vocabulary,
    );
    expect(ignored).toEqual([]);
    expect(filters).toMatchObject({
      q: 'muisti kahvila',
      theme: ['mental-wellbeing', 'physical-health'],
      municipality: ['oulu', 'kempele'],
      age: ['seniors'],
      provider: ['parish'],
      free: true,
      remote: true,
      date: { preset: 'week' },
      sort: 'soonest',
      page: 3,
    });
  });

  it.each([
    [{ theme: 'no-such-theme' }, { param: 'theme', reason: 'unknown-value' }],
    [{ page: '-1' }, { param: 'page', reason: 'invalid' }],
    [{ page: '99999999999' }, { param: 'page', reason: 'invalid' }],
    [{ page: '2.5' }, { param: 'page', reason: 'invalid' }],
    [{ sort: 'price' }, { param: 'sort', reason: 'unknown-value' }],
    [{ date: 'yesterday' }, { param: 'date', reason: 'unknown-value' }],
    [{ from: '2026-02-30' }, { param: 'from', reason: 'invalid' }],
    [{ evil: '<script>' }, { param: 'evil', reason: 'unknown-parameter' }],
    [{ provider: 'company' }, { param: 'provider', reason: 'unknown-value' }],
  ])('ignores and reports bad input %j', (raw, expected) => {
    const { filters, ignored } = parseSearchParams(raw, vocabulary);
    expect(ignored).toContainEqual(expect.objectContaining(expected));
    expect(filters.page).toBe(1);
    expect(filters.theme).toEqual([]);
  });

  it('cuts an over-long query at a word boundary and says so', () => {
    const { filters, ignored } = parseSearchParams({ q: 'sana '.repeat(500) }, vocabulary);
    expect(filters.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(filters.q.endsWith('sana')).toBe(true);
    expect(ignored).toContainEqual({ param: 'q', reason: 'too-long' });
  });

  it('orders a reversed date range and keeps one-sided ranges', () => {
    expect(parseSearchParams({ from: '2026-12-31', to: '2026-12-01' }, vocabulary).filters.date).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(parseSearchParams({ from: '2026-12-24' }, vocabulary).filters.date).toEqual({
      from: '2026-12-24',
      to: '2026-12-24',
    });
  });

  it('removes duplicates and is case-insensitive for codes', () => {
    const { filters } = parseSearchParams({ municipality: ['Oulu', 'oulu', 'RAAHE'] }, vocabulary);
    expect(filters.municipality).toEqual(['oulu', 'raahe']);
  });

  it('strips control characters from the query', () => {
    const { filters } = parseSearchParams({ q: 'liikunta\u0000\nryhmä' }, vocabulary);
    expect(filters.q).toBe('liikunta ryhmä');
  });
});

describe('toSearchParams', () => {
  it('round-trips filters through the URL', () => {
    const raw = {
      q: 'vertaistuki',
      theme: ['mental-wellbeing'],
      lang: ['sv'],
      free: '1',
      date: 'range',
      from: '2026-12-01',
      to: '2026-12-07',
      page: '2',
    };
    const { filters } = parseSearchParams(raw, vocabulary);
    const again = parseSearchParams(Object.fromEntries(
      [...toSearchParams(filters).keys()].map((key) => [key, toSearchParams(filters).getAll(key)]),
    ), vocabulary).filters;
    expect(again).toEqual(filters);
    expect(toSearchParams(filters).toString()).toBe(
      'q=vertaistuki&theme=mental-wellbeing&lang=sv&free=1&date=range&from=2026-12-01&to=2026-12-07&page=2',
    );
  });

  it('leaves out defaults', () => {
    expect(toSearchParams(parseSearchParams({}, vocabulary).filters).toString()).toBe('');
  });
});

describe('active filters', () => {
  it('lists every chosen value and removes one at a time, back to page 1', () => {
    const { filters } = parseSearchParams(
      { theme: 'mental-wellbeing', age: ['seniors', 'teens'], free: '1', page: '4' },
      vocabulary,
    );
    const chips = activeFilters(filters);
    expect(chips).toEqual([
      { kind: 'theme', value: 'mental-wellbeing' },
      { kind: 'age', value: 'seniors' },
      { kind: 'age', value: 'teens' },
      { kind: 'free' },
    ]);
    const next = withoutFilter(filters, { kind: 'age', value: 'seniors' });
    expect(next.age).toEqual(['teens']);
    expect(next.page).toBe(1);
    expect(filters.age).toEqual(['seniors', 'teens']);
  });
});

describe('weekday, time of day, open now, near and view', () => {
  it('reads them, in canonical order, and writes them back', () => {
    const { filters, ignored } = parseSearchParams(
      { day: ['sat', 'mon'], time: 'evening,morning', open: '1', near: 'raahe', view: 'map' },
      vocabulary,
    );
    expect(ignored).toEqual([]);
    expect(filters).toMatchObject({
      day: ['mon', 'sat'],
      time: ['morning', 'evening'],
      open: true,
      near: { municipality: 'raahe' },
      sort: 'nearest',
      view: 'map',
    });
    expect(toSearchParams(filters).toString()).toBe(
      'day=mon&day=sat&time=morning&time=evening&open=1&near=raahe&view=map',
    );
  });

  it('rounds a point from the browser to about a kilometre', () => {
    const { filters } = parseSearchParams({ near: '65.01234,25.46789', sort: 'name' }, vocabulary);
    expect(filters.near).toEqual({ lat: 65.01, lon: 25.47 });
    expect(filters.sort).toBe('name');
  });

  it.each([
    [{ day: 'someday' }, { param: 'day', reason: 'unknown-value' }],
    [{ time: 'night' }, { param: 'time', reason: 'unknown-value' }],
    [{ near: 'atlantis' }, { param: 'near', reason: 'invalid' }],
    [{ near: '95,25' }, { param: 'near', reason: 'invalid' }],
    [{ sort: 'nearest' }, { param: 'sort', reason: 'invalid' }],
    [{ view: 'globe' }, { param: 'view', reason: 'unknown-value' }],
  ])('drops %j and says so', (raw, expected) => {
    const { filters, ignored } = parseSearchParams(raw, vocabulary);
    expect(ignored).toEqual([expect.objectContaining(expected)]);
    expect(filters.sort).toBe('relevance');
    expect(filters.view).toBe('list');
  });

  it('makes each weekday and time of day a removable chip', () => {
    const { filters } = parseSearchParams({ day: 'sat', time: 'day', open: '1' }, vocabulary);
    const chips = activeFilters(filters);
    expect(chips).toEqual([{ kind: 'day', value: 'sat' }, { kind: 'time', value: 'day' }, { kind: 'open' }]);
    expect(withoutFilter(filters, chips[0]!).day).toEqual([]);
    expect(withoutFilter(filters, chips[2]!).open).toBe(false);
  });
});
