import { describe, expect, it } from 'vitest';
import { extractRouteParams, fillRouteTemplate } from './path-params';

describe('extractRouteParams', () => {
  it('reads a dynamic segment', () => {
    expect(extractRouteParams('/toiminta/[slug]', '/toiminta/lukupiiri-oulu')).toEqual({ slug: 'lukupiiri-oulu' });
  });

  it('matches static paths without params', () => {
    expect(extractRouteParams('/', '/')).toEqual({});
    expect(extractRouteParams('/tietosuoja', '/tietosuoja/')).toEqual({});
  });

  it('rejects paths that do not fit', () => {
    expect(extractRouteParams('/toiminta/[slug]', '/toiminta')).toBeNull();
    expect(extractRouteParams('/toiminta/[slug]', '/toiminta/a/b')).toBeNull();
    expect(extractRouteParams('/toiminta/[slug]', '/verksamhet/a')).toBeNull();
    expect(extractRouteParams('/haku', '/')).toBeNull();
  });

  it('decodes percent-encoded values', () => {
    expect(extractRouteParams('/teemat/[slug]', '/teemat/p%C3%A4ihteet')).toEqual({ slug: 'päihteet' });
    expect(extractRouteParams('/teemat/[slug]', '/teemat/%E0%A4%A')).toEqual({ slug: '%E0%A4%A' });
  });

  it('reads catch-all segments', () => {
    expect(extractRouteParams('/docs/[...rest]', '/docs/a/b')).toEqual({ rest: ['a', 'b'] });
    expect(extractRouteParams('/docs/[...rest]', '/docs')).toBeNull();
    expect(extractRouteParams('/docs/[[...rest]]', '/docs')).toEqual({});
  });
});

describe('fillRouteTemplate', () => {
  it('fills dynamic and catch-all segments', () => {
    expect(fillRouteTemplate('/verksamhet/[slug]', { slug: 'lukupiiri-oulu' })).toBe('/verksamhet/lukupiiri-oulu');
    expect(fillRouteTemplate('/docs/[...rest]', { rest: ['a', 'b'] })).toBe('/docs/a/b');
    expect(fillRouteTemplate('/docs/[[...rest]]', {})).toBe('/docs');
    expect(fillRouteTemplate('/', {})).toBe('/');
  });

  it('encodes like next-intl and round-trips with extractRouteParams', () => {
    const path = fillRouteTemplate('/teman/[slug]', { slug: 'päihteet' });
    expect(path).toBe('/teman/p%C3%A4ihteet');
    expect(extractRouteParams('/teman/[slug]', path!)).toEqual({ slug: 'päihteet' });
  });

  it('gives null when a param is missing', () => {
    expect(fillRouteTemplate('/verksamhet/[slug]', {})).toBeNull();
    expect(fillRouteTemplate('/docs/[...rest]', { rest: [] })).toBeNull();
  });
});
