/**
 * Pure text helpers of the in-process search index: reading PostgreSQL's tsvector text,
 * ts_rank's per-lexeme score, the words of a title line, and bounded typo distance.
 */

/** ts_rank's default weights of A, B, C and D. */
const WEIGHT_OF = [1.0, 0.4, 0.2, 0.1];
/** The limit of Σ 1/i², by which ts_rank normalises a lexeme's score. */
const ZETA_2 = 1.64493406685;

/**
 * Lexemes of a tsvector's text form ('kahvil':1A,4 'muist':2B) with their contribution to
 * ts_rank (calc_rank_or in PostgreSQL): the best-weighted position counts fully, further
 * positions less and less (by 1/j²), normalised by Σ 1/j². A lexeme without positions
 * counts as one position of weight D, as in PostgreSQL.
 */
export function parseTsvector(text: string, visit: (lexeme: string, score: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (text.charCodeAt(i) !== 39 /* ' */) {
      i++;
      continue;
    }
    // Quoted lexeme: '' is a quote, \x is x.
    let lexeme = '';
    let start = ++i;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 39) {
        if (text.charCodeAt(i + 1) === 39) {
          lexeme += text.slice(start, i + 1);
          i += 2;
          start = i;
          continue;
        }
        lexeme += text.slice(start, i);
        i++;
        break;
      }
      if (c === 92 /* \ */) {
        lexeme += text.slice(start, i);
        start = i + 1;
        i += 2;
        continue;
      }
      if (i >= length) throw new Error('Unterminated lexeme in tsvector text');
      i++;
    }
    // The score accumulated position by position (no arrays or closures: this runs for
    // every lexeme of every activity when the index is built).
    let sum = 0;
    let best = -1;
    let bestAt = 0;
    let j = 0;
    let more = text.charCodeAt(i) === 58; /* : */
    if (more) i++;
    do {
      let w = WEIGHT_OF[3]!;
      if (more) {
        while (i < length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
        const mark = text.charCodeAt(i);
        if (mark >= 65 && mark <= 68 /* A-D */) {
          w = WEIGHT_OF[mark - 65]!;
          i++;
        }
        more = text.charCodeAt(i) === 44; /* , */
        if (more) i++;
      }
      sum += w / ((j + 1) * (j + 1));
      if (w > best) {
        best = w;
        bestAt = j;
      }
      j++;
    } while (more);
    visit(lexeme, (best + sum - best / ((bestAt + 1) * (bestAt + 1))) / ZETA_2);
  }
}

/** The words (maximal runs of letters and digits) of a lower-cased title line. */
export function titleWords(text: string | null): string[] {
  if (!text) return [];
  return [...new Set(text.match(/[\p{L}\p{N}]+/gu) ?? [])];
}

/** How many typos a query word of this length may contain. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * The fewest edits (insert, delete, substitute) that turn `term` into some substring of
 * `word`, or `limit + 1` when more than `limit` are needed. A typo inside a compound word
 * ("kävelyrymä" in "sauvakävelyryhmä") is found this way.
 */
export function substringDistance(term: string, word: string, limit: number, row: Int32Array): number {
  const m = term.length;
  const n = word.length;
  if (n < m - limit) return limit + 1;
  // row[j]: edits for term[0..i) ending at word position j; a match may start anywhere.
  for (let j = 0; j <= n; j++) row[j] = 0;
  for (let i = 1; i <= m; i++) {
    const t = term.charCodeAt(i - 1);
    let diagonal = row[0]!;
    row[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const above = row[j]!;
      const value = Math.min(above + 1, row[j - 1]! + 1, diagonal + (word.charCodeAt(j - 1) === t ? 0 : 1));
      diagonal = above;
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
  }
  let result = limit + 1;
  for (let j = 0; j <= n; j++) if (row[j]! < result) result = row[j]!;
  return result;
}

/**
 * The fewest edits that turn `term` into some prefix of `word` (a query stem with a typo
 * still matches as a prefix: "vertastuk" → "vertaistuk"), or `limit + 1` when more than
 * `limit` are needed.
 */
export function prefixDistance(term: string, word: string, limit: number, row: Int32Array): number {
  const m = term.length;
  const n = word.length;
  // row[j]: edits for term[0..i) against word[0..j).
  for (let j = 0; j <= n; j++) row[j] = j;
  for (let i = 1; i <= m; i++) {
    const t = term.charCodeAt(i - 1);
    let diagonal = row[0]!;
    row[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const above = row[j]!;
      const value = Math.min(above + 1, row[j - 1]! + 1, diagonal + (word.charCodeAt(j - 1) === t ? 0 : 1));
      diagonal = above;
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
  }
  let result = limit + 1;
  for (let j = 0; j <= n; j++) if (row[j]! < result) result = row[j]!;
  return result;
}

/** The fewest edits that turn `term` into `word`, or `limit + 1` when more are needed. */
export function editDistance(term: string, word: string, limit: number, row: Int32Array): number {
  if (Math.abs(term.length - word.length) > limit) return limit + 1;
  const distance = prefixDistance(term, word, limit, row);
  return distance > limit ? distance : Math.min(limit + 1, row[word.length]!);
}

/** Shortest part a compound query word is split into ("vertaistuki" + "ryhmä"). */
export const COMPOUND_PART_MIN = 4;

/**
 * The ways to cut a query word into two parts of at least COMPOUND_PART_MIN letters,
 * longest first part first ("vertaistukiryhmä" → …, ["vertaistuki", "ryhmä"], …).
 */
export function compoundSplits(term: string): [string, string][] {
  const splits: [string, string][] = [];
  for (let at = term.length - COMPOUND_PART_MIN; at >= COMPOUND_PART_MIN; at--) {
    splits.push([term.slice(0, at), term.slice(at)]);
  }
  return splits;
}
