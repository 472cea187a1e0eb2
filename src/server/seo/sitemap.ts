import 'server-only';
import { getPrisma } from '@/server/db';
import { showableActivityWhere } from '@/server/activities/queries';

export interface SitemapItem {
  slug: string;
  updatedAt: Date;
}

/** Published activities and the organisations that have them, for the sitemap. */
export async function listSitemapItems(): Promise<{ activities: SitemapItem[]; organizations: SitemapItem[] }> {
  const prisma = await getPrisma();
  const [activities, organizations] = await Promise.all([
    prisma.activity.findMany({
      where: showableActivityWhere,
      select: { slug: true, updatedAt: true },
      orderBy: { slug: 'asc' },
    }),
    prisma.organization.findMany({
      where: { activities: { some: showableActivityWhere } },
      select: { slug: true, updatedAt: true },
      orderBy: { slug: 'asc' },
    }),
  ]);
  return { activities, organizations };
}
