import type { MetadataRoute } from 'next';
import { getEnv } from '@/server/env';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        // The longest matching rule wins, so the public read API stays open under /api/.
        allow: ['/', '/api/v1/'],
        disallow: ['/api/', '/*/hallinta', '/*/administration', '/*/l/'],
      },
    ],
    sitemap: `${getEnv().PUBLIC_BASE_URL}/sitemap.xml`,
  };
}
