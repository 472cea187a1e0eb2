/**
 * Pure text helpers of the in-process search index: reading PostgreSQL's tsvector text,
 * ts_rank's per-lexeme score, the words of a title line, and bounded typo distance.
 */

/** ts_rank's default weights for D, C, B and A. */
const WEIGHTS: Record<string, number> = { A: 1.0, B: 0.4, C: 0.2, D: 0.1 };
/** The limit of Σ 1/i², by which ts_rank normalises a lexeme's score. */
const ZETA_2 = 1.64493406685;

/**
 * A lexeme's contribution to ts_rank (calc_rank_or in PostgreSQL): its best-weighted
 * position counts fully, further positions less and less.
 */
export function lexemeScore(weights: readonly number[]): number {
  let sum = 0;
  let best = -1;
  let bestAt = 0;
  for (let j = 0; j < weights.length; j++) {
    const w = weights[j]!;
    sum += w / ((j + 1) * (j + 1));
    if (w > best) {
      best = w;
      bestAt = j;
    }
  }
  if (weights.length === 0) return 0;
  return (best + sum - best / ((bestAt + 1) * (bestAt + 1))) / ZETA_2;
}

/**
 * Lexemes of a tsvector's text form ('kahvil':1A,4 'muist':2B) with their ts_rank scores.
 * A lexeme without positions counts as one position of weight D, as in PostgreSQL.
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
    const weights: number[] = [];
    if (text.charCodeAt(i) === 58 /* : */) {
      i++;
      for (;;) {
        while (i < length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
        const mark = text[i];
        if (mark === 'A' || mark === 'B' || mark === 'C' || mark === 'D') {
          weights.push(WEIGHTS[mark]!);
          i++;
        } else {
          weights.push(WEIGHTS.D!);
        }
        if (text.charCodeAt(i) !== 44 /* , */) break;
        i++;
      }
    } else {
      weights.push(WEIGHTS.D!);
    }
    visit(lexeme, lexemeScore(weights));
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
