import { describe, expect, it } from 'vitest';
import { matchRoute } from './route-match';

describe('matchRoute', () => {
  it('finds translated pages and the subject of gated ones', () => {
    expect(matchRoute('/fi')).toEqual({ kind: 'page', gated: null });
    expect(matchRoute('/sv/sok')).toEqual({ kind: 'page', gated: null });
    expect(matchRoute('/fi/hallinta/toiminnot/abc')).toEqual({ kind: 'page', gated: null });
    expect(matchRoute('/fi/toiminta/kuoro-oulu')).toEqual({
      kind: 'page',
      gated: { route: '/activities/[slug]', locale: 'fi', slug: 'kuoro-oulu' },
    });
    expect(matchRoute('/sv/teman/motion')).toEqual({ kind: 'page', gated: { route: '/themes/[slug]', locale: 'sv', slug: 'motion' } });
    expect(matchRoute('/en/l/abc')).toEqual({ kind: 'page', gated: { route: '/l/[code]', code: 'abc' } });
    expect(matchRoute('/en/activities/choir')).toEqual({
      kind: 'page',
      gated: { route: '/activities/[slug]', locale: 'en', slug: 'choir' },
    });
  });

  it('leaves internal paths (redirected by locale routing), files and other prefixes alone', () => {
    expect(matchRoute('/fi/search')).toEqual({ kind: 'page', gated: null });
    expect(matchRoute('/robots.txt')).toEqual({ kind: 'other' });
    expect(matchRoute('/')).toEqual({ kind: 'other' });
    expect(matchRoute('/de/haku')).toEqual({ kind: 'other' });
  });

  it('reports paths under a locale that no page has', () => {
    expect(matchRoute('/fi/ei-mitaan')).toEqual({ kind: 'unknown', locale: 'fi' });
    expect(matchRoute('/sv/verksamhet/a/b')).toEqual({ kind: 'unknown', locale: 'sv' });
  });
});
