import { describe, expect, it } from 'vitest';
import { highlight, prefixTsQuery, queryTerms } from './text';

describe('queryTerms', () => {
  it('keeps letters and digits of any script and drops operators', () => {
    expect(queryTerms('Muisti-kahvila & (Oulu) !')).toEqual(['muisti', 'kahvila', 'oulu']);
    expect(queryTerms("Väntjänst' OR 1=1 --")).toEqual(['väntjänst', 'or', '1']);
    expect(queryTerms('   ')).toEqual([]);
  });

  it('folds borrowed accents but keeps å, ä and ö', () => {
    expect(queryTerms('Minneskaféet Å Ä Ö')).toEqual(['minneskafeet', 'å', 'ä', 'ö']);
  });

  it('keeps at most eight distinct words', () => {
    expect(queryTerms('a b c d e f g h i j a')).toHaveLength(8);
  });
});

describe('prefixTsQuery', () => {
  it('requires every word, each as a prefix', () => {
    expect(prefixTsQuery(['vertais', 'ryhmä'])).toBe('vertais:* & ryhmä:*');
  });
});

describe('highlight', () => {
  it('marks inflected forms and compounds of the searched words', () => {
    const segments = highlight('Muistikahvila kokoontuu kahvilassa torstaisin.', ['kahvila']);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Muistikahvila', 'kahvilassa']);
  });

  it('matches short terms only at the start of a word', () => {
    const segments = highlight('Ikäihmisten ilta ja iltapäivä', ['ilt']);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['ilta', 'iltapäivä']);
  });

  it('marks Swedish words regardless of case and keeps the text intact', () => {
    const text = 'Samtalsgrupp för närstående. Gruppen träffas i Brahestad.';
    const segments = highlight(text, ['grupp']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Gruppen']);
  });

  it('marks accented words found with a plain query', () => {
    const segments = highlight('Välkommen till minneskaféet!', ['minneskafe']);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['minneskaféet']);
  });

  it('returns the text as one plain segment without terms', () => {
    expect(highlight('Kävelyryhmä', [])).toEqual([{ text: 'Kävelyryhmä', match: false }]);
  });
});
