import 'server-only';
import { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import type { Locale } from '@/i18n/routing';
import { getPrisma } from '@/server/db';
import { getTaxonomies, type TaxonomyTerm } from '@/server/taxonomies/queries';
import { summarizeSchedule } from '@/lib/schedule/format';
import { activityIdSchema, SYNCED_KEYS, type EditCollection, type ActivityFormValues, type SnapshotValue } from './schemas';
import { activityEditInclude, formValuesOf, normalizeValue, snapshotOf } from './state';
import { termName } from '@/lib/i18n/localized';

// Callers are admin pages, which have checked the role already.

export const ADMIN_PAGE_SIZE = 50;

const listParamsSchema = z.object({
  q: z.string().trim().max(200).catch(''),
  status: z.enum(['PUBLISHED', 'HIDDEN', 'DRAFT', 'ARCHIVED', '']).catch(''),
  source: z.enum(['LAHELLA', 'PTV', 'MANUAL', '']).catch(''),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type AdminActivityListParams = z.infer<typeof listParamsSchema>;

/** The list page's URL parameters; anything malformed falls back to its default. */
export function parseListParams(raw: Record<string, string | string[] | undefined>): AdminActivityListParams {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return listParamsSchema.parse({ q: first(raw.q) ?? '', status: first(raw.status) ?? '', source: first(raw.source) ?? '', page: first(raw.page) ?? 1 });
}

export interface AdminActivityListItem {
  id: string;
  titleFi: string | null;
  titleSv: string | null;
  titleEn: string | null;
  status: 'DRAFT' | 'PUBLISHED' | 'HIDDEN' | 'ARCHIVED';
  source: 'LAHELLA' | 'PTV' | 'MANUAL';
  featured: boolean;
  organizationName: string | null;
  updatedAt: Date;
  lastVerifiedAt: Date | null;
  overridden: number;
}

export async function listActivitiesForAdmin(
  params: AdminActivityListParams,
): Promise<{ items: AdminActivityListItem[]; total: number; pages: number }> {
  const prisma = await getPrisma();
  const and: Prisma.ActivityWhereInput[] = [];
  if (params.status) and.push({ status: params.status });
  if (params.source) and.push({ source: params.source });
  if (params.q) {
    const contains = { contains: params.q, mode: 'insensitive' as const };
    and.push({ OR: [{ titleFi: contains }, { titleSv: contains }, { titleEn: contains }] });
  }
  const where: Prisma.ActivityWhereInput = { AND: and };
  const [total, rows] = await Promise.all([
    prisma.activity.count({ where }),
    prisma.activity.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      skip: (params.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true, titleFi: true, titleSv: true, titleEn: true, status: true, source: true, featured: true,
        updatedAt: true, lastVerifiedAt: true, overriddenFields: true,
        organization: { select: { nameFi: true, nameSv: true, nameEn: true } },
      },
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)),
    items: rows.map(({ organization, overriddenFields, ...row }) => ({
      ...row,
      organizationName: organization ? (organization.nameFi ?? organization.nameSv ?? organization.nameEn) : null,
      overridden: overriddenFields.length,
    })),
  };
}

export interface ActivityEditData {
  id: string;
  slug: string;
  source: 'LAHELLA' | 'PTV' | 'MANUAL';
  externalId: string | null;
  status: 'DRAFT' | 'PUBLISHED' | 'HIDDEN' | 'ARCHIVED';
  version: number;
  titleFi: string | null;
  titleSv: string | null;
  titleEn: string | null;
  lastSyncedAt: Date | null;
  lastVerifiedAt: Date | null;
  lastVerifiedByName: string | null;
  overriddenFields: string[];
  /** The last upstream values of the keys a coordinator can own; null for manual listings. */
  upstream: Partial<Record<(typeof SYNCED_KEYS)[number], SnapshotValue>> | null;
  values: ActivityFormValues;
  /** The saved state as the form was opened (JSON), for telling what changed on a conflict. */
  baseline: string;
  schedules: number;
  channels: number;
  /** The current place(s) and time(s) in words, for the "keep" choices of a manual listing. */
  placeSummary: string;
  scheduleSummary: string;
}

export async function getActivityForEdit(id: string, locale: Locale = 'fi'): Promise<ActivityEditData | null> {
  if (!activityIdSchema.safeParse(id).success) return null;
  const prisma = await getPrisma();
  const row = await prisma.activity.findUnique({ where: { id }, include: activityEditInclude });
  if (!row) return null;
  let upstream: ActivityEditData['upstream'] = null;
  if (row.source !== 'MANUAL') {
    const data = (row.upstreamData ?? {}) as Record<string, unknown>;
    upstream = {};
    for (const key of SYNCED_KEYS) if (key in data) upstream[key] = normalizeValue(key, data[key]);
  }
  return {
    id: row.id,
    slug: row.slug,
    source: row.source,
    externalId: row.externalId,
    status: row.status,
    version: row.version,
    titleFi: row.titleFi,
    titleSv: row.titleSv,
    titleEn: row.titleEn,
    lastSyncedAt: row.lastSyncedAt,
    lastVerifiedAt: row.lastVerifiedAt,
    lastVerifiedByName: row.lastVerifiedBy?.name ?? null,
    overriddenFields: row.overriddenFields,
    upstream,
    values: formValuesOf(row),
    baseline: JSON.stringify(snapshotOf(row)),
    schedules: row.schedules.length,
    channels: row.channels.length,
    placeSummary: row.channels
      .map((c) => [c.nameFi, c.streetAddressFi, [c.postalCode, c.postOfficeFi].filter(Boolean).join(' '), c.url, c.phone].filter(Boolean).join(', '))
      .filter(Boolean)
      .join('; '),
    scheduleSummary: row.schedules
      .map((schedule) => summarizeSchedule(schedule, locale))
      .filter(Boolean)
      .join(' '),
  };
}

export interface OrganizationOption {
  id: string;
  name: string;
  providerType: string;
}

/** Organisers to choose from for a listing (capped: a select of thousands helps nobody). */
export async function listOrganizationOptions(): Promise<OrganizationOption[]> {
  const prisma = await getPrisma();
  const rows = await prisma.organization.findMany({
    select: { id: true, nameFi: true, nameSv: true, nameEn: true, providerType: true },
    orderBy: [{ providerType: 'asc' }, { nameFi: 'asc' }],
    take: 3000,
  });
  const collator = new Intl.Collator('fi');
  return rows
    .map((row) => ({ id: row.id, name: row.nameFi ?? row.nameSv ?? row.nameEn ?? row.id, providerType: row.providerType }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Choices of the activity form, named in the page's language. */
export async function activityFormOptions(locale: Locale): Promise<{
  collections: Record<EditCollection, { code: string; name: string }[]>;
  organizations: { id: string; name: string }[];
}> {
  const [taxonomies, organizations] = await Promise.all([getTaxonomies(), listOrganizationOptions()]);
  const named = (terms: TaxonomyTerm[]) => terms.map((term) => ({ code: term.code, name: termName(term, locale) }));
  const municipalities = named(taxonomies.municipalities).sort((a, b) => a.name.localeCompare(b.name, locale));
  return {
    collections: {
      themes: named(taxonomies.themes),
      stages: named(taxonomies.stages),
      activityTypes: named(taxonomies.activityTypes),
      ageGroups: named(taxonomies.ageGroups),
      specialGroups: named(taxonomies.specialGroups),
      languages: named(taxonomies.languages),
      accessibility: named(taxonomies.accessibilityFeatures),
      municipalities,
    },
    organizations: organizations.map(({ id, name }) => ({ id, name })),
  };
}
