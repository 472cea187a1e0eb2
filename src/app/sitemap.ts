import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { listSitemapItems } from '@/server/seo/sitemap';
import { absoluteUrl, languageAlternates, type AppHref } from '@/server/seo/urls';

// Lists what is published right now, so it is built per request, never at build time.
export const dynamic = 'force-dynamic';

const STATIC_PAGES: AppHref[] = ['/', '/search', '/accessibility', '/privacy'];

function entries(href: AppHref, lastModified?: Date): MetadataRoute.Sitemap {
  const languages = languageAlternates(href);
  return routing.locales.map((locale) => ({
    url: absoluteUrl(href, locale),
    ...(lastModified ? { lastModified } : {}),
    alternates: { languages },
  }));
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { activities, organizations } = await listSitemapItems();
  return [
    ...STATIC_PAGES.flatMap((href) => entries(href)),
    ...activities.flatMap(({ slug, updatedAt }) => entries({ pathname: '/activities/[slug]', params: { slug } }, updatedAt)),
    ...organizations.flatMap(({ slug, updatedAt }) =>
      entries({ pathname: '/organizations/[slug]', params: { slug } }, updatedAt),
    ),
  ];
}
