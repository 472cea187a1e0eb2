import 'server-only';
import type { Locale } from '@/i18n/routing';
import { getPrisma } from '@/server/db';
import { cachedByCatalogue } from '@/server/cache/catalogue-cache';
import {
  activityCardSelect,
  showableActivityWhere,
  toActivityCards,
  type ActivityCardData,
} from '@/server/activities/queries';
import { runSearch, type SearchCard } from '@/server/search/results';

export interface FrontPageCatalogue {
  /** Published activities per theme and per stage code. */
  themeCounts: Record<string, number>;
  stageCounts: Record<string, number>;
  /** Activities with the soonest next occurrence. */
  upcoming: SearchCard[];
}

/** Counts for the theme grid and the upcoming activities: one unfiltered search sorted by time. */
export async function getFrontPageCatalogue(locale: Locale, upcomingCount: number): Promise<FrontPageCatalogue> {
  const data = await runSearch({ sort: 'soonest' }, { locale });
  const counts = (dimension: 'theme' | 'stage') =>
    Object.fromEntries(
      (data.facets.find((group) => group.dimension === dimension)?.options ?? []).map((option) => [
        option.value,
        option.count,
      ]),
    );
  return {
    themeCounts: counts('theme'),
    stageCounts: counts('stage'),
    upcoming: data.cards.filter((card) => card.nextOccurrenceAt !== null).slice(0, upcomingCount),
  };
}

/** Activities the editors have featured, most recently updated first. */
export const listFeaturedActivities = cachedByCatalogue('featured', loadFeaturedActivities);

async function loadFeaturedActivities({ locale, limit }: { locale: Locale; limit: number }): Promise<ActivityCardData[]> {
  const prisma = await getPrisma();
  const rows = await prisma.activity.findMany({
    where: { ...showableActivityWhere, featured: true },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: activityCardSelect,
  });
  return toActivityCards(rows, locale);
}
