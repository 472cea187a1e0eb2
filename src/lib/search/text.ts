/**
 * Query text → search terms, and highlighting of matched words in result text.
 * Pure: shared by the search SQL builder and the result cards.
 */

export const MAX_TERMS = 8;

const ACCENTED = 'éèêëáàâíìîóòôúùûçñ';
const FOLDED = 'eeeeaaaiiiooouuucn';

/**
 * Folds borrowed accented letters ("kafé" → "kafe") exactly as the database's
 * polku_fold_accents() does for indexed text; å, ä and ö are letters and stay.
 */
export function foldAccents(text: string): string {
  return text.replace(/[éèêëáàâíìîóòôúùûçñ]/g, (char) => FOLDED[ACCENTED.indexOf(char)]!);
}

/** Lower-cased, accent-folded words of letters and digits (any script), at most MAX_TERMS. */
export function queryTerms(q: string): string[] {
  const words = foldAccents(q.toLowerCase()).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/**
 * A to_tsquery() expression: every word must match, each as a prefix, so results
 * appear while a word is still being typed. Terms hold only letters and digits,
 * so they cannot inject tsquery operators.
 */
export function prefixTsQuery(terms: readonly string[]): string {
  return terms.map((term) => `${term}:*`).join(' & ');
}

export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * The stem-like prefix a word is matched by: Finnish and Swedish inflect by suffix
 * ("kahvila" → "kahvilassa", "grupp" → "gruppen"), so a word in the text matches a
 * query term when both share the term's first letters (all but the last two, at least three).
 */
function matchPrefix(term: string): string {
  const length = term.length <= 3 ? term.length : Math.max(3, term.length - 2);
  return term.slice(0, length);
}

/** Splits `text` into plain and matched segments for the given query terms. */
export function highlight(text: string, terms: readonly string[]): TextSegment[] {
  if (terms.length === 0 || !text) return [{ text, match: false }];
  const prefixes = terms.map(matchPrefix).filter((prefix) => prefix.length > 0);
  const segments: TextSegment[] = [];
  const push = (part: string, match: boolean) => {
    if (!part) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  };
  let index = 0;
  for (const found of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = found[0];
    const start = found.index;
    push(text.slice(index, start), false);
    const lower = foldAccents(word.toLowerCase());
    // Long prefixes also match inside compound words ("muistikahvila" for "kahvila").
    push(
      word,
      prefixes.some((prefix) => (prefix.length >= 4 ? lower.includes(prefix) : lower.startsWith(prefix))),
    );
    index = start + word.length;
  }
  push(text.slice(index), false);
  return segments;
}
