import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { getPrisma } from '@/server/db';
import { cachedByCatalogue } from '@/server/cache/catalogue-cache';
import { pickLocalized, type LocalizedText } from '@/lib/i18n/localized';
import type { Locale } from '@/i18n/routing';

/** What an activity card needs; plain data, safe to hand to any component. */
export interface ActivityCardData {
  slug: string;
  title: LocalizedText;
  summary: LocalizedText | null;
  organizerName: LocalizedText | null;
  /** Municipality names in the page language, alphabetically. */
  municipalityNames: string[];
  isRegionWide: boolean;
  isRemote: boolean;
}

export interface ListNewestActivitiesOptions {
  locale: Locale;
  limit: number;
}

/** The columns a card needs; shared by every list of cards. */
export const activityCardSelect = {
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
} satisfies Prisma.ActivitySelect;

export type ActivityCardRow = Prisma.ActivityGetPayload<{ select: typeof activityCardSelect }>;

/** Published activities that have a title in some language: the ones that can be shown. */
export const showableActivityWhere = {
  status: 'PUBLISHED',
  OR: [{ titleFi: { not: null } }, { titleSv: { not: null } }, { titleEn: { not: null } }],
} satisfies Prisma.ActivityWhereInput;

/** Rows to cards in the page language; rows without any title are left out. */
export function toActivityCards(rows: ActivityCardRow[], locale: Locale): ActivityCardData[] {
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

/** The most recently published activities, newest first. */
export const listNewestActivities = cachedByCatalogue('newest', loadNewestActivities);

async function loadNewestActivities({ locale, limit }: ListNewestActivitiesOptions): Promise<ActivityCardData[]> {
  const prisma = await getPrisma();
  const rows = await prisma.activity.findMany({
    where: showableActivityWhere,
    orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: activityCardSelect,
  });
  return toActivityCards(rows, locale);
}
