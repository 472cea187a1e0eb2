import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { HsdsPage, HsdsServicesQuery } from '@/lib/api/hsds-schemas';
import { activityInclude } from '@/server/api/activities';
import { activityPageUrl, organizationPageUrl } from '@/server/api/present';
import { getPrisma } from '@/server/db';
import { getEnv } from '@/server/env';
import { getTaxonomies } from '@/server/taxonomies/queries';
import {
  HSDS_TAXONOMIES,
  allTerms,
  hsdsLocation,
  hsdsOrganization,
  hsdsService,
  hsdsTaxonomy,
  taxonomyId,
  termId,
  type HsdsContext,
  type HsdsLocale,
} from './map';

type Json = Record<string, unknown>;
export type HsdsPageOf = HsdsPage & { contents: Json[] };

async function context(locale: HsdsLocale): Promise<HsdsContext> {
  const pageLocale = locale === 'sv' ? 'sv' : 'fi';
  return {
    locale,
    taxonomies: await getTaxonomies(),
    baseUrl: getEnv().PUBLIC_BASE_URL,
    activityUrl: (slug) => activityPageUrl(slug, pageLocale),
    organizationUrl: (slug) => organizationPageUrl(slug, pageLocale),
  };
}

export function pageOf(contents: Json[], total: number, page: number, perPage: number): HsdsPageOf {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

const organizationSelect = {
  id: true,
  slug: true,
  nameFi: true,
  nameSv: true,
  nameEn: true,
  descriptionFi: true,
  descriptionSv: true,
  descriptionEn: true,
  businessId: true,
  website: true,
  email: true,
  phone: true,
} as const;

const publicOrganization = { activities: { some: { status: 'PUBLISHED' } } } as const;

/** Which join table a taxonomy term or taxonomy id filters on. */
function taxonomyFilter(kind: (typeof HSDS_TAXONOMIES)[number]['kind'], codes: string[]): Prisma.ActivityWhereInput {
  switch (kind) {
    case 'theme':
      return { themes: { some: { themeCode: { in: codes } } } };
    case 'stage':
      return { stages: { some: { stageCode: { in: codes } } } };
    case 'activity_type':
      return { activityTypes: { some: { activityTypeCode: { in: codes } } } };
    case 'age_group':
      return { ageGroups: { some: { ageGroupCode: { in: codes } } } };
    case 'special_group':
      return { specialGroups: { some: { specialGroupCode: { in: codes } } } };
    case 'accessibility':
      return { accessibility: { some: { featureCode: { in: codes } } } };
  }
}

export async function listServices(query: HsdsServicesQuery): Promise<HsdsPageOf> {
  const ctx = await context(query.locale);
  const where: Prisma.ActivityWhereInput[] = [{ status: 'PUBLISHED' }];
  if (query.organization_id) where.push({ organizationId: query.organization_id });
  if (query.modified_after) where.push({ updatedAt: { gte: new Date(query.modified_after) } });
  for (const { kind, key } of HSDS_TAXONOMIES) {
    const codes = ctx.taxonomies[key].map((t) => t.code);
    if (query.taxonomy_id === taxonomyId(kind)) where.push(taxonomyFilter(kind, codes));
    const term = codes.find((code) => termId(kind, code) === query.taxonomy_term_id);
    if (term) where.push(taxonomyFilter(kind, [term]));
  }
  // An id of no term or taxonomy matches nothing, rather than being ignored.
  const known = (id: string | undefined, ids: string[]) => id === undefined || ids.includes(id);
  if (
    !known(query.taxonomy_id, HSDS_TAXONOMIES.map((t) => taxonomyId(t.kind))) ||
    !known(
      query.taxonomy_term_id,
      HSDS_TAXONOMIES.flatMap(({ kind, key }) => ctx.taxonomies[key].map((t) => termId(kind, t.code))),
    )
  ) {
    return pageOf([], 0, query.page, query.per_page);
  }
  if (query.search) {
    where.push({
      AND: query.search.split(/\s+/).map((word) => ({
        OR: (['titleFi', 'titleSv', 'titleEn', 'summaryFi', 'summarySv', 'summaryEn'] as const).map((field) => ({
          [field]: { contains: word, mode: 'insensitive' as const },
        })),
      })),
    });
  }
  const prisma = await getPrisma();
  const full = query.full === 'true' || query.full === '1';
  const [total, rows] = await Promise.all([
    prisma.activity.count({ where: { AND: where } }),
    prisma.activity.findMany({
      where: { AND: where },
      include: activityInclude,
      orderBy: { id: 'asc' },
      skip: (query.page - 1) * query.per_page,
      take: query.per_page,
    }),
  ]);
  return pageOf(
    rows.map((row) => hsdsService(row, ctx, { full })),
    total,
    query.page,
    query.per_page,
  );
}

export async function getService(id: string, locale: HsdsLocale): Promise<Json | null> {
  const ctx = await context(locale);
  const prisma = await getPrisma();
  const row = await prisma.activity.findFirst({
    where: { id, status: 'PUBLISHED' },
    include: { ...activityInclude, organization: { select: organizationSelect } },
  });
  if (!row) return null;
  return hsdsService(row, ctx, {
    full: true,
    organization: row.organization ? hsdsOrganization(row.organization, ctx) : undefined,
  });
}

export async function listOrganizations(query: { locale: HsdsLocale; page: number; per_page: number }) {
  const ctx = await context(query.locale);
  const prisma = await getPrisma();
  const [total, rows] = await Promise.all([
    prisma.organization.count({ where: publicOrganization }),
    prisma.organization.findMany({
      where: publicOrganization,
      select: organizationSelect,
      orderBy: { id: 'asc' },
      skip: (query.page - 1) * query.per_page,
      take: query.per_page,
    }),
  ]);
  return pageOf(
    rows.map((row) => hsdsOrganization(row, ctx)),
    total,
    query.page,
    query.per_page,
  );
}

export async function getOrganization(id: string, locale: HsdsLocale): Promise<Json | null> {
  const ctx = await context(locale);
  const prisma = await getPrisma();
  const row = await prisma.organization.findFirst({
    where: { id, ...publicOrganization },
    select: {
      ...organizationSelect,
      activities: { where: { status: 'PUBLISHED' }, select: { channels: true }, orderBy: { id: 'asc' } },
    },
  });
  if (!row) return null;
  const locations = row.activities.flatMap((a) => a.channels.map((c) => hsdsLocation(c, ctx, row.id))).filter(Boolean);
  return { ...hsdsOrganization(row, ctx), locations } as Json;
}

export async function listLocations(query: { locale: HsdsLocale; page: number; per_page: number }) {
  const ctx = await context(query.locale);
  const prisma = await getPrisma();
  const where: Prisma.ActivityChannelWhereInput = {
    activity: { status: 'PUBLISHED' },
    type: { in: ['PLACE', 'HYBRID'] },
  };
  const [total, rows] = await Promise.all([
    prisma.activityChannel.count({ where }),
    prisma.activityChannel.findMany({
      where,
      include: { activity: { select: { organizationId: true } } },
      orderBy: { id: 'asc' },
      skip: (query.page - 1) * query.per_page,
      take: query.per_page,
    }),
  ]);
  // A place without a usable address is still listed, by name, so page counts stay true.
  const contents = rows.map(
    (row) =>
      hsdsLocation(row, ctx, row.activity.organizationId) ?? {
        id: row.id,
        location_type: 'physical',
        ...(row.nameFi ? { name: row.nameFi } : {}),
      },
  );
  return pageOf(contents, total, query.page, query.per_page);
}

export async function listTaxonomies(query: { locale: HsdsLocale; page: number; per_page: number }) {
  const ctx = await context(query.locale);
  const all = HSDS_TAXONOMIES.map(({ kind }) => hsdsTaxonomy(kind, ctx));
  const start = (query.page - 1) * query.per_page;
  return pageOf(all.slice(start, start + query.per_page), all.length, query.page, query.per_page);
}

export async function listTaxonomyTerms(query: { locale: HsdsLocale; page: number; per_page: number }) {
  const ctx = await context(query.locale);
  const all = allTerms(ctx);
  const start = (query.page - 1) * query.per_page;
  return pageOf(all.slice(start, start + query.per_page), all.length, query.page, query.per_page);
}
