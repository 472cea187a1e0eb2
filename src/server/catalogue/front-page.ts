import 'server-only';
import { pickLocalized } from '@/lib/i18n/localized';
import type { Locale } from '@/i18n/routing';
import { getPrisma } from '@/server/db';
import type { ActivityCardData } from '@/server/activities/queries';
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
export async function listFeaturedActivities({ locale, limit }: { locale: Locale; limit: number }): Promise<ActivityCardData[]> {
  const prisma = await getPrisma();
  const rows = await prisma.activity.findMany({
    where: {
      status: 'PUBLISHED',
      featured: true,
      OR: [{ titleFi: { not: null } }, { titleSv: { not: null } }, { titleEn: { not: null } }],
    },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: {
      slug: true,
      titleFi: true,
      titleSv: true,
      titleEn: true,
      summaryFi: true,
      summarySv: true,
      summaryEn: true,
      isRegionWide: true,
      isRemote: true,
      organization: { select: { nameFi: true, nameSv: true, nameEn: true } },
      municipalities: { select: { municipality: { select: { nameFi: true, nameSv: true } } } },
    },
  });
  const collator = new Intl.Collator(locale);
  return rows.flatMap((row) => {
    const title = pickLocalized({ fi: row.titleFi, sv: row.titleSv, en: row.titleEn }, locale);
    if (!title) return [];
    const { organization } = row;
    return [
      {
        slug: row.slug,
        title,
        summary: pickLocalized({ fi: row.summaryFi, sv: row.summarySv, en: row.summaryEn }, locale),
        organizerName: organization
          ? pickLocalized({ fi: organization.nameFi, sv: organization.nameSv, en: organization.nameEn }, locale)
          : null,
        municipalityNames: row.municipalities
          .map(({ municipality }) => (locale === 'sv' ? municipality.nameSv : municipality.nameFi))
          .sort(collator.compare),
        isRegionWide: row.isRegionWide,
        isRemote: row.isRemote,
      },
    ];
  });
}
