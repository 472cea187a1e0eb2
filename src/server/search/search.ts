import 'server-only';
import { getSql } from '@/server/db';
import { LIST_DIMENSIONS, type ListDimension, type SearchFilters } from '@/lib/search/filters';
import { resolveDateRange } from '@/lib/search/date-range';
import { queryTerms } from '@/lib/search/text';
import { dayNumber } from '@/lib/schedule/occurrences';
import type { Locale } from '@/i18n/routing';
import { andInto, countBits, hasBit, members, orInto, setBit, type Bits } from './bitset';
import { firstK, type SearchIndex } from './index-data';
import { indexStore } from './index-store';

export const PAGE_SIZE = 20;
/** Fewer exact matches than this on the first page tries typo-tolerant matching. */
const FUZZY_BELOW = 3;
/** Typo-tolerant matching keeps no more candidates than this, as the SQL search did. */
const FUZZY_CANDIDATES = 200;
/** Share of the query's letters a typo-tolerant match must cover (pg_trgm's default is 0.6). */
const FUZZY_THRESHOLD = 0.45;
/** Words at least this long also match inside compound words ("kahvila" in "muistikahvila"). */
const SUBSTRING_MIN_LENGTH = 4;

/** Facet counts: dimension → value → number of matching activities. */
export type Facets = Record<ListDimension | 'remote' | 'free', Record<string, number>>;

export interface SearchHit {
  id: string;
  rank: number;
}

export interface SearchResult {
  /** How the results were found: words, typo-tolerant words, or filters alone. */
  mode: 'text' | 'fuzzy' | 'browse';
  total: number;
  page: number;
  pageCount: number;
  hits: SearchHit[];
  facets: Facets;
  terms: string[];
}

export interface SearchOptions {
  locale: Locale;
  now?: Date;
  pageSize?: number;
  /** Skip facet counting (API list calls that do not need them). */
  facets?: boolean;
}

/** Prefix of each dimension's codes in "Activity"."facetCodes" (see the search migration). */
const FACET_PREFIX: Record<Exclude<ListDimension, 'provider'>, string> = {
  theme: 'theme',
  stage: 'stage',
  area: 'area',
  municipality: 'mun',
  age: 'age',
  group: 'group',
  type: 'type',
  lang: 'lang',
  access: 'access',
};

const PREFIX_TO_DIMENSION: Record<string, keyof Facets> = {
  theme: 'theme',
  stage: 'stage',
  area: 'area',
  mun: 'municipality',
  age: 'age',
  group: 'group',
  type: 'type',
  lang: 'lang',
  access: 'access',
  provider: 'provider',
  free: 'free',
  remote: 'remote',
};

type Dimension = ListDimension | 'location' | 'free' | 'date';

/** Which facet dimensions a filter narrows, for counting the others' options. */
const FILTER_FACETS: Partial<Record<Dimension, (keyof Facets)[]>> = {
  location: ['area', 'municipality', 'remote'],
  free: ['free'],
};

/** Each active filter as the set of documents it admits. */
function filterSets(index: SearchIndex, filters: SearchFilters, now: Date): Map<Dimension, Bits> {
  const sets = new Map<Dimension, Bits>();
  for (const dimension of LIST_DIMENSIONS) {
    const chosen = filters[dimension];
    if (chosen.length === 0 || dimension === 'area' || dimension === 'municipality') continue;
    const prefix = dimension === 'provider' ? 'provider' : FACET_PREFIX[dimension];
    sets.set(dimension, index.anyOfCodes(chosen.map((value) => `${prefix}:${value}`)));
  }
  // Place is one question: any chosen area or municipality, or "online / anywhere".
  const places = [
    ...filters.area.map((code) => `area:${code}`),
    ...filters.municipality.map((slug) => `mun:${slug}`),
    ...(filters.remote ? ['remote:1'] : []),
  ];
  if (places.length > 0) sets.set('location', index.anyOfCodes(places));
  if (filters.free) sets.set('free', index.anyOfCodes(['free:1']));
  if (filters.date) {
    const range = resolveDateRange(filters.date, now);
    sets.set(
      'date',
      index.onDates(range.from.getTime(), range.to.getTime(), dayNumber(range.fromDate), dayNumber(range.toDate)),
    );
  }
  return sets;
}

/** Live documents matching the words (when any) and every filter except `except`. */
function matching(index: SearchIndex, words: Bits | null, sets: Map<Dimension, Bits>, except?: Dimension): Bits {
  const bits = index.liveBits();
  if (words) andInto(bits, words);
  for (const [dimension, set] of sets) if (dimension !== except) andInto(bits, set);
  return bits;
}

function emptyFacets(): Facets {
  return Object.fromEntries(Object.values(PREFIX_TO_DIMENSION).map((d) => [d, {}])) as Facets;
}

function addCounts(facets: Facets, counts: Map<string, number>, only?: (keyof Facets)[]): void {
  for (const [code, count] of counts) {
    const colon = code.indexOf(':');
    const dimension = PREFIX_TO_DIMENSION[code.slice(0, colon)];
    if (!dimension || (only && !only.includes(dimension))) continue;
    facets[dimension][code.slice(colon + 1)] = count;
  }
}

/**
 * Facet counts under the current query. A dimension the user has filtered is counted
 * without its own filter, so its other options keep showing what choosing them adds.
 */
function countFacets(index: SearchIndex, words: Bits | null, sets: Map<Dimension, Bits>, all: Bits, total: number): Facets {
  const facets = emptyFacets();
  addCounts(facets, index.countCodes(all, total));
  for (const dimension of sets.keys()) {
    const own =
      FILTER_FACETS[dimension] ??
      (LIST_DIMENSIONS.includes(dimension as ListDimension) ? [dimension as keyof Facets] : []);
    if (own.length === 0) continue;
    const relaxed = matching(index, words, sets, dimension);
    for (const facet of own) facets[facet] = {};
    addCounts(facets, index.countCodes(relaxed, countBits(relaxed)), own);
  }
  return facets;
}

/** Documents found by the words, and a score for each. */
interface Ranked {
  bits: Bits;
  rank: Float64Array;
}

/**
 * Full-text match in Finnish and Swedish (each word as a prefix of a stemmed lexeme),
 * or, when every word is long enough, inside a title or organiser name's compound words.
 * Content in the page's language ranks first, the other language still counts, and
 * words standing in a title or organiser name (compounds included) count most.
 */
function rankWords(
  index: SearchIndex,
  terms: string[],
  stems: { fi: string[][]; sv: string[][] },
  locale: Locale,
): Ranked {
  const text = index.matchText(stems, locale === 'sv' ? 'sv' : 'fi');
  const inTitles = terms.every((term) => term.length >= SUBSTRING_MIN_LENGTH)
    ? terms.map((term) => index.containing(term))
    : [];
  const bits = text.bits;
  if (inTitles.length > 0) {
    const all = inTitles[0]!.slice();
    for (const part of inTitles.slice(1)) andInto(all, part);
    orInto(bits, all);
  }
  const rank = index.scratch('rank');
  const ownOperands = Math.max(1, text.ownOperands);
  const otherOperands = Math.max(1, text.otherOperands);
  for (const doc of members(bits)) {
    let score = text.own[doc]! / ownOperands + (0.4 * text.other[doc]!) / otherOperands;
    for (const part of inTitles) if (hasBit(part, doc)) score += 0.3;
    if (index.featured[doc]) score += 0.01;
    rank[doc] = score;
  }
  return { bits, rank };
}

/**
 * Typo tolerance: the best FUZZY_CANDIDATES titles or organiser names within a few edits
 * of the words, after the few exact matches, which stay first.
 */
function rankTypos(index: SearchIndex, terms: string[], exact: Ranked): Ranked {
  const bits = exact.bits.slice();
  const rank = index.scratch('typoRank');
  for (const doc of members(bits)) rank[doc] = 2 + exact.rank[doc]!;
  for (const { doc, similarity } of index.matchTypos(terms, FUZZY_CANDIDATES, FUZZY_THRESHOLD)) {
    if (hasBit(bits, doc)) continue;
    setBit(bits, doc);
    rank[doc] = similarity;
  }
  return { bits, rank };
}

type Before = (a: number, b: number) => boolean;

function order(index: SearchIndex, filters: SearchFilters, locale: Locale, ranked: Ranked | null, mode: SearchResult['mode']): Before {
  const { ids, featured, next, updated, published } = index;
  const sortKey = locale === 'sv' ? index.sortSv : index.sortFi;
  const byName: Before = (a, b) => (sortKey[a] !== sortKey[b] ? sortKey[a]! < sortKey[b]! : ids[a]! < ids[b]!);
  switch (filters.sort) {
    case 'name':
      return byName;
    case 'soonest':
      return (a, b) => (next[a] !== next[b] ? next[a]! < next[b]! : byName(a, b));
    case 'updated':
      return (a, b) => (updated[a] !== updated[b] ? updated[a]! > updated[b]! : ids[a]! < ids[b]!);
    case 'relevance': {
      if (!ranked) {
        return (a, b) =>
          featured[a] !== featured[b]
            ? featured[a]! > featured[b]!
            : next[a] !== next[b]
              ? next[a]! < next[b]!
              : published[a] !== published[b]
                ? published[a]! > published[b]!
                : ids[a]! < ids[b]!;
      }
      const { rank } = ranked;
      if (mode === 'fuzzy') return (a, b) => (rank[a] !== rank[b] ? rank[a]! > rank[b]! : ids[a]! < ids[b]!);
      return (a, b) =>
        rank[a] !== rank[b]
          ? rank[a]! > rank[b]!
          : featured[a] !== featured[b]
            ? featured[a]! > featured[b]!
            : next[a] !== next[b]
              ? next[a]! < next[b]!
              : ids[a]! < ids[b]!;
    }
  }
}

/**
 * Finds published activities for the filters: ranked full-text search in Finnish and
 * Swedish (words as prefixes, compounds inside titles), typo-tolerant matching as a
 * bounded fallback when words find little, filters, facets and a page. Runs on the
 * in-process index (index-store.ts), brought up to date with the database first.
 */
export async function searchActivities(filters: SearchFilters, options: SearchOptions): Promise<SearchResult> {
  const store = indexStore(await getSql());
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const now = options.now ?? new Date();
  const terms = queryTerms(filters.q);
  const offset = (filters.page - 1) * pageSize;
  const [index, stems] = await Promise.all([store.current(), store.stems(terms)]);

  // From here on nothing awaits: the index cannot change under the search.
  const sets = filterSets(index, filters, now);
  let mode: SearchResult['mode'] = terms.length > 0 ? 'text' : 'browse';
  let ranked = terms.length > 0 ? rankWords(index, terms, stems, options.locale) : null;
  let all = matching(index, ranked?.bits ?? null, sets);
  let total = countBits(all);
  if (ranked && total < FUZZY_BELOW) {
    const fuzzy = rankTypos(index, terms, ranked);
    const fuzzyAll = matching(index, fuzzy.bits, sets);
    const fuzzyTotal = countBits(fuzzyAll);
    if (fuzzyTotal > total) {
      mode = 'fuzzy';
      ranked = fuzzy;
      all = fuzzyAll;
      total = fuzzyTotal;
    }
  }

  const page = firstK(members(all, total), offset + pageSize, order(index, filters, options.locale, ranked, mode)).slice(
    offset,
  );
  const countsWanted = options.facets !== false && (mode !== 'fuzzy' || total > 0);
  return {
    mode,
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    hits: page.map((doc) => ({ id: index.ids[doc]!, rank: ranked ? ranked.rank[doc]! : 0 })),
    facets: countsWanted ? countFacets(index, ranked?.bits ?? null, sets, all, total) : emptyFacets(),
    terms,
  };
}
