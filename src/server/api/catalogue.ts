import 'server-only';
import { decodeCursor, encodeCursor, queryFingerprint } from '@/lib/api/cursor';
import type { ApiLocale, ApiMunicipality, ApiOrganization, ApiOrganizationDetail, ApiTaxonomies } from '@/lib/api/schemas';
import { getPrisma } from '@/server/db';
import { getTaxonomies, type NumberedTerm, type TaxonomyTerm } from '@/server/taxonomies/queries';
import { ApiProblem } from './http';
import { apiText, idOrSlug, organizationPageUrl } from './present';

const organizationSelect = {
  id: true,
  slug: true,
  nameFi: true,
  nameSv: true,
  nameEn: true,
  descriptionFi: true,
  descriptionSv: true,
  descriptionEn: true,
  providerType: true,
  businessId: true,
  website: true,
  email: true,
  phone: true,
  municipalityCode: true,
  _count: { select: { activities: { where: { status: 'PUBLISHED' } } } },
} as const;

/** Only organisations with at least one published activity are public. */
const publicOrganization = { activities: { some: { status: 'PUBLISHED' } } } as const;

type OrganizationRow = {
  id: string;
  slug: string;
  nameFi: string | null;
  nameSv: string | null;
  nameEn: string | null;
  descriptionFi: string | null;
  descriptionSv: string | null;
  descriptionEn: string | null;
  providerType: string;
  businessId: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  municipalityCode: string | null;
  _count: { activities: number };
};

function toApiOrganization(row: OrganizationRow, locale: ApiLocale | undefined): ApiOrganization {
  return {
    id: row.id,
    slug: row.slug,
    url: organizationPageUrl(row.slug, locale),
    name: apiText({ fi: row.nameFi, sv: row.nameSv, en: row.nameEn }, locale),
    description: apiText({ fi: row.descriptionFi, sv: row.descriptionSv, en: row.descriptionEn }, locale),
    providerType: row.providerType.toLowerCase() as ApiOrganization['providerType'],
    businessId: row.businessId,
    website: row.website,
    email: row.email,
    phone: row.phone,
    municipalityCode: row.municipalityCode,
    activityCount: row._count.activities,
  };
}

export async function listOrganizations(query: { locale?: ApiLocale; limit: number; cursor?: string }) {
  const fingerprint = queryFingerprint({ resource: 'organizations', limit: query.limit });
  const decoded = decodeCursor(query.cursor, fingerprint);
  if (!decoded.ok) {
    throw new ApiProblem(400, 'Some query parameters are invalid; see errors.', [
      {
        parameter: 'cursor',
        message:
          decoded.reason === 'other-query'
            ? 'This cursor belongs to another query; start again without a cursor.'
            : 'Not a cursor given by this API.',
      },
    ]);
  }
  const prisma = await getPrisma();
  const [total, rows] = await Promise.all([
    prisma.organization.count({ where: publicOrganization }),
    prisma.organization.findMany({
      where: publicOrganization,
      select: organizationSelect,
      orderBy: [{ slug: 'asc' }],
      skip: decoded.offset,
      take: query.limit,
    }),
  ]);
  const next = decoded.offset + query.limit;
  return {
    data: rows.map((row) => toApiOrganization(row, query.locale)),
    page: { total, limit: query.limit, nextCursor: next < total ? encodeCursor(next, fingerprint) : null },
  };
}

export async function getOrganization(value: string, locale: ApiLocale | undefined): Promise<ApiOrganizationDetail | null> {
  const prisma = await getPrisma();
  const row = await prisma.organization.findFirst({
    where: { ...idOrSlug(value), ...publicOrganization },
    select: {
      ...organizationSelect,
      activities: {
        where: { status: 'PUBLISHED' },
        select: { id: true, slug: true, titleFi: true, titleSv: true, titleEn: true },
        orderBy: [{ sortKeyFi: 'asc' }, { id: 'asc' }],
      },
    },
  });
  if (!row) return null;
  return {
    ...toApiOrganization(row, locale),
    activities: row.activities.map((activity) => ({
      id: activity.id,
      slug: activity.slug,
      title: apiText({ fi: activity.titleFi, sv: activity.titleSv, en: activity.titleEn }, locale),
    })),
  };
}

const term = (t: TaxonomyTerm, locale: ApiLocale | undefined) => ({
  code: t.code,
  name: apiText({ fi: t.nameFi, sv: t.nameSv, en: t.nameEn }, locale),
});

const numbered = (t: NumberedTerm, locale: ApiLocale | undefined) => ({
  ...term(t, locale),
  number: t.number,
  description: apiText({ fi: t.descriptionFi, sv: t.descriptionSv, en: t.descriptionEn }, locale),
});

export async function listTaxonomies(locale: ApiLocale | undefined): Promise<ApiTaxonomies> {
  const t = await getTaxonomies();
  const terms = (list: TaxonomyTerm[]) => list.map((item) => term(item, locale));
  return {
    themes: t.themes.map((item) => numbered(item, locale)),
    stages: t.stages.map((item) => numbered(item, locale)),
    areas: terms(t.areas),
    activityTypes: terms(t.activityTypes),
    ageGroups: terms(t.ageGroups),
    specialGroups: terms(t.specialGroups),
    languages: terms(t.languages),
    accessibilityFeatures: terms(t.accessibilityFeatures),
  };
}

export async function listMunicipalities(locale: ApiLocale | undefined): Promise<{ data: ApiMunicipality[] }> {
  const t = await getTaxonomies();
  const areas = new Map(t.areas.map((area) => [area.code, area]));
  return {
    data: t.municipalities.map((m) => {
      const area = areas.get(m.areaCode);
      return {
        code: m.code,
        slug: m.slug,
        name: apiText({ fi: m.nameFi, sv: m.nameSv, en: m.nameEn }, locale),
        area: area ? term(area, locale) : { code: m.areaCode, name: null },
      };
    }),
  };
}
