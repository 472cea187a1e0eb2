import { describe, expect, it } from 'vitest';
import { pageCsp, tileOrigin } from './security-headers';

const imgSrc = (csp: string) => csp.split('; ').find((directive) => directive.startsWith('img-src'));

describe('the tile server in the page CSP', () => {
  it('allows OpenStreetMap by default and the configured tile server otherwise', () => {
    expect(tileOrigin(undefined)).toBe('https://tile.openstreetmap.org');
    expect(tileOrigin('')).toBe('https://tile.openstreetmap.org');
    expect(tileOrigin('http://127.0.0.1:3211/tiles/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:3211');
    expect(tileOrigin('https://{s}.tiles.example.fi/kartta/{z}/{x}/{y}.png')).toBe('https://*.tiles.example.fi');
    expect(imgSrc(pageCsp('n', { tileOrigin: 'https://tile.openstreetmap.org' }))).toBe(
      "img-src 'self' data: blob: https://tile.openstreetmap.org",
    );
  });

  it('allows no other image host when there are no tiles or the setting is odd', () => {
    expect(tileOrigin('none')).toBeNull();
    expect(tileOrigin('https://a{s}b.example.fi/{z}/{x}/{y}.png')).toBeNull();
    expect(tileOrigin('https://x.example.fi; script-src *')).toBeNull();
    expect(imgSrc(pageCsp('n', { tileOrigin: null }))).toBe("img-src 'self' data: blob:");
  });
});
