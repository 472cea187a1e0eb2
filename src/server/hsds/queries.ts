import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import {
  HSDS_VERSION,
  type HsdsListQuery,
  type HsdsOrganizationsQuery,
  type HsdsPage,
  type HsdsServiceAtLocationsQuery,
  type HsdsServicesQuery,
  type HsdsTaxonomyTermsQuery,
} from '@/lib/api/hsds-schemas';
import { activityInclude, type ActivityRow } from '@/server/api/activities';
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
  hsdsServiceAtLocation,
  hsdsTaxonomy,
  taxonomyId,
  termId,
  type HsdsContext,
  type HsdsLocale,
} from './map';

type Json = Record<string, unknown>;
export type HsdsPageOf = HsdsPage & { contents: Json[] };
type Paging = { page: number; per_page: number };

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

const asList = (item: Json | null): Json[] => (item ? [item] : []);

const skipTake = ({ page, per_page }: Paging) => ({ skip: (page - 1) * per_page, take: per_page });

function pageOfAll(all: Json[], paging: Paging): HsdsPageOf {
  const start = (paging.page - 1) * paging.per_page;
  return pageOf(all.slice(start, start + paging.per_page), all.length, paging.page, paging.per_page);
}

/** The API's metadata (`GET /`): HSDS version, profile and the OpenAPI document. */
export function hsdsMeta(): Json {
  const base = getEnv().PUBLIC_BASE_URL;
  return {
    version: HSDS_VERSION,
    profile: `${base}/api/v1/docs#hsds`,
    openapi_url: `${base}/api/v1/openapi.json`,
  };
}

/** Every word must appear in one of the fields (case-insensitive). */
function wordsIn<F extends string>(search: string | undefined, fields: readonly F[]): Record<string, unknown>[] {
  if (!search) return [];
  return [
    {
      AND: search.split(/\s+/).map((word) => ({
        OR: fields.map((field) => ({ [field]: { contains: word, mode: 'insensitive' as const } })),
      })),
    },
  ];
}

const matchesWords = (search: string | undefined, ...texts: unknown[]) => {
  if (!search) return true;
  const haystack = texts.filter((t) => typeof t === 'string').join(' ').toLocaleLowerCase('fi');
  return search.split(/\s+/).every((word) => haystack.includes(word.toLocaleLowerCase('fi')));
};

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

type ServiceFilters = Pick<HsdsServicesQuery, 'organization_id' | 'modified_after' | 'taxonomy_id' | 'taxonomy_term_id' | 'search'>;

/** The published activities a services query selects, or null when an unknown taxonomy id selects none. */
function serviceWhere(query: ServiceFilters, ctx: HsdsContext): Prisma.ActivityWhereInput | null {
  const where: Prisma.ActivityWhereInput[] = [{ status: 'PUBLISHED' }];
  if (query.organization_id) where.push({ organizationId: query.organization_id });
  if (query.modified_after) where.push({ updatedAt: { gte: query.modified_after } });
  let taxonomyKnown = query.taxonomy_id === undefined;
  let termKnown = query.taxonomy_term_id === undefined;
  for (const { kind, key } of HSDS_TAXONOMIES) {
    const codes = ctx.taxonomies[key].map((t) => t.code);
    if (query.taxonomy_id === taxonomyId(kind)) {
      where.push(taxonomyFilter(kind, codes));
      taxonomyKnown = true;
    }
    const term = codes.find((code) => termId(kind, code) === query.taxonomy_term_id);
    if (term) {
      where.push(taxonomyFilter(kind, [term]));
      termKnown = true;
    }
  }
  // An id of no term or taxonomy matches nothing, rather than being ignored.
  if (!taxonomyKnown || !termKnown) return null;
  where.push(
    ...(wordsIn(query.search, [
      'titleFi',
      'titleSv',
      'titleEn',
      'summaryFi',
      'summarySv',
      'summaryEn',
      'descriptionFi',
      'descriptionSv',
      'descriptionEn',
    ] as const) as Prisma.ActivityWhereInput[]),
  );
  return { AND: where };
}

function minimalService(row: ActivityRow, ctx: HsdsContext): Json {
  const { id, name, status, last_modified } = hsdsService(row, ctx, { full: false });
  return { id, name, status, last_modified };
}

export async function listServices(query: HsdsServicesQuery): Promise<HsdsPageOf> {
  const ctx = await context(query.locale);
  const where = serviceWhere(query, ctx);
  if (!where) return pageOf([], 0, query.page, query.per_page);
  const prisma = await getPrisma();
  const [total, rows] = await Promise.all([
    prisma.activity.count({ where }),
    prisma.activity.findMany({ where, include: activityInclude, orderBy: { id: 'asc' }, ...skipTake(query) }),
  ]);
  const present = (row: ActivityRow) =>
    query.minimal ? minimalService(row, ctx) : hsdsService(row, ctx, { full: query.full });
  return pageOf(rows.map(present), total, query.page, query.per_page);
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

/** Channels that are locations: every kind but phone. */
const locationChannel = { type: { in: ['PLACE', 'HYBRID', 'ONLINE'] } } satisfies Prisma.ActivityChannelWhereInput;

export async function listServiceAtLocations(query: HsdsServiceAtLocationsQuery): Promise<HsdsPageOf> {
  const ctx = await context(query.locale);
  const activity = serviceWhere(query, ctx);
  if (!activity) return pageOf([], 0, query.page, query.per_page);
  const where: Prisma.ActivityChannelWhereInput = {
    ...locationChannel,
    activity,
    ...(query.postcode ? { postalCode: query.postcode } : {}),
  };
  const prisma = await getPrisma();
  const [total, channels] = await Promise.all([
    prisma.activityChannel.count({ where }),
    prisma.activityChannel.findMany({ where, select: { id: true, activityId: true }, orderBy: { id: 'asc' }, ...skipTake(query) }),
  ]);
  const rows = await prisma.activity.findMany({
    where: { id: { in: [...new Set(channels.map((c) => c.activityId))] } },
    include: activityInclude,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const contents = channels.flatMap(({ id, activityId }) => {
    const row = byId.get(activityId);
    const channel = row?.channels.find((c) => c.id === id);
    const sal = row && channel ? hsdsServiceAtLocation(row, channel, ctx, { full: query.full, service: true }) : null;
    return sal ? [sal] : [];
  });
  return pageOf(contents, total, query.page, query.per_page);
}

export async function getServiceAtLocation(id: string, locale: HsdsLocale): Promise<Json | null> {
  const ctx = await context(locale);
  const prisma = await getPrisma();
  const channel = await prisma.activityChannel.findFirst({
    where: { id, ...locationChannel, activity: { status: 'PUBLISHED' } },
    select: { activityId: true },
  });
  if (!channel) return null;
  const row = await prisma.activity.findUniqueOrThrow({ where: { id: channel.activityId }, include: activityInclude });
  return hsdsServiceAtLocation(row, row.channels.find((c) => c.id === id)!, ctx, { full: true, service: true });
}

const organizationWords = ['nameFi', 'nameSv', 'nameEn', 'descriptionFi', 'descriptionSv', 'descriptionEn'] as const;

export async function listOrganizations(query: HsdsOrganizationsQuery): Promise<HsdsPageOf> {
  const ctx = await context(query.locale);
  const prisma = await getPrisma();
  const where: Prisma.OrganizationWhereInput = {
    AND: [publicOrganization, ...(wordsIn(query.search, organizationWords) as Prisma.OrganizationWhereInput[])],
  };
  const [total, rows] = await Promise.all([
    prisma.organization.count({ where }),
    prisma.organization.findMany({ where, select: { id: true }, orderBy: { id: 'asc' }, ...skipTake(query) }),
  ]);
  const full = query.full || query.full_service;
  const contents = full
    ? await Promise.all(rows.map(async ({ id }) => (await organizationDetail(id, ctx, query.full_service))!))
    : (await prisma.organization.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: organizationSelect, orderBy: { id: 'asc' } })).map(
        (row) => hsdsOrganization(row, ctx),
      );
  return pageOf(contents, total, query.page, query.per_page);
}

async function organizationDetail(id: string, ctx: HsdsContext, fullServices: boolean): Promise<Json | null> {
  const prisma = await getPrisma();
  const row = await prisma.organization.findFirst({ where: { id, ...publicOrganization }, select: organizationSelect });
  if (!row) return null;
  const activities = await prisma.activity.findMany({
    where: { organizationId: id, status: 'PUBLISHED' },
    include: activityInclude,
    orderBy: { id: 'asc' },
  });
  const locations = activities.flatMap((a) => a.channels.flatMap((c) => asList(hsdsLocation(c, ctx, row.id))));
  const services = activities.map((a) => hsdsService(a, ctx, { full: fullServices }));
  return { ...hsdsOrganization(row, ctx), locations, services };
}

export async function getOrganization(id: string, locale: HsdsLocale, fullServices = false): Promise<Json | null> {
  return organizationDetail(id, await context(locale), fullServices);
}

export async function listLocations(query: HsdsListQuery): Promise<HsdsPageOf> {
  const ctx = await context(query.locale);
  const prisma = await getPrisma();
  const where: Prisma.ActivityChannelWhereInput = {
    AND: [
      { ...locationChannel, activity: { status: 'PUBLISHED' } },
      ...(wordsIn(query.search, [
        'nameFi',
        'nameSv',
        'nameEn',
        'streetAddressFi',
        'streetAddressSv',
        'postOfficeFi',
        'postOfficeSv',
      ] as const) as Prisma.ActivityChannelWhereInput[]),
    ],
  };
  const [total, rows] = await Promise.all([
    prisma.activityChannel.count({ where }),
    prisma.activityChannel.findMany({
      where,
      include: { activity: { select: { organizationId: true } } },
      orderBy: { id: 'asc' },
      ...skipTake(query),
    }),
  ]);
  return pageOf(
    rows.flatMap((row) => asList(hsdsLocation(row, ctx, row.activity.organizationId))),
    total,
    query.page,
    query.per_page,
  );
}

export async function listTaxonomies(query: HsdsListQuery): Promise<HsdsPageOf> {
  const ctx = await context(query.locale);
  const all = HSDS_TAXONOMIES.map(({ kind }) => hsdsTaxonomy(kind, ctx)).filter((t) => matchesWords(query.search, t.name, t.description));
  return pageOfAll(all, query);
}

export async function getTaxonomy(id: string, locale: HsdsLocale): Promise<Json | null> {
  const ctx = await context(locale);
  const entry = HSDS_TAXONOMIES.find(({ kind }) => taxonomyId(kind) === id);
  return entry ? hsdsTaxonomy(entry.kind, ctx) : null;
}

export async function listTaxonomyTerms(query: HsdsTaxonomyTermsQuery): Promise<HsdsPageOf> {
  const ctx = await context(query.locale);
  // The taxonomies are flat: no term has a parent, so `top_only` keeps all and `parent_id` none.
  const all: Json[] = query.parent_id
    ? []
    : allTerms(ctx).filter(
        (term) =>
          (!query.taxonomy_id || term.taxonomy_id === query.taxonomy_id) &&
          matchesWords(query.search, term.name, term.code, term.description),
      );
  return pageOfAll(all, query);
}

export async function getTaxonomyTerm(id: string, locale: HsdsLocale): Promise<Json | null> {
  const ctx = await context(locale);
  return allTerms(ctx).find((term) => term.id === id) ?? null;
}
