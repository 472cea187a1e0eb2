import 'server-only';
import { getSql } from '@/server/db';
import { LIST_DIMENSIONS, type ListDimension, type SearchFilters } from '@/lib/search/filters';
import { resolveDateRange } from '@/lib/search/date-range';
import { ALL_SLOTS, slotMask } from '@/lib/search/when';
import { queryTerms } from '@/lib/search/text';
import { dayNumber } from '@/lib/schedule/occurrences';
import type { Locale } from '@/i18n/routing';
import { andInto, countBits, emptyBits, hasBit, members, orInto, setBit, type Bits } from './bitset';
import { firstK, type SearchIndex, type WordStems } from './index-data';
import { compoundSplits } from './lexemes';
import { indexStore } from './index-store';
import { getTaxonomies } from '@/server/taxonomies/queries';

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
  /** With no results: other queries to offer ("did you mean"), nearest first. */
  suggestions: string[];
  /** With `points`: matches with a place (in no particular order), and how many have none. */
  points?: SearchPoint[];
  withoutPlace?: number;
  /** With `ids`: the matches' ids. */
  ids?: string[];
}

export interface SearchOptions {
  locale: Locale;
  now?: Date;
  pageSize?: number;
  /** Skip facet counting (API list calls that do not need them). */
  facets?: boolean;
  /** Also return the places of up to this many matches, for the map. */
  points?: number;
  /** Also return the ids of up to this many matches (in no particular order), for the calendar. */
  ids?: number;
}

export interface SearchPoint {
  id: string;
  lat: number;
  lon: number;
}

export interface GeoPoint {
  lat: number;
  lon: number;
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

type Dimension = ListDimension | 'location' | 'free' | 'date' | 'when' | 'open';

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
  const range = filters.date ? resolveDateRange(filters.date, now) : null;
  if (range) {
    sets.set(
      'date',
      index.onDates(range.from.getTime(), range.to.getTime(), dayNumber(range.fromDate), dayNumber(range.toDate)),
    );
  }
  // Weekday and time of day ask about one occurrence: inside the chosen dates, or from now on.
  const slots = slotMask(filters);
  if (slots !== ALL_SLOTS) {
    sets.set('when', index.inSlots(range?.from.getTime() ?? now.getTime(), range?.to.getTime() ?? Infinity, slots));
  }
  if (filters.open) sets.set('open', index.underWay(now.getTime()));
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

/** How a query word found its documents. */
type WordHow = 'exact' | 'compound' | 'typo' | 'none' | 'stop';

interface RankedWords extends Ranked {
  how: WordHow[];
}

/** Each query word's stems, and those of the parts it may be a compound of. */
export type StemsOf = (word: string) => WordStems;

/**
 * The words each query word needs stemmed: itself and the parts of its compound splits
 * (stemmed in the same round trip, so the search never waits on the database once it
 * holds the index).
 */
export function wordsToStem(terms: readonly string[]): string[] {
  const words = new Set(terms);
  for (const term of terms) for (const part of compoundSplits(term).flat()) words.add(part);
  return [...words];
}

/**
 * One word's documents in both languages (each stem a prefix of a lexeme) and, when it
 * is long enough, inside title and organiser-name compounds; scores go to `own` and
 * `other` by language. Null for a stop word.
 */
function matchWord(
  index: SearchIndex,
  term: string,
  stems: WordStems,
  own: 'fi' | 'sv',
  scores: Record<'fi' | 'sv', Float64Array>,
): Bits | null {
  // A stop word in either language ("och", "ja") constrains nothing.
  if (stems.fi.length === 0 || stems.sv.length === 0) return null;
  const bits = index.matchStems(own, stems[own], scores[own]) ?? emptyBits(index.docCount);
  const other = own === 'fi' ? 'sv' : 'fi';
  const theirs = index.matchStems(other, stems[other], scores[other]);
  if (theirs) orInto(bits, theirs);
  if (term.length >= SUBSTRING_MIN_LENGTH) orInto(bits, index.containing(term));
  return bits;
}

/**
 * A word made of indexed words ("vertaistukiryhmä" = vertaistuki + ryhmä, which the
 * texts use apart): the documents holding both parts, by the longest first part that
 * is a word of its own and finds some. Null when no split does.
 */
function matchCompound(
  index: SearchIndex,
  term: string,
  stemsOf: StemsOf,
  own: 'fi' | 'sv',
  scores: Record<'fi' | 'sv', Float64Array>,
): Bits | null {
  const isWord = (part: string) => {
    const stems = stemsOf(part);
    return (['fi', 'sv'] as const).some((language) =>
      stems[language].length > 0 && stems[language].every((stem) => index.isLexeme(language, stem)),
    );
  };
  for (const [head, tail] of compoundSplits(term)) {
    if (!isWord(head) || !isWord(tail)) continue;
    const partScores = { fi: index.scratch('partFi'), sv: index.scratch('partSv') };
    const bits = matchWord(index, head, stemsOf(head), own, partScores);
    const rest = matchWord(index, tail, stemsOf(tail), own, partScores);
    if (!bits || !rest) continue;
    andInto(bits, rest);
    if (countBits(bits) === 0) continue;
    for (const doc of members(bits)) {
      scores.fi[doc]! += partScores.fi[doc]! / 2;
      scores.sv[doc]! += partScores.sv[doc]! / 2;
    }
    return bits;
  }
  return null;
}

/**
 * Full-text match in Finnish and Swedish: every word must match, as a prefix of a
 * stemmed lexeme in either language or inside a title or organiser name's compound
 * words. A word that finds nothing is tried as a compound of indexed words, then with
 * typos. Content in the page's language ranks first, the other language still counts,
 * and words standing in a title or organiser name (compounds included) count most.
 */
function rankWords(index: SearchIndex, terms: string[], stemsOf: StemsOf, locale: Locale): RankedWords {
  const own = locale === 'sv' ? 'sv' : 'fi';
  const scores = { fi: index.scratch('fi'), sv: index.scratch('sv') };
  const bits = index.liveBits();
  const how: WordHow[] = [];
  const inTitles: Bits[] = [];
  for (const term of terms) {
    const stems = stemsOf(term);
    let found = matchWord(index, term, stems, own, scores);
    if (!found) {
      how.push('stop');
      continue;
    }
    let kind: WordHow = 'exact';
    if (countBits(found) === 0) {
      found = matchCompound(index, term, stemsOf, own, scores);
      kind = 'compound';
    }
    if (!found || countBits(found) === 0) {
      found = index.matchTypoStems('fi', stems.fi, scores.fi);
      orInto(found, index.matchTypoStems('sv', stems.sv, scores.sv));
      kind = countBits(found) > 0 ? 'typo' : 'none';
    }
    how.push(kind);
    andInto(bits, found);
    if (kind === 'exact' && term.length >= SUBSTRING_MIN_LENGTH) inTitles.push(index.containing(term));
  }
  // Only stop words: nothing to look for.
  if (how.every((kind) => kind === 'stop')) bits.fill(0);
  const rank = index.scratch('rank');
  const words = Math.max(1, how.filter((kind) => kind !== 'stop').length);
  const [ownScores, otherScores] = own === 'fi' ? [scores.fi, scores.sv] : [scores.sv, scores.fi];
  for (const doc of members(bits)) {
    let score = ownScores[doc]! / words + (0.4 * otherScores[doc]!) / words;
    for (const part of inTitles) if (hasBit(part, doc)) score += 0.3;
    if (index.featured[doc]) score += 0.01;
    rank[doc] = score;
  }
  return { bits, rank, how };
}

/** At most this many "did you mean" queries. */
const SUGGESTIONS = 4;

/**
 * Queries to offer when the words found nothing: each word no document holds replaced by
 * the nearest title or organiser-name words; when every word is known but not together,
 * each word alone.
 */
function didYouMean(index: SearchIndex, terms: string[], how: WordHow[]): string[] {
  const unknown = terms.flatMap((term, i) => (how[i] === 'none' ? [i] : []));
  const offers: string[] = [];
  for (const i of unknown) {
    for (const word of index.nearestWords(terms[i]!, SUGGESTIONS)) {
      offers.push(terms.map((term, j) => (j === i ? word : term)).join(' '));
    }
  }
  if (unknown.length === 0) {
    const known = terms.filter((_, i) => how[i] === 'exact' || how[i] === 'compound' || how[i] === 'typo');
    if (known.length > 1) offers.push(...known);
  }
  return [...new Set(offers)].slice(0, SUGGESTIONS);
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

/**
 * Squared distance from `origin` on a plane stretched by the cosine of its latitude: the
 * same order as great-circle distance at a county's scale, without trigonometry per
 * document. Documents without a place come last.
 */
function distances(index: SearchIndex, origin: GeoPoint): (doc: number) => number {
  const stretch = Math.cos((origin.lat * Math.PI) / 180);
  const { latitude, longitude } = index;
  return (doc) => {
    const dy = latitude[doc]! - origin.lat;
    const dx = (longitude[doc]! - origin.lon) * stretch;
    const d = dx * dx + dy * dy;
    return Number.isNaN(d) ? Infinity : d;
  };
}

/** The point a "near" choice means: a municipality's centre, or the browser's point. */
export async function originOf(near: SearchFilters['near']): Promise<GeoPoint | null> {
  if (!near) return null;
  if (!('municipality' in near)) return near;
  const municipality = (await getTaxonomies()).municipalities.find((m) => m.slug === near.municipality);
  return municipality?.latitude != null && municipality.longitude != null
    ? { lat: municipality.latitude, lon: municipality.longitude }
    : null;
}

function order(
  index: SearchIndex,
  filters: SearchFilters,
  locale: Locale,
  ranked: Ranked | null,
  mode: SearchResult['mode'],
  origin: GeoPoint | null,
): Before {
  const { ids, featured, next, updated, published } = index;
  const sortKey = locale === 'sv' ? index.sortSv : index.sortFi;
  const byName: Before = (a, b) => (sortKey[a] !== sortKey[b] ? sortKey[a]! < sortKey[b]! : ids[a]! < ids[b]!);
  if (filters.sort === 'nearest' && origin) {
    const distance = distances(index, origin);
    return (a, b) => {
      const da = distance(a);
      const db = distance(b);
      return da !== db ? da < db : byName(a, b);
    };
  }
  switch (filters.sort) {
    case 'name':
      return byName;
    case 'soonest':
      return (a, b) => (next[a] !== next[b] ? next[a]! < next[b]! : byName(a, b));
    case 'updated':
      return (a, b) => (updated[a] !== updated[b] ? updated[a]! > updated[b]! : ids[a]! < ids[b]!);
    case 'nearest':
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
  const stemmed = wordsToStem(terms);
  const [index, stems, origin] = await Promise.all([store.current(), store.stems(stemmed), originOf(filters.near)]);
  const stemsByWord = new Map(stemmed.map((word, i) => [word, { fi: stems.fi[i]!, sv: stems.sv[i]! }]));
  const stemsOf: StemsOf = (word) => stemsByWord.get(word) ?? { fi: [], sv: [] };

  // From here on nothing awaits: the index cannot change under the search.
  const sets = filterSets(index, filters, now);
  let mode: SearchResult['mode'] = terms.length > 0 ? 'text' : 'browse';
  const words = terms.length > 0 ? rankWords(index, terms, stemsOf, options.locale) : null;
  let ranked: Ranked | null = words;
  if (words?.how.includes('typo')) mode = 'fuzzy';
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

  const page = firstK(members(all, total), offset + pageSize, order(index, filters, options.locale, ranked, mode, origin)).slice(
    offset,
  );
  const countsWanted = options.facets !== false && (mode !== 'fuzzy' || total > 0);
  const suggestions = words && total === 0 ? didYouMean(index, terms, words.how) : [];
  return {
    mode,
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    hits: page.map((doc) => ({ id: index.ids[doc]!, rank: ranked ? ranked.rank[doc]! : 0 })),
    facets: countsWanted ? countFacets(index, ranked?.bits ?? null, sets, all, total) : emptyFacets(),
    terms,
    suggestions,
    ...(options.points ? placesOf(index, all, total, options.points) : {}),
    ...(options.ids ? { ids: Array.from(members(all, total).subarray(0, options.ids), (doc) => index.ids[doc]!) } : {}),
  };
}

function placesOf(index: SearchIndex, all: Bits, total: number, limit: number): { points: SearchPoint[]; withoutPlace: number } {
  const points: SearchPoint[] = [];
  let withoutPlace = 0;
  for (const doc of members(all, total)) {
    const lat = index.latitude[doc]!;
    if (Number.isNaN(lat)) withoutPlace++;
    else if (points.length < limit) points.push({ id: index.ids[doc]!, lat, lon: index.longitude[doc]! });
  }
  return { points, withoutPlace };
}
