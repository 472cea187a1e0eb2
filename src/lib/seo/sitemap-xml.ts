/**
 * A sitemap with hreflang alternates, in the element order the sitemaps.org schema requires
 * (`loc`, `lastmod`, then other namespaces' elements such as `xhtml:link`). Next's own sitemap
 * writer puts the links before `lastmod`, which the schema rejects.
 */
export interface SitemapEntry {
  url: string;
  lastModified?: Date;
  /** hreflang → absolute URL, including x-default. */
  alternates: Record<string, string>;
}

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(({ url, lastModified, alternates }) =>
    [
      '<url>',
      `<loc>${escapeXml(url)}</loc>`,
      ...(lastModified ? [`<lastmod>${lastModified.toISOString()}</lastmod>`] : []),
      ...Object.entries(alternates).map(
        ([hreflang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}"/>`,
      ),
      '</url>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
