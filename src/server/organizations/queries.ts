import 'server-only';
import { cache } from 'react';
import { getPrisma } from '@/server/db';
import { getTaxonomies } from '@/server/taxonomies/queries';
import {
  activityCardSelect,
  showableActivityWhere,
  toActivityCards,
  type ActivityCardData,
} from '@/server/activities/queries';
import { pickLocalized, type LocalizedText } from '@/lib/i18n/localized';
import type { Locale } from '@/i18n/routing';
import type { ProviderType } from '@/server/activities/activity-page';

/** Activity cards per page on an organiser's page. */
export const ORGANIZATION_PAGE_SIZE = 50;

export interface OrganizationPageData {
  slug: string;
  name: LocalizedText;
  description: LocalizedText | null;
  providerType: ProviderType;
  website: string | null;
  email: string | null;
  phone: string | null;
  municipality: string | null;
  activities: ActivityCardData[];
  /** Published activities in all. */
  activityCount: number;
  page: number;
  pageCount: number;
  updatedAt: Date;
}

async function loadOrganizationPage(slug: string, locale: Locale, page: number): Promise<OrganizationPageData | null> {
  const prisma = await getPrisma();
  const organization = await prisma.organization.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      nameFi: true,
      nameSv: true,
      nameEn: true,
      descriptionFi: true,
      descriptionSv: true,
      descriptionEn: true,
      providerType: true,
      website: true,
      email: true,
      phone: true,
      municipalityCode: true,
      updatedAt: true,
    },
  });
  if (!organization) return null;
  const name = pickLocalized({ fi: organization.nameFi, sv: organization.nameSv, en: organization.nameEn }, locale);
  if (!name) return null;

  const where = { ...showableActivityWhere, organizationId: organization.id };
  const activityCount = await prisma.activity.count({ where });
  const pageCount = Math.max(1, Math.ceil(activityCount / ORGANIZATION_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const [rows, taxonomies] = await Promise.all([
    prisma.activity.findMany({
      where,
      // Alphabetical in the page language; the sort keys fold å, ä and ö the Nordic way.
      orderBy: [{ [locale === 'sv' ? 'sortKeySv' : 'sortKeyFi']: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
      skip: (current - 1) * ORGANIZATION_PAGE_SIZE,
      take: ORGANIZATION_PAGE_SIZE,
      select: activityCardSelect,
    }),
    getTaxonomies(),
  ]);
  const municipality = taxonomies.municipalities.find((m) => m.code === organization.municipalityCode);

  return {
    slug: organization.slug,
    name,
    description: pickLocalized(
      { fi: organization.descriptionFi, sv: organization.descriptionSv, en: organization.descriptionEn },
      locale,
    ),
    providerType: organization.providerType,
    website: organization.website,
    email: organization.email,
    phone: organization.phone,
    municipality: municipality ? (locale === 'sv' ? municipality.nameSv : municipality.nameFi) : null,
    activities: toActivityCards(rows, locale),
    activityCount,
    page: current,
    pageCount,
    updatedAt: organization.updatedAt,
  };
}

/**
 * An organiser and one page of its published activities, or null for an unknown slug.
 * Memoised per request, so the page and its metadata share one read.
 */
export const getOrganizationPage = cache(
  (slug: string, locale: Locale, page = 1): Promise<OrganizationPageData | null> =>
    loadOrganizationPage(slug, locale, page),
);
