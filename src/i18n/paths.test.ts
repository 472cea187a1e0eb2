import { describe, expect, it } from 'vitest';
import { internalPathname, localizedPathname } from './paths';

describe('localizedPathname', () => {
  it('localizes, prefixes and fills params like next-intl', () => {
    expect(localizedPathname('/', 'fi')).toBe('/fi');
    expect(localizedPathname('/search', 'sv')).toBe('/sv/sok');
    expect(localizedPathname({ pathname: '/activities/[slug]', params: { slug: 'lukupiiri' } }, 'fi')).toBe(
      '/fi/toiminta/lukupiiri',
    );
    expect(localizedPathname({ pathname: '/themes/[slug]', params: { slug: 'päihteet' } }, 'sv')).toBe(
      '/sv/teman/p%C3%A4ihteet',
    );
    expect(localizedPathname({ pathname: '/admin/sync/[id]', params: { id: 7 } }, 'sv')).toBe(
      '/sv/administration/synkronisering/7',
    );
    expect(() => localizedPathname('/l/[code]', 'fi')).toThrow(/Insufficient params/);
  });

  it('appends a query and keeps unknown paths', () => {
    expect(localizedPathname({ pathname: '/search', query: { q: 'kuoro laulu', theme: ['a', 'b'] } }, 'fi')).toBe(
      '/fi/haku?q=kuoro+laulu&theme=a&theme=b',
    );
    expect(localizedPathname({ pathname: '/', query: { x: '1' } }, 'sv')).toBe('/sv?x=1');
    expect(localizedPathname('/unknown/', 'fi')).toBe('/fi/unknown');
  });
});

describe('internalPathname', () => {
  it('finds the route of a public path, static routes first', () => {
    expect(internalPathname('/toiminta/lukupiiri', 'fi')).toBe('/activities/[slug]');
    expect(internalPathname('/administration/verksamheter/ny', 'sv')).toBe('/admin/activities/new');
    expect(internalPathname('/administration/verksamheter/12', 'sv')).toBe('/admin/activities/[id]');
    expect(internalPathname('/', 'fi')).toBe('/');
    expect(internalPathname('/ei-ole', 'fi')).toBe('/ei-ole');
  });
});
