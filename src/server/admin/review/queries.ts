import 'server-only';
import { getPrisma } from '@/server/db';
import { pickLocalized, type LocalizedText } from '@/lib/i18n/localized';
import { CODE_COLLECTIONS, SCALAR_FIELDS } from '@/server/sync/types';
import { REVIEW_PAGE_SIZE, type ReviewFilter, type ReviewReasonCode } from './schemas';

/** A field a sync changed upstream while a coordinator owned it, with all three values. */
export interface ConflictFieldView {
  field: string;
  /** What the site shows now (the coordinator's value); undefined when it cannot be shown here. */
  current: unknown;
  previousUpstream: unknown;
  upstream: unknown;
}

export interface ReviewItemView {
  id: string;
  reason: ReviewReasonCode;
  createdAt: Date;
  source: string | null;
  activity: {
    id: string;
    slug: string;
    title: LocalizedText | null;
    status: 'DRAFT' | 'PUBLISHED' | 'HIDDEN' | 'ARCHIVED';
    providerType: string;
    organization: LocalizedText | null;
  };
  conflicts: ConflictFieldView[];
  /** RESIDENT_REPORT: the category the resident chose and their message. */
  report: { category: string | null; message: string | null } | null;
}

export interface ReviewQueuePage {
  items: ReviewItemView[];
  /** Open items by reason, for the filter tabs and the dashboard. */
  counts: Record<ReviewReasonCode, number> & { all: number };
  total: number;
  page: number;
  pageCount: number;
}

const JOIN_CODE_COLUMN = {
  themes: 'themeCode',
  stages: 'stageCode',
  activityTypes: 'activityTypeCode',
  ageGroups: 'ageGroupCode',
  specialGroups: 'specialGroupCode',
  languages: 'languageCode',
  accessibility: 'featureCode',
  municipalities: 'municipalityCode',
} as const satisfies Record<(typeof CODE_COLLECTIONS)[number], string>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Open review items by reason. Callers are admin pages, which have checked the role already. */
export async function countOpenReviewItems(): Promise<ReviewQueuePage['counts']> {
  const prisma = await getPrisma();
  const groups = await prisma.reviewItem.groupBy({ by: ['reason'], where: { status: 'OPEN' }, _count: { _all: true } });
  const counts = { all: 0, NEW_FROM_SYNC: 0, OVERRIDE_CONFLICT: 0, RESIDENT_REPORT: 0 };
  for (const group of groups) {
    counts[group.reason] = group._count._all;
    counts.all += group._count._all;
  }
  return counts;
}

/** One page of open items, newest first, optionally of one reason. */
export async function listOpenReviewItems(filter: ReviewFilter, locale: string): Promise<ReviewQueuePage> {
  const prisma = await getPrisma();
  const counts = await countOpenReviewItems();
  const total = filter.reason ? counts[filter.reason] : counts.all;
  const pageCount = Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const rows = await prisma.reviewItem.findMany({
    where: { status: 'OPEN', ...(filter.reason ? { reason: filter.reason } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * REVIEW_PAGE_SIZE,
    take: REVIEW_PAGE_SIZE,
    select: {
      id: true,
      reason: true,
      createdAt: true,
      details: true,
      message: true,
      activity: {
        select: {
          id: true,
          slug: true,
          status: true,
          providerType: true,
          titleFi: true,
          titleSv: true,
          titleEn: true,
          organization: { select: { nameFi: true, nameSv: true, nameEn: true } },
          ...Object.fromEntries(SCALAR_FIELDS.map((field) => [field, true])),
          themes: { select: { themeCode: true } },
          stages: { select: { stageCode: true } },
          activityTypes: { select: { activityTypeCode: true } },
          ageGroups: { select: { ageGroupCode: true } },
          specialGroups: { select: { specialGroupCode: true } },
          languages: { select: { languageCode: true } },
          accessibility: { select: { featureCode: true } },
          municipalities: { select: { municipalityCode: true } },
        },
      },
    },
  });

  const items = rows.map((row): ReviewItemView => {
    const activity = row.activity as unknown as Record<string, unknown> & typeof row.activity;
    const details: Record<string, unknown> = isRecord(row.details) ? row.details : {};
    const currentOf = (field: string): unknown => {
      if ((SCALAR_FIELDS as readonly string[]).includes(field)) return activity[field] ?? null;
      if (field in JOIN_CODE_COLUMN) {
        const column = JOIN_CODE_COLUMN[field as keyof typeof JOIN_CODE_COLUMN];
        return ((activity[field] as Record<string, string>[] | undefined) ?? []).map((link) => link[column]).sort();
      }
      return undefined;
    };
    const conflicts =
      row.reason === 'OVERRIDE_CONFLICT' && Array.isArray(details.fields)
        ? (details.fields as unknown[]).filter(isRecord).map((entry) => ({
            field: String(entry.field),
            current: currentOf(String(entry.field)),
            previousUpstream: entry.previousUpstream ?? null,
            upstream: entry.upstream ?? null,
          }))
        : [];
    return {
      id: row.id,
      reason: row.reason,
      createdAt: row.createdAt,
      source: typeof details.source === 'string' ? details.source : null,
      activity: {
        id: activity.id,
        slug: activity.slug,
        title: pickLocalized({ fi: activity.titleFi, sv: activity.titleSv, en: activity.titleEn }, locale),
        status: activity.status,
        providerType: activity.providerType,
        organization: activity.organization
          ? pickLocalized({ fi: activity.organization.nameFi, sv: activity.organization.nameSv, en: activity.organization.nameEn }, locale)
          : null,
      },
      conflicts,
      report:
        row.reason === 'RESIDENT_REPORT'
          ? { category: typeof details.category === 'string' ? details.category : null, message: row.message }
          : null,
    };
  });
  return { items, counts, total, page, pageCount };
}
