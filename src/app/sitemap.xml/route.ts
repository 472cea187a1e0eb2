import { routing } from '@/i18n/routing';
import { sitemapXml, type SitemapEntry } from '@/lib/seo/sitemap-xml';
import { listSitemapItems } from '@/server/seo/sitemap';
import { absoluteUrl, languageAlternates, type AppHref } from '@/server/seo/urls';

// Lists what is published right now, so it is built per request, never at build time.
export const dynamic = 'force-dynamic';

const STATIC_PAGES: AppHref[] = ['/', '/search', '/accessibility', '/privacy'];

function entries(href: AppHref, lastModified?: Date): SitemapEntry[] {
  const alternates = languageAlternates(href);
  return routing.locales.map((locale) => ({ url: absoluteUrl(href, locale), lastModified, alternates }));
}

export async function GET(): Promise<Response> {
  const { activities, organizations } = await listSitemapItems();
  const xml = sitemapXml([
    ...STATIC_PAGES.flatMap((href) => entries(href)),
    ...activities.flatMap(({ slug, updatedAt }) => entries({ pathname: '/activities/[slug]', params: { slug } }, updatedAt)),
    ...organizations.flatMap(({ slug, updatedAt }) => entries({ pathname: '/organizations/[slug]', params: { slug } }, updatedAt)),
  ]);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } });
}
