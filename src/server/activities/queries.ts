import 'server-only';
import { getPrisma } from '@/server/db';
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

/** The most recently published activities, newest first. */
export async function listNewestActivities({ locale, limit }: ListNewestActivitiesOptions): Promise<ActivityCardData[]> {
  const prisma = await getPrisma();
  const rows = await prisma.activity.findMany({
    where: {
      status: 'PUBLISHED',
      // An activity without any title cannot be shown as a card.
      OR: [{ titleFi: { not: null } }, { titleSv: { not: null } }, { titleEn: { not: null } }],
    },
    orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }, { id: 'desc' }],
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
