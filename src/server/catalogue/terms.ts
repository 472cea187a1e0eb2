import 'server-only';
import type { Locale } from '@/i18n/routing';
import { getTaxonomies, type NumberedTerm } from '@/server/taxonomies/queries';

export type NumberedTermKind = 'themes' | 'stages';

export type TermLookup =
  | { found: 'here'; term: NumberedTerm }
  /** The slug is the other language's: the page redirects to this locale's slug. */
  | { found: 'other-language'; term: NumberedTerm }
  | { found: 'none' };

/** English pages use the term's code, which is English already ("mental-wellbeing"). */
export function slugOf(term: NumberedTerm, locale: Locale): string {
  return locale === 'sv' ? term.slugSv : locale === 'en' ? term.code : term.slugFi;
}

/** A theme or a service-path stage by the slug in a page's URL. */
export async function findNumberedTerm(kind: NumberedTermKind, slug: string, locale: Locale): Promise<TermLookup> {
  const terms = (await getTaxonomies())[kind];
  const wanted = safeDecode(slug).toLowerCase();
  const here = terms.find((term) => slugOf(term, locale) === wanted);
  if (here) return { found: 'here', term: here };
  const other = terms.find((term) => term.slugFi === wanted || term.slugSv === wanted || term.code === wanted);
  return other ? { found: 'other-language', term: other } : { found: 'none' };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
