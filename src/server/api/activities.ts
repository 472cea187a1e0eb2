import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { decodeCursor, encodeCursor, queryFingerprint } from '@/lib/api/cursor';
import type { ActivitiesQuery, ApiActivity, ApiLocale, ParameterError } from '@/lib/api/schemas';
import { parseSearchParams, type RawSearchParams, type SearchFilters } from '@/lib/search/filters';
import { richTextToPlain } from '@/lib/text/rich-text';
import { getPrisma } from '@/server/db';
import { cachedByCatalogue } from '@/server/cache/catalogue-cache';
import { searchActivities } from '@/server/search/search';
import { getTaxonomies, vocabularyOf } from '@/server/taxonomies/queries';
import { ApiProblem } from './http';
import { activityPageUrl, apiText, idOrSlug, isoDate, isoInstant } from './present';

/** The search-page parameters of a validated API query, in the search page's raw form. */
type SearchQuery = Pick<
  ActivitiesQuery,
  | 'q'
  | 'theme'
  | 'stage'
  | 'area'
  | 'municipality'
  | 'remote'
  | 'age'
  | 'group'
  | 'type'
  | 'provider'
  | 'free'
  | 'lang'
  | 'access'
  | 'date'
  | 'from'
  | 'to'
  | 'day'
  | 'time'
  | 'open'
  | 'near'
  | 'sort'
>;

const IGNORED_MESSAGES: Record<string, string> = {
  'unknown-value': 'Unknown code',
  'too-long': 'Too long.',
  'too-many': 'Too many values.',
  invalid: 'Invalid value.',
  'unknown-parameter': 'Unknown parameter.',
};

/**
 * The search filters for a validated query, through the search page's own parser so the
 * API and the UI mean the same by every parameter. The UI drops values it does not know;
 * the API rejects them, so a typo in an integration fails loudly instead of widening a list.
 */
export async function searchFiltersOf(query: SearchQuery): Promise<SearchFilters> {
  const raw: RawSearchParams = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (key === 'remote' || key === 'free' || key === 'open') raw[key] = value === '1' || value === 'true' ? '1' : undefined;
    else raw[key] = value as string | string[];
  }
  if (query.date !== undefined && query.date !== 'range' && (query.from || query.to)) {
    throw new ApiProblem(400, 'Some query parameters are invalid; see errors.', [
      { parameter: query.from ? 'from' : 'to', message: 'Use from/to with date=range or without date.' },
    ]);
  }
  const { filters, ignored } = parseSearchParams(raw, vocabularyOf(await getTaxonomies()));
  if (ignored.length > 0) {
    const errors: ParameterError[] = ignored.map((item) => ({
      parameter: item.param,
      message:
        item.reason === 'unknown-value' && item.value
          ? `${IGNORED_MESSAGES[item.reason]} "${item.value}".`
          : (IGNORED_MESSAGES[item.reason] ?? 'Invalid value.'),
    }));
    throw new ApiProblem(400, 'Some query parameters are invalid; see errors.', errors);
  }
  return filters;
}

export const activityInclude = {
  organization: { select: { id: true, slug: true, nameFi: true, nameSv: true, nameEn: true } },
  channels: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] },
  schedules: { orderBy: [{ kind: 'asc' }, { id: 'asc' }] },
  contacts: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] },
  themes: { select: { themeCode: true }, orderBy: { themeCode: 'asc' } },
  stages: { select: { stageCode: true }, orderBy: { stageCode: 'asc' } },
  activityTypes: { select: { activityTypeCode: true }, orderBy: { activityTypeCode: 'asc' } },
  ageGroups: {
    select: { ageGroupCode: true, ageGroup: { select: { minAge: true, maxAge: true } } },
    orderBy: { ageGroupCode: 'asc' },
  },
  specialGroups: { select: { specialGroupCode: true }, orderBy: { specialGroupCode: 'asc' } },
  languages: { select: { languageCode: true }, orderBy: { languageCode: 'asc' } },
  accessibility: { select: { featureCode: true }, orderBy: { featureCode: 'asc' } },
  municipalities: {
    select: { municipality: { select: { code: true, slug: true } } },
    orderBy: { municipalityCode: 'asc' },
  },
} satisfies Prisma.ActivityInclude;

export type ActivityRow = Prisma.ActivityGetPayload<{ include: typeof activityInclude }>;
type OccurrenceRow = { activityId: string; startsAt: Date; endsAt: Date | null };

const UPCOMING = 5;

/** Published activities with everything the API shows, in the order of `ids`. */
export async function loadActivities(ids: string[]): Promise<ActivityRow[]> {
  if (ids.length === 0) return [];
  const prisma = await getPrisma();
  const rows = await prisma.activity.findMany({ where: { id: { in: ids }, status: 'PUBLISHED' }, include: activityInclude });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

async function upcomingOccurrences(ids: string[], now: Date): Promise<Map<string, OccurrenceRow[]>> {
  const prisma = await getPrisma();
  const rows = ids.length
    ? await prisma.activityOccurrence.findMany({
        where: { activityId: { in: ids }, OR: [{ startsAt: { gte: now } }, { endsAt: { gte: now } }] },
        orderBy: [{ activityId: 'asc' }, { startsAt: 'asc' }],
        select: { activityId: true, startsAt: true, endsAt: true },
      })
    : [];
  const byActivity = new Map<string, OccurrenceRow[]>();
  for (const row of rows) {
    const list = byActivity.get(row.activityId) ?? [];
    if (list.length < UPCOMING) list.push(row);
    byActivity.set(row.activityId, list);
  }
  return byActivity;
}

const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;

export function toApiActivity(row: ActivityRow, occurrences: OccurrenceRow[], locale: ApiLocale | undefined): ApiActivity {
  const plain = (value: string | null) => (value ? richTextToPlain(value) || null : null);
  return {
    id: row.id,
    slug: row.slug,
    url: activityPageUrl(row.slug, locale),
    title: apiText({ fi: row.titleFi, sv: row.titleSv, en: row.titleEn }, locale),
    summary: apiText({ fi: row.summaryFi, sv: row.summarySv, en: row.summaryEn }, locale),
    description: apiText(
      { fi: plain(row.descriptionFi), sv: plain(row.descriptionSv), en: plain(row.descriptionEn) },
      locale,
    ),
    organization: row.organization
      ? {
          id: row.organization.id,
          slug: row.organization.slug,
          name: apiText(
            { fi: row.organization.nameFi, sv: row.organization.nameSv, en: row.organization.nameEn },
            locale,
          ),
        }
      : null,
    providerType: lower(row.providerType),
    isFree: row.isFree,
    priceNote: apiText({ fi: row.priceNoteFi, sv: row.priceNoteSv, en: row.priceNoteEn }, locale),
    registration: {
      required: row.registrationRequired,
      url: row.registrationUrl,
      email: row.registrationEmail,
      phone: row.registrationPhone,
      note: apiText({ fi: row.registrationNoteFi, sv: row.registrationNoteSv, en: row.registrationNoteEn }, locale),
    },
    isRemote: row.isRemote,
    isRegionWide: row.isRegionWide,
    image: row.imageUrl
      ? { url: row.imageUrl, alt: apiText({ fi: row.imageAltFi, sv: row.imageAltSv, en: row.imageAltEn }, locale) }
      : null,
    themes: row.themes.map((t) => t.themeCode),
    stages: row.stages.map((t) => t.stageCode),
    activityTypes: row.activityTypes.map((t) => t.activityTypeCode),
    ageGroups: row.ageGroups.map((t) => t.ageGroupCode),
    specialGroups: row.specialGroups.map((t) => t.specialGroupCode),
    languages: row.languages.map((t) => t.languageCode),
    accessibilityFeatures: row.accessibility.map((t) => t.featureCode),
    municipalities: row.municipalities.map(({ municipality }) => municipality),
    channels: row.channels.map((channel) => ({
      type: lower(channel.type),
      name: apiText({ fi: channel.nameFi, sv: channel.nameSv, en: channel.nameEn }, locale),
      address:
        channel.streetAddressFi || channel.streetAddressSv || channel.postalCode
          ? {
              street: apiText({ fi: channel.streetAddressFi, sv: channel.streetAddressSv }, locale),
              postalCode: channel.postalCode,
              postOffice: apiText({ fi: channel.postOfficeFi, sv: channel.postOfficeSv }, locale),
              municipalityCode: channel.municipalityCode,
            }
          : null,
      latitude: channel.latitude,
      longitude: channel.longitude,
      url: channel.url,
      phone: channel.phone,
    })),
    schedules: row.schedules.map((schedule) => ({
      id: schedule.id,
      kind: schedule.kind === 'ONE_OFF' ? 'one-off' : schedule.kind === 'RECURRING' ? 'recurring' : 'period',
      timeZone: schedule.timeZone,
      startsAt: isoInstant(schedule.startsAt),
      endsAt: isoInstant(schedule.endsAt),
      validFrom: isoDate(schedule.validFrom),
      validUntil: isoDate(schedule.validUntil),
      frequency: schedule.frequency ? lower(schedule.frequency) : null,
      interval: schedule.interval,
      weekdays: schedule.weekdays,
      startTime: schedule.startTime,
      endTime: schedule.endTime,
      excludedDates: schedule.excludedDates.map((date) => isoDate(date)!),
      note: apiText({ fi: schedule.noteFi, sv: schedule.noteSv, en: schedule.noteEn }, locale),
    })),
    upcomingOccurrences: occurrences.map((o) => ({ startsAt: o.startsAt.toISOString(), endsAt: isoInstant(o.endsAt) })),
    contacts: row.contacts.map((contact) => ({ type: lower(contact.type), value: contact.value, label: contact.label })),
    nextOccurrenceAt: isoInstant(row.nextOccurrenceAt),
    publishedAt: isoInstant(row.publishedAt),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function presentActivities(rows: ActivityRow[], locale: ApiLocale | undefined, now = new Date()) {
  const occurrences = await upcomingOccurrences(
    rows.map((row) => row.id),
    now,
  );
  return rows.map((row) => toApiActivity(row, occurrences.get(row.id) ?? [], locale));
}

/** The search engine's locale: ranking and name order follow Finnish unless Swedish was asked for. */
export const searchLocale = (locale: ApiLocale | undefined) => (locale === 'sv' ? 'sv' : 'fi');

/** Ids of published activities matching the filters, one page from `offset`. */
export async function searchActivityIds(
  filters: SearchFilters,
  locale: ApiLocale | undefined,
  offset: number,
  limit: number,
  now = new Date(),
) {
  // The search engine pages by page number; the cursor fingerprint pins `limit`, so offsets are whole pages.
  return searchActivities(
    { ...filters, page: Math.floor(offset / limit) + 1 },
    { locale: searchLocale(locale), pageSize: limit, facets: false, now },
  );
}

/**
 * One page of the activity list. Cached per query and catalogue version (see
 * catalogue-cache.ts) and per minute, since the upcoming occurrences it lists follow the clock.
 */
export function listActivities(query: ActivitiesQuery) {
  return cachedActivityList(query, Math.floor(Date.now() / MINUTE_MS));
}

const MINUTE_MS = 60_000;

const cachedActivityList = cachedByCatalogue('api-activities', (query: ActivitiesQuery, minute: number) =>
  loadActivityList(query, new Date(minute * MINUTE_MS)),
);

async function loadActivityList(query: ActivitiesQuery, now: Date) {
  const { locale, limit, cursor, ...search } = query;
  const filters = await searchFiltersOf(search);
  const fingerprint = queryFingerprint({ filters: { ...filters, page: 1 }, locale: searchLocale(locale), limit });
  const decoded = decodeCursor(cursor, fingerprint);
  if (!decoded.ok) {
    const message =
      decoded.reason === 'other-query'
        ? 'This cursor belongs to another query; start again without a cursor.'
        : 'Not a cursor given by this API.';
    throw new ApiProblem(400, 'Some query parameters are invalid; see errors.', [{ parameter: 'cursor', message }]);
  }
  if (decoded.offset % limit !== 0) {
    throw new ApiProblem(400, 'Some query parameters are invalid; see errors.', [
      { parameter: 'cursor', message: 'Not a cursor given by this API.' },
    ]);
  }
  const result = await searchActivityIds(filters, locale, decoded.offset, limit, now);
  const rows = await loadActivities(result.hits.map((hit) => hit.id));
  const nextOffset = decoded.offset + limit;
  // Typo-tolerant results come as one page only.
  const hasNext = result.mode !== 'fuzzy' && nextOffset < result.total;
  return {
    data: await presentActivities(rows, locale, now),
    page: { total: result.total, limit, nextCursor: hasNext ? encodeCursor(nextOffset, fingerprint) : null },
  };
}

export async function getActivity(idOrSlugValue: string, locale: ApiLocale | undefined): Promise<ApiActivity | null> {
  const prisma = await getPrisma();
  const row = await prisma.activity.findFirst({
    where: { ...idOrSlug(idOrSlugValue), status: 'PUBLISHED' },
    include: activityInclude,
  });
  if (!row) return null;
  const [activity] = await presentActivities([row], locale);
  return activity ?? null;
}
