import { describe, expect, it } from 'vitest';
import { sitemapXml } from './sitemap-xml';

describe('sitemapXml', () => {
  it('writes loc, then lastmod, then the hreflang links, escaping URLs', () => {
    const xml = sitemapXml([
      {
        url: 'https://polku.example/fi/toiminta/a&b',
        lastModified: new Date('2026-11-01T10:00:00Z'),
        alternates: { fi: 'https://polku.example/fi/toiminta/a&b', 'x-default': 'https://polku.example/fi/toiminta/a&b' },
      },
    ]);
    const url = xml.slice(xml.indexOf('<url>'), xml.indexOf('</url>'));
    expect(url.indexOf('<loc>')).toBeLessThan(url.indexOf('<lastmod>'));
    expect(url.indexOf('<lastmod>')).toBeLessThan(url.indexOf('<xhtml:link'));
    expect(url).toContain('<loc>https://polku.example/fi/toiminta/a&amp;b</loc>');
    expect(url).toContain('<lastmod>2026-11-01T10:00:00.000Z</lastmod>');
    expect(url).toContain('hreflang="x-default"');
  });
});
