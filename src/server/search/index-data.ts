/**
 * The in-process search index: published activities as dense document numbers, their
 * Finnish and Swedish lexemes (from the database's tsvectors) and title words as posting
 * lists, facet codes as bit sets, and the sort keys. Pure data and algorithms; loading it
 * from the database and keeping it fresh is index-store.ts's job.
 */
import { andInto, clearBit, countAnd, emptyBits, hasBit, members, orInto, setBit, wordsFor, type Bits } from './bitset';
import { editDistance, parseTsvector, prefixDistance, substringDistance, titleWords, typoBudget } from './lexemes';
import { occurrenceSlot } from '@/lib/search/when';

/** One "Activity" row as the index reads it (times in epoch milliseconds). */
export interface IndexRow {
  id: string;
  status: string;
  featured: boolean;
  providerType: string;
  isFree: boolean;
  isRemote: boolean;
  facetCodes: string[];
  sortKeyFi: string | null;
  sortKeySv: string | null;
  nextOccurrenceAt: number | null;
  updatedAt: number;
  publishedAt: number | null;
  searchFi: string | null;
  searchSv: string | null;
  searchTrgm: string | null;
  /** Occurrence starts and ends (the start when open-ended), in start order. */
  occurrenceStarts: number[];
  occurrenceEnds: number[];
  /** PERIOD schedules as day numbers since 1970-01-01 (from, until; ±1e9 when open). */
  periods: number[];
  /** The first place's coordinates (WGS 84), when known. */
  latitude: number | null;
  longitude: number | null;
}

/** A growable list of (document, score) pairs in ascending document order. */
class Postings {
  docs = new Uint32Array(4);
  scores: Float32Array | null;
  length = 0;

  constructor(withScores: boolean) {
    this.scores = withScores ? new Float32Array(4) : null;
  }

  push(doc: number, score: number): void {
    if (this.length === this.docs.length) {
      const docs = new Uint32Array(this.length * 2);
      docs.set(this.docs);
      this.docs = docs;
      if (this.scores) {
        const scores = new Float32Array(this.length * 2);
        scores.set(this.scores);
        this.scores = scores;
      }
    }
    this.docs[this.length] = doc;
    if (this.scores) this.scores[this.length] = score;
    this.length++;
  }

  trim(): void {
    if (this.length === this.docs.length || this.length === 0) return;
    this.docs = this.docs.slice(0, this.length);
    if (this.scores) this.scores = this.scores.slice(0, this.length);
  }

  get bytes(): number {
    return this.docs.byteLength + (this.scores?.byteLength ?? 0) + 48;
  }
}

/** Terms with their postings; prefix look-up through a sorted permutation. */
class Lexicon {
  readonly terms: string[] = [];
  readonly postings: Postings[] = [];
  private readonly ids = new Map<string, number>();
  /** Term ids below `sorted.length`, in term order; later ids are scanned one by one. */
  private sorted = new Uint32Array(0);

  constructor(private readonly withScores: boolean) {}

  add(term: string, doc: number, score: number): void {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.ids.set(term, id);
      this.postings.push(new Postings(this.withScores));
    }
    const postings = this.postings[id]!;
    // A lexeme repeated within one document (two vectors concatenated) adds up.
    if (postings.length > 0 && postings.docs[postings.length - 1] === doc) {
      if (postings.scores) postings.scores[postings.length - 1]! += score;
      return;
    }
    postings.push(doc, score);
  }

  /** Sorts the terms and trims the postings' spare room (after a bulk load). */
  seal(): void {
    for (const postings of this.postings) postings.trim();
    this.sort();
  }

  sort(): void {
    const order = [...this.terms].sort();
    this.sorted = Uint32Array.from(order, (term) => this.ids.get(term)!);
  }

  /** The id of exactly this term, if indexed. */
  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** Ids of the terms that start with `prefix`. */
  withPrefix(prefix: string): number[] {
    if (this.terms.length - this.sorted.length > 4096) this.sort();
    const { terms, sorted } = this;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (terms[sorted[mid]!]! < prefix) low = mid + 1;
      else high = mid;
    }
    const ids: number[] = [];
    for (let i = low; i < sorted.length && terms[sorted[i]!]!.startsWith(prefix); i++) ids.push(sorted[i]!);
    for (let id = sorted.length; id < terms.length; id++) if (terms[id]!.startsWith(prefix)) ids.push(id);
    return ids;
  }

  get bytes(): number {
    let bytes = this.sorted.byteLength;
    for (const postings of this.postings) bytes += postings.bytes;
    for (const term of this.terms) bytes += 2 * term.length + 40;
    return bytes;
  }
}

/** A small least-recently-used cache. */
class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly capacity: number) {}
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }
}

/** Title words found for a query word; extended when words are added to the lexicon. */
interface WordMatches {
  scanned: number;
  ids: number[];
  distances: number[];
}

/** A query word's lexemes in each language (from the database's stemmer; none for a stop word). */
export interface WordStems {
  fi: string[];
  sv: string[];
}

/** Shortest stem whose last letter may be missing from an indexed lexeme (see stemTerms). */
const NEAR_STEM_MIN = 5;

export class SearchIndex {
  docCount = 0;
  liveCount = 0;
  private capacity = 0;
  readonly ids: string[] = [];
  private readonly docOf = new Map<string, number>();
  featured = new Uint8Array(0);
  /** Next occurrence (Infinity when none), updated and published instants (-Infinity when none). */
  next = new Float64Array(0);
  updated = new Float64Array(0);
  published = new Float64Array(0);
  readonly sortFi: string[] = [];
  readonly sortSv: string[] = [];
  live: Bits = new Uint32Array(0);

  /** Each document's occurrences: [occurrenceAt[d], occurrenceAt[d + 1]). */
  private occurrenceAt = new Uint32Array(1);
  private starts = new Float64Array(1024);
  private ends = new Float64Array(1024);
  /** The longest occurrence of each document, to bound the look-up. */
  private longest = new Float64Array(0);
  /** Each occurrence's weekday-and-time slot (see when.ts), and per document the union of them. */
  private slots = new Uint8Array(1024);
  private slotMasks = new Uint32Array(0);
  /** The first place's coordinates in degrees (NaN when unknown). */
  latitude = new Float64Array(0);
  longitude = new Float64Array(0);
  /** Each document's periods: pairs in periodDays[periodAt[d] .. periodAt[d + 1]). */
  private periodAt = new Uint32Array(1);
  private periodDays = new Int32Array(64);

  /** Facet codes ("theme:…", "mun:…", "provider:…", "free:1", "remote:1") and their members. */
  readonly codeNames: string[] = [];
  private readonly codeIds = new Map<string, number>();
  private codeBits: Bits[] = [];
  /** Each document's codes: codeFlat[codeStart[d] .. codeStart[d + 1]). */
  private codeStart = new Uint32Array(1);
  private codeFlat = new Uint16Array(1024);

  readonly fi = new Lexicon(true);
  readonly sv = new Lexicon(true);
  /** Words of titles and organiser names ("searchTrgm"), for compounds and typos. */
  readonly words = new Lexicon(false);
  private readonly substringCache = new Lru<string, WordMatches>(2000);
  private readonly typoCache = new Lru<string, WordMatches>(500);
  private readonly stemTypoCache = new Lru<string, WordMatches>(500);
  private readonly suggestionCache = new Lru<string, WordMatches>(200);
  private readonly typoRow = new Int32Array(256);

  private readonly scratchArrays = new Map<string, Float64Array>();

  /**
   * A zeroed per-document array for one search, reused by the next (a search runs
   * synchronously from start to end, so no two use one at the same time).
   */
  scratch(name: string): Float64Array {
    let array = this.scratchArrays.get(name);
    if (!array || array.length < this.docCount) {
      array = new Float64Array(this.capacity);
      this.scratchArrays.set(name, array);
    } else {
      array.fill(0, 0, this.docCount);
    }
    return array;
  }

  get deadCount(): number {
    return this.docCount - this.liveCount;
  }

  /** Drops an activity (its document stays behind as dead until the next build). */
  remove(id: string): void {
    const previous = this.docOf.get(id);
    if (previous === undefined) return;
    clearBit(this.live, previous);
    this.liveCount--;
    this.docOf.delete(id);
  }

  /** Adds, replaces or (when no longer published) removes an activity. */
  put(row: IndexRow): void {
    this.remove(row.id);
    if (row.status !== 'PUBLISHED') return;
    if (this.docCount === this.capacity) this.grow(Math.max(1024, this.capacity * 2));
    const doc = this.docCount++;
    this.ids[doc] = row.id;
    this.docOf.set(row.id, doc);
    this.featured[doc] = row.featured ? 1 : 0;
    this.next[doc] = row.nextOccurrenceAt ?? Infinity;
    this.updated[doc] = row.updatedAt;
    this.published[doc] = row.publishedAt ?? -Infinity;
    this.sortFi[doc] = row.sortKeyFi ?? '\uffff';
    this.sortSv[doc] = row.sortKeySv ?? '\uffff';

    const codes = [...row.facetCodes, `provider:${row.providerType.toLowerCase()}`];
    if (row.isFree) codes.push('free:1');
    if (row.isRemote) codes.push('remote:1');
    let at = this.codeStart[doc]!;
    if (at + codes.length > this.codeFlat.length) {
      const flat = new Uint16Array(Math.max(this.codeFlat.length * 2, at + codes.length));
      flat.set(this.codeFlat);
      this.codeFlat = flat;
    }
    for (const code of codes) {
      let id = this.codeIds.get(code);
      if (id === undefined) {
        id = this.codeNames.length;
        this.codeNames.push(code);
        this.codeIds.set(code, id);
        this.codeBits.push(new Uint32Array(this.live.length));
      }
      setBit(this.codeBits[id]!, doc);
      this.codeFlat[at++] = id;
    }
    this.codeStart[doc + 1] = at;

    const occurrences = row.occurrenceStarts.length;
    let from = this.occurrenceAt[doc]!;
    if (from + occurrences > this.starts.length) {
      const size = Math.max(this.starts.length * 2, from + occurrences);
      this.starts = grownTo(this.starts, new Float64Array(size));
      this.ends = grownTo(this.ends, new Float64Array(size));
      const slots = new Uint8Array(size);
      slots.set(this.slots);
      this.slots = slots;
    }
    let longest = 0;
    let slotMask = 0;
    for (let i = 0; i < occurrences; i++) {
      this.starts[from] = row.occurrenceStarts[i]!;
      this.ends[from] = row.occurrenceEnds[i]!;
      longest = Math.max(longest, row.occurrenceEnds[i]! - row.occurrenceStarts[i]!);
      const slot = occurrenceSlot(row.occurrenceStarts[i]!);
      this.slots[from] = slot;
      slotMask |= 1 << slot;
      from++;
    }
    this.occurrenceAt[doc + 1] = from;
    this.longest[doc] = longest;
    this.slotMasks[doc] = slotMask;
    this.latitude[doc] = row.latitude ?? NaN;
    this.longitude[doc] = row.longitude ?? NaN;
    let day = this.periodAt[doc]!;
    if (day + row.periods.length > this.periodDays.length) {
      this.periodDays = grownTo(this.periodDays, new Int32Array(Math.max(this.periodDays.length * 2, day + row.periods.length)));
    }
    for (const value of row.periods) this.periodDays[day++] = value;
    this.periodAt[doc + 1] = day;

    if (row.searchFi) parseTsvector(row.searchFi, (lexeme, score) => this.fi.add(lexeme, doc, score));
    if (row.searchSv) parseTsvector(row.searchSv, (lexeme, score) => this.sv.add(lexeme, doc, score));
    for (const word of titleWords(row.searchTrgm)) this.words.add(word, doc, 0);
    setBit(this.live, doc);
    this.liveCount++;
  }

  /** Sorts the lexicons once after a bulk load. */
  seal(): void {
    this.fi.seal();
    this.sv.seal();
    this.words.seal();
  }

  private grow(capacity: number): void {
    const grown = <T extends Float64Array | Uint8Array | Uint32Array>(array: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(array);
      return next;
    };
    this.featured = grown(this.featured, (n) => new Uint8Array(n));
    this.next = grown(this.next, (n) => new Float64Array(n));
    this.updated = grown(this.updated, (n) => new Float64Array(n));
    this.published = grown(this.published, (n) => new Float64Array(n));
    this.codeStart = grown(this.codeStart, (n) => new Uint32Array(n + 1));
    this.occurrenceAt = grown(this.occurrenceAt, (n) => new Uint32Array(n + 1));
    this.periodAt = grown(this.periodAt, (n) => new Uint32Array(n + 1));
    this.longest = grown(this.longest, (n) => new Float64Array(n));
    this.slotMasks = grown(this.slotMasks, (n) => new Uint32Array(n));
    this.latitude = grown(this.latitude, (n) => new Float64Array(n));
    this.longitude = grown(this.longitude, (n) => new Float64Array(n));
    const words = wordsFor(capacity);
    this.live = grown(this.live, () => new Uint32Array(words));
    this.codeBits = this.codeBits.map((bits) => grown(bits, () => new Uint32Array(words)));
    this.capacity = capacity;
  }

  /** A fresh set of every live document. */
  liveBits(): Bits {
    return this.live.slice(0, wordsFor(this.docCount));
  }

  /** Documents having any of the codes. */
  anyOfCodes(codes: readonly string[]): Bits {
    const bits = emptyBits(this.docCount);
    for (const code of codes) {
      const id = this.codeIds.get(code);
      if (id === undefined) continue;
      const source = this.codeBits[id]!;
      for (let i = 0; i < bits.length; i++) bits[i]! |= source[i]!;
    }
    return bits;
  }

  /** Live documents of the given activity ids (unknown ids are skipped). */
  documentsOf(ids: Iterable<string>): Bits {
    const bits = emptyBits(this.docCount);
    for (const id of ids) {
      const doc = this.docOf.get(id);
      if (doc !== undefined) setBit(bits, doc);
    }
    return bits;
  }

  /**
   * Live documents with an occurrence overlapping [from, to) (epoch ms) or a period
   * overlapping the days [fromDay, toDay], like the date filter's SQL did.
   */
  onDates(from: number, to: number, fromDay: number, toDay: number): Bits {
    const bits = emptyBits(this.docCount);
    const { starts, ends, occurrenceAt, periodAt, periodDays } = this;
    for (let doc = 0; doc < this.docCount; doc++) {
      if (((this.live[doc >>> 5]! >>> (doc & 31)) & 1) === 0) continue;
      let found = false;
      for (let i = this.firstEndingAfter(doc, from); i < occurrenceAt[doc + 1]! && starts[i]! < to; i++) {
        if (ends[i]! >= from) {
          found = true;
          break;
        }
      }
      for (let i = periodAt[doc]!; !found && i < periodAt[doc + 1]!; i += 2) {
        if (periodDays[i]! <= toDay && periodDays[i + 1]! >= fromDay) found = true;
      }
      if (found) setBit(bits, doc);
    }
    return bits;
  }

  /**
   * Live documents with an occurrence that starts in one of the `slots` (weekday and time
   * of day, see when.ts) and overlaps [from, to) (epoch ms). A document none of whose
   * occurrences falls in those slots is skipped without a look at its dates.
   */
  inSlots(from: number, to: number, slots: number): Bits {
    const bits = emptyBits(this.docCount);
    const { starts, ends, occurrenceAt, slotMasks } = this;
    for (let doc = 0; doc < this.docCount; doc++) {
      if ((slotMasks[doc]! & slots) === 0 || ((this.live[doc >>> 5]! >>> (doc & 31)) & 1) === 0) continue;
      const last = occurrenceAt[doc + 1]!;
      for (let i = this.firstEndingAfter(doc, from); i < last && starts[i]! < to; i++) {
        if (ends[i]! >= from && ((1 << this.slots[i]!) & slots) !== 0) {
          setBit(bits, doc);
          break;
        }
      }
    }
    return bits;
  }

  /**
   * Live documents with an occurrence under way at `at`: started, and not yet ended.
   * Occurrences without an end are left out, since nobody knows when they close.
   */
  underWay(at: number): Bits {
    const bits = emptyBits(this.docCount);
    const { starts, ends, occurrenceAt } = this;
    for (let doc = 0; doc < this.docCount; doc++) {
      if (this.longest[doc] === 0 || ((this.live[doc >>> 5]! >>> (doc & 31)) & 1) === 0) continue;
      const last = occurrenceAt[doc + 1]!;
      for (let i = this.firstEndingAfter(doc, at); i < last && starts[i]! <= at; i++) {
        if (ends[i]! > at) {
          setBit(bits, doc);
          break;
        }
      }
    }
    return bits;
  }

  /** Index of the first of a document's occurrences that could end at or after `from`. */
  private firstEndingAfter(doc: number, from: number): number {
    // Occurrences are in start order; one that ends after `from` starts after from - longest.
    let low = this.occurrenceAt[doc]!;
    let high = this.occurrenceAt[doc + 1]!;
    const earliest = from - this.longest[doc]!;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.starts[mid]! < earliest) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** How many documents of `bits` (`count` of them) carry each code, by code name. */
  countCodes(bits: Bits, count: number): Map<string, number> {
    const counts = new Int32Array(this.codeNames.length);
    const perDocument = count * 8;
    if (perDocument < this.codeNames.length * bits.length) {
      for (const doc of members(bits, count)) {
        for (let i = this.codeStart[doc]!; i < this.codeStart[doc + 1]!; i++) counts[this.codeFlat[i]!]!++;
      }
    } else {
      for (let id = 0; id < counts.length; id++) counts[id] = countAnd(bits, this.codeBits[id]!);
    }
    const result = new Map<string, number>();
    counts.forEach((n, id) => {
      if (n > 0) result.set(this.codeNames[id]!, n);
    });
    return result;
  }

  /**
   * Documents one query word matches in one language, like `vector @@ to_tsquery('w:*')`
   * (every stem as a prefix of a lexeme), adding `factor` × the ts_rank-style score of
   * each matching lexeme to `scores`. Null for a word without stems (a stop word).
   */
  matchStems(language: 'fi' | 'sv', stems: readonly string[], scores: Float64Array, factor = 1): Bits | null {
    const lexicon = language === 'sv' ? this.sv : this.fi;
    let result: Bits | null = null;
    for (const stem of stems) {
      const bits = this.collect(lexicon, this.stemTerms(lexicon, stem), factor, scores);
      if (result) andInto(result, bits);
      else result = bits;
    }
    return result;
  }

  /**
   * Whether a stem is an indexed lexeme (or one letter short of it, as in stemTerms):
   * a part of a compound query word must be a word of its own, not just any prefix.
   */
  isLexeme(language: 'fi' | 'sv', stem: string): boolean {
    const lexicon = language === 'sv' ? this.sv : this.fi;
    return (
      lexicon.idOf(stem) !== undefined || (stem.length >= NEAR_STEM_MIN && lexicon.idOf(stem.slice(0, -1)) !== undefined)
    );
  }

  /**
   * Lexemes a stem matches: those it is a prefix of, and the stem less its last letter.
   * Snowball's Finnish stemmer cuts the same word differently by its ending
   * ("ystävätoimintaa" → ystävätoimint, "ystävätoiminta" → ystävätoimin), so the
   * inflected query would otherwise miss the base form's lexeme.
   */
  private stemTerms(lexicon: Lexicon, stem: string): number[] {
    const ids = lexicon.withPrefix(stem);
    if (stem.length >= NEAR_STEM_MIN) {
      const shorter = lexicon.idOf(stem.slice(0, -1));
      if (shorter !== undefined) ids.push(shorter);
    }
    return ids;
  }

  /**
   * Documents of lexemes within a typo budget of a stem (as a prefix: "vertastuk" finds
   * vertaistuk…), scored like matchStems but less for each edit. Empty for a stop word.
   */
  matchTypoStems(language: 'fi' | 'sv', stems: readonly string[], scores: Float64Array): Bits {
    const lexicon = language === 'sv' ? this.sv : this.fi;
    let result: Bits | null = null;
    for (const stem of stems) {
      const budget = typoBudget(stem.length);
      const bits = emptyBits(this.docCount);
      if (budget > 0) {
        const row = this.typoRow;
        const matches = this.termMatches(this.stemTypoCache, `${language}:${stem}`, lexicon, (term) => {
          if (term.length + 1 > row.length) return -1;
          const distance = prefixDistance(stem, term, budget, row);
          return distance <= budget ? distance : -1;
        });
        for (let k = 0; k < matches.ids.length; k++) {
          orInto(bits, this.collect(lexicon, [matches.ids[k]!], 0.5 ** matches.distances[k]!, scores));
        }
      }
      if (result) andInto(result, bits);
      else result = bits;
    }
    return result ?? emptyBits(this.docCount);
  }

  /**
   * Title and organiser-name words nearest to a query word, closest and most frequent
   * first: the "did you mean" offers for a search that found nothing.
   */
  nearestWords(term: string, limit: number): string[] {
    // Wider than the typo budget: these are offers to choose from, not matches.
    const budget = Math.min(4, Math.max(1, Math.floor(term.length / 3)));
    const row = this.typoRow;
    const matches = this.termMatches(this.suggestionCache, term, this.words, (word) => {
      if (word.length + 1 > row.length || word === term) return -1;
      const distance = editDistance(term, word, budget, row);
      return distance <= budget ? distance : -1;
    });
    const { terms, postings } = this.words;
    return matches.ids
      .map((id, k) => ({ word: terms[id]!, distance: matches.distances[k]!, documents: this.liveIn(postings[id]!) }))
      .filter((candidate) => candidate.documents > 0)
      .sort((a, b) => a.distance - b.distance || b.documents - a.documents || (a.word < b.word ? -1 : 1))
      .slice(0, limit)
      .map((candidate) => candidate.word);
  }

  private liveIn(postings: Postings): number {
    let count = 0;
    for (let i = 0; i < postings.length; i++) if (hasBit(this.live, postings.docs[i]!)) count++;
    return count;
  }

  /** The documents of some terms' postings, adding factor × their scores. */
  private collect(lexicon: Lexicon, ids: readonly number[], factor: number, scores: Float64Array): Bits {
    const bits = emptyBits(this.docCount);
    for (const id of ids) {
      const { docs, scores: weights, length } = lexicon.postings[id]!;
      for (let i = 0; i < length; i++) {
        const doc = docs[i]!;
        bits[doc >>> 5]! |= 1 << (doc & 31);
        scores[doc]! += factor * weights![i]!;
      }
    }
    return bits;
  }

  private wordMatches(cache: Lru<string, WordMatches>, term: string, test: (word: string) => number): WordMatches {
    return this.termMatches(cache, term, this.words, test);
  }

  /** Terms of a lexicon passing `test` (≥ 0: a distance), scanning only terms added since the last call. */
  private termMatches(
    cache: Lru<string, WordMatches>,
    key: string,
    lexicon: Lexicon,
    test: (term: string) => number,
  ): WordMatches {
    let entry = cache.get(key);
    if (!entry) {
      entry = { scanned: 0, ids: [], distances: [] };
      cache.set(key, entry);
    }
    const { terms } = lexicon;
    for (let id = entry.scanned; id < terms.length; id++) {
      const distance = test(terms[id]!);
      if (distance >= 0) {
        entry.ids.push(id);
        entry.distances.push(distance);
      }
    }
    entry.scanned = terms.length;
    return entry;
  }

  /** Documents whose title or organiser name contains `term` anywhere ("kahvila" in "muistikahvila"). */
  containing(term: string): Bits {
    const bits = emptyBits(this.docCount);
    const matches = this.wordMatches(this.substringCache, term, (word) => (word.includes(term) ? 0 : -1));
    for (const id of matches.ids) {
      const { docs, length } = this.words.postings[id]!;
      for (let i = 0; i < length; i++) setBit(bits, docs[i]!);
    }
    return bits;
  }

  /**
   * Typo-tolerant match on titles and organiser names, in the spirit of pg_trgm's
   * word_similarity: each query word counts by its length when it is a part of some
   * title word within its typo budget (less the edits), and a document whose share of the
   * query's letters reaches `threshold` is a candidate. Returns the best candidates first,
   * at most `limit`.
   */
  matchTypos(terms: readonly string[], limit: number, threshold: number): { doc: number; similarity: number }[] {
    const letters = terms.reduce((sum, term) => sum + term.length, 0);
    if (letters === 0) return [];
    const matched = this.scratch('matched');
    const best = this.scratch('best');
    const row = this.typoRow;
    for (const term of terms) {
      const budget = typoBudget(term.length);
      const matches = this.wordMatches(this.typoCache, term, (word) => {
        if (word.length + 1 > row.length) return word.includes(term) ? 0 : -1;
        const distance = substringDistance(term, word, budget, row);
        return distance <= budget ? distance : -1;
      });
      best.fill(0);
      for (let k = 0; k < matches.ids.length; k++) {
        const score = term.length - matches.distances[k]!;
        const { docs, length } = this.words.postings[matches.ids[k]!]!;
        for (let i = 0; i < length; i++) if (score > best[docs[i]!]!) best[docs[i]!] = score;
      }
      for (let doc = 0; doc < this.docCount; doc++) matched[doc]! += best[doc]!;
    }
    const found: { doc: number; similarity: number }[] = [];
    for (let doc = 0; doc < this.docCount; doc++) {
      const similarity = matched[doc]! / letters;
      if (similarity >= threshold && ((this.live[doc >>> 5]! >>> (doc & 31)) & 1) === 1) found.push({ doc, similarity });
    }
    found.sort((x, y) => y.similarity - x.similarity || x.doc - y.doc);
    return found.slice(0, limit);
  }

  /** Approximate bytes held by the index's arrays and strings. */
  get bytes(): number {
    let bytes =
      this.featured.byteLength +
      this.next.byteLength * 3 +
      this.live.byteLength * (1 + this.codeBits.length) +
      this.codeStart.byteLength +
      this.codeFlat.byteLength +
      this.occurrenceAt.byteLength * 2 +
      this.starts.byteLength * 2 +
      this.slots.byteLength +
      this.slotMasks.byteLength +
      this.latitude.byteLength * 2 +
      this.longest.byteLength +
      this.periodDays.byteLength;
    for (let doc = 0; doc < this.docCount; doc++) {
      bytes += 2 * (this.ids[doc]!.length + this.sortFi[doc]!.length + this.sortSv[doc]!.length) + 120;
    }
    return bytes + this.fi.bytes + this.sv.bytes + this.words.bytes;
  }
}

function grownTo<T extends Float64Array | Int32Array>(array: T, into: T): T {
  into.set(array);
  return into;
}

/**
 * The first `k` documents of `docs` in the order `before` defines: a bounded heap when
 * `k` is small against the candidates, a plain sort otherwise.
 */
export function firstK(docs: Uint32Array, k: number, before: (a: number, b: number) => boolean): number[] {
  const compare = (a: number, b: number) => (before(a, b) ? -1 : before(b, a) ? 1 : 0);
  if (k <= 0) return [];
  if (k * 4 >= docs.length) return Array.from(docs).sort(compare).slice(0, k);
  // Max-heap on order: the root is the last of the k best so far.
  const heap: number[] = [];
  const siftDown = (start: number) => {
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let last = i;
      if (left < heap.length && before(heap[last]!, heap[left]!)) last = left;
      if (right < heap.length && before(heap[last]!, heap[right]!)) last = right;
      if (last === i) return;
      [heap[i], heap[last]] = [heap[last]!, heap[i]!];
      i = last;
    }
  };
  for (const doc of docs) {
    if (heap.length < k) {
      heap.push(doc);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!before(heap[parent]!, heap[i]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (before(doc, heap[0]!)) {
      heap[0] = doc;
      siftDown(0);
    }
  }
  return heap.sort(compare);
}
