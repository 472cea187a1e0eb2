import 'server-only';
import { buildFeed, type FeedEvent } from '@/lib/api/ical-feed';
import { FEED_ACTIVITIES_PER_PAGE, FEED_DAYS } from '@/lib/api/schemas';
import { pickLocalized } from '@/lib/i18n/localized';
import type { SearchFilters } from '@/lib/search/filters';
import { richTextToPlain } from '@/lib/text/rich-text';
import { getPrisma } from '@/server/db';
import { getEnv } from '@/server/env';
import { searchActivities } from '@/server/search/search';
import { activityPageUrl } from './present';

/** A feed page: the calendar text, and whether another page of activities follows. */
export interface FeedPage {
  ics: string;
  hasMore: boolean;
}

type Locale = 'fi' | 'sv';

async function eventsFor(activityIds: string[], locale: Locale, now: Date): Promise<FeedEvent[]> {
  if (activityIds.length === 0) return [];
  const prisma = await getPrisma();
  const until = new Date(now.getTime() + FEED_DAYS * 86_400_000);
  const occurrences = await prisma.activityOccurrence.findMany({
    where: {
      activityId: { in: activityIds },
      activity: { status: 'PUBLISHED' },
      startsAt: { lt: until },
      OR: [{ startsAt: { gte: now } }, { endsAt: { gte: now } }],
    },
    orderBy: [{ startsAt: 'asc' }, { activityId: 'asc' }],
    select: {
      startsAt: true,
      endsAt: true,
      activity: {
        select: {
          id: true,
          slug: true,
          updatedAt: true,
          titleFi: true,
          titleSv: true,
          titleEn: true,
          summaryFi: true,
          summarySv: true,
          summaryEn: true,
          channels: {
            orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
            take: 1,
            select: { nameFi: true, nameSv: true, streetAddressFi: true, streetAddressSv: true, postalCode: true, postOfficeFi: true, postOfficeSv: true },
          },
        },
      },
    },
  });
  return occurrences.flatMap(({ startsAt, endsAt, activity }) => {
    const title = pickLocalized({ fi: activity.titleFi, sv: activity.titleSv, en: activity.titleEn }, locale);
    if (!title) return [];
    const summary = pickLocalized({ fi: activity.summaryFi, sv: activity.summarySv, en: activity.summaryEn }, locale);
    const url = activityPageUrl(activity.slug, locale);
    const channel = activity.channels[0];
    const sv = locale === 'sv';
    const location = channel
      ? [
          (sv ? channel.nameSv : null) ?? channel.nameFi ?? channel.nameSv,
          (sv ? channel.streetAddressSv : null) ?? channel.streetAddressFi,
          [channel.postalCode, (sv ? channel.postOfficeSv : null) ?? channel.postOfficeFi].filter(Boolean).join(' '),
        ]
          .filter(Boolean)
          .join(', ')
      : '';
    return [
      {
        activityId: activity.id,
        startsAt,
        endsAt,
        title: title.text,
        description: [summary ? richTextToPlain(summary.text) : null, url].filter(Boolean).join('\n\n'),
        location: location || null,
        url,
        updatedAt: activity.updatedAt,
      },
    ];
  });
}

const uidDomain = () => new URL(getEnv().PUBLIC_BASE_URL).hostname;

export async function searchFeed(filters: SearchFilters, locale: Locale, page: number, now = new Date()): Promise<FeedPage> {
  const result = await searchActivities(
    { ...filters, sort: 'soonest', page },
    { locale, pageSize: FEED_ACTIVITIES_PER_PAGE, facets: false, now },
  );
  const events = await eventsFor(result.hits.map((hit) => hit.id), locale, now);
  return {
    ics: buildFeed(locale === 'sv' ? 'Polku – verksamhet' : 'Polku – toimintaa', events, uidDomain()),
    hasMore: result.total > page * FEED_ACTIVITIES_PER_PAGE,
  };
}

export async function organizationFeed(slug: string, locale: Locale, page: number, now = new Date()): Promise<FeedPage | null> {
  const prisma = await getPrisma();
  const organization = await prisma.organization.findFirst({
    where: { slug, activities: { some: { status: 'PUBLISHED' } } },
    select: {
      nameFi: true,
      nameSv: true,
      nameEn: true,
      _count: { select: { activities: { where: { status: 'PUBLISHED' } } } },
      activities: {
        where: { status: 'PUBLISHED' },
        select: { id: true },
        orderBy: { id: 'asc' },
        skip: (page - 1) * FEED_ACTIVITIES_PER_PAGE,
        take: FEED_ACTIVITIES_PER_PAGE,
      },
    },
  });
  if (!organization) return null;
  const name = pickLocalized({ fi: organization.nameFi, sv: organization.nameSv, en: organization.nameEn }, locale)?.text ?? slug;
  const events = await eventsFor(organization.activities.map((a) => a.id), locale, now);
  return {
    ics: buildFeed(`Polku – ${name}`, events, uidDomain()),
    hasMore: organization._count.activities > page * FEED_ACTIVITIES_PER_PAGE,
  };
}

/** The next page's address for a `Link` header, when there is one. */
export function feedLinkHeader(request: Request, page: FeedPage, current: number): Record<string, string> {
  if (!page.hasMore) return {};
  const url = new URL(request.url);
  const next = new URL(`${getEnv().PUBLIC_BASE_URL}${url.pathname}${url.search}`);
  next.searchParams.set('page', String(current + 1));
  return { Link: `<${next.href}>; rel="next"` };
}
