import 'server-only';
import { getSql } from '@/server/db';
import {
  activeFilters,
  parseSearchParams,
  withoutFilter,
  type ActiveFilter,
  type IgnoredParam,
  type RawSearchParams,
  type SearchFilters,
} from '@/lib/search/filters';
import { highlight, type TextSegment } from '@/lib/search/text';
import { resolveDateRange, type ResolvedDateRange } from '@/lib/search/date-range';
import { findPersonalData } from '@/lib/referral/personal-data';
import { pickLocalized, termName, type LocalizedText } from '@/lib/i18n/localized';
import type { Locale } from '@/i18n/routing';
import { getTaxonomies, vocabularyOf, type Taxonomies } from '@/server/taxonomies/queries';
import { cachedByCatalogue } from '@/server/cache/catalogue-cache';
import { searchActivities, type Facets, type SearchResult } from './search';

/** A result card: plain data with the matched words marked. */
export interface SearchCard {
  id: string;
  slug: string;
  title: LocalizedText;
  titleSegments: TextSegment[];
  summary: LocalizedText | null;
  summarySegments: TextSegment[];
  organizerName: LocalizedText | null;
  municipalityNames: string[];
  isRegionWide: boolean;
  isRemote: boolean;
  isFree: boolean;
  providerType: string;
  /** ISO instant of the next occurrence, if any is scheduled. */
  nextOccurrenceAt: string | null;
  featured: boolean;
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface FacetGroup {
  dimension: keyof Facets;
  options: FacetOption[];
}

export interface SearchPageData {
  filters: SearchFilters;
  ignored: IgnoredParam[];
  mode: SearchResult['mode'];
  total: number;
  page: number;
  pageCount: number;
  terms: string[];
  cards: SearchCard[];
  facets: FacetGroup[];
  /** Active filters with their labels, for removable chips. */
  chips: (ActiveFilter & { label: string })[];
  /** With no results: the filter dimension whose removal would bring back the most, and how many. */
  mostRestrictive: { filters: (ActiveFilter & { label: string })[]; count: number } | null;
  /** With no results: queries to offer instead ("did you mean"), nearest first. */
  suggestions: string[];
}

/**
 * The active filters grouped by the question they answer, for the zero-result suggestion. Values
 * of one dimension are alternatives (any of them matches), and area, municipality and "online"
 * together answer "where", so removing one value can only narrow a search: only removing a
 * whole group can bring results back. One search per group, however many values were chosen.
 */
export function relaxationGroups<T extends ActiveFilter>(chips: T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const chip of chips) {
    const key = chip.kind === 'area' || chip.kind === 'municipality' || chip.kind === 'remote' ? 'place' : chip.kind;
    groups.set(key, [...(groups.get(key) ?? []), chip]);
  }
  return [...groups.values()];
}

function label(term: { nameFi: string; nameSv: string; nameEn: string }, locale: Locale): string {
  return termName(term, locale);
}

type Labels = Record<keyof Facets, Map<string, string>>;

function labelsFor(taxonomies: Taxonomies, locale: Locale): Labels {
  const map = (terms: { code: string; nameFi: string; nameSv: string; nameEn: string }[]) =>
    new Map(terms.map((term) => [term.code, label(term, locale)]));
  return {
    theme: map(taxonomies.themes),
    stage: map(taxonomies.stages),
    area: map(taxonomies.areas),
    municipality: new Map(taxonomies.municipalities.map((m) => [m.slug, label(m, locale)])),
    age: map(taxonomies.ageGroups),
    group: map(taxonomies.specialGroups),
    type: map(taxonomies.activityTypes),
    lang: map(taxonomies.languages),
    access: map(taxonomies.accessibilityFeatures),
    // Provider types, "free" and "remote" are labelled by the UI's messages.
    provider: new Map(),
    free: new Map(),
    remote: new Map(),
  };
}

const FACET_ORDER: (keyof Facets)[] = [
  'theme',
  'stage',
  'area',
  'municipality',
  'remote',
  'age',
  'type',
  'provider',
  'free',
  'lang',
  'access',
  'group',
];

const PROVIDER_ORDER = ['association', 'parish', 'pohde', 'municipality', 'other'];

function facetGroups(facets: Facets, filters: SearchFilters, labels: Labels, taxonomies: Taxonomies): FacetGroup[] {
  // Options follow the taxonomy's own order (themes by number, ages youngest first).
  const order: Partial<Record<keyof Facets, string[]>> = {
    theme: taxonomies.themes.map((t) => t.code),
    stage: taxonomies.stages.map((t) => t.code),
    area: taxonomies.areas.map((t) => t.code),
    municipality: taxonomies.municipalities.map((m) => m.slug),
    age: taxonomies.ageGroups.map((t) => t.code),
    group: taxonomies.specialGroups.map((t) => t.code),
    type: taxonomies.activityTypes.map((t) => t.code),
    lang: taxonomies.languages.map((t) => t.code),
    access: taxonomies.accessibilityFeatures.map((t) => t.code),
    provider: PROVIDER_ORDER,
    free: ['1'],
    remote: ['1'],
  };
  return FACET_ORDER.map((dimension) => {
    const counts = facets[dimension];
    const selected = new Set<string>(
      dimension === 'free'
        ? filters.free ? ['1'] : []
        : dimension === 'remote'
          ? filters.remote ? ['1'] : []
          : (filters[dimension] as string[]),
    );
    const options = (order[dimension] ?? [])
      .filter((value) => (counts[value] ?? 0) > 0 || selected.has(value))
      .map((value) => ({
        value,
        label: labels[dimension].get(value) ?? value,
        count: counts[value] ?? 0,
        selected: selected.has(value),
      }));
    return { dimension, options };
  });
}

function chipLabel(filter: ActiveFilter, labels: Labels): string {
  // Weekdays and times of day are labelled by the UI's messages, like "free" and "remote".
  if (filter.kind === 'day' || filter.kind === 'time') return '';
  if ('value' in filter) return labels[filter.kind].get(filter.value) ?? filter.value;
  return '';
}

interface CardRow {
  id: string;
  slug: string;
  titleFi: string | null;
  titleSv: string | null;
  titleEn: string | null;
  summaryFi: string | null;
  summarySv: string | null;
  summaryEn: string | null;
  isRegionWide: boolean;
  isRemote: boolean;
  isFree: boolean;
  providerType: string;
  nextOccurrenceAt: Date | string | null;
  featured: boolean;
  organizationId: string | null;
  orgFi: string | null;
  orgSv: string | null;
  orgEn: string | null;
  municipalitiesFi: string[];
  municipalitiesSv: string[];
}

/**
 * The cards of a result page in one statement (a third of what the ORM's three took).
 * With a date filter, a card's "next time" is its first occurrence inside the chosen
 * window (none when only a period schedule matched), not the next one from now.
 */
async function loadCards(ids: string[], locale: Locale, terms: string[], window: ResolvedDateRange | null): Promise<SearchCard[]> {
  if (ids.length === 0) return [];
  const sql = await getSql();
  const rows = await sql.query<CardRow>(
    `SELECT a.id, a.slug, a."titleFi", a."titleSv", a."titleEn", a."summaryFi", a."summarySv", a."summaryEn",
            a."isRegionWide", a."isRemote", a."isFree", a."providerType"::text AS "providerType",
            CASE WHEN $2::timestamptz IS NULL THEN a."nextOccurrenceAt"
                 ELSE (SELECT min(o."startsAt") FROM "ActivityOccurrence" o
                       WHERE o."activityId" = a.id AND coalesce(o."endsAt", o."startsAt") >= $2::timestamptz
                         AND o."startsAt" < $3::timestamptz) END AS "nextOccurrenceAt",
            a.featured, a."organizationId",
            o."nameFi" AS "orgFi", o."nameSv" AS "orgSv", o."nameEn" AS "orgEn",
            array(SELECT m."nameFi" FROM "ActivityMunicipality" am JOIN "Municipality" m ON m.code = am."municipalityCode"
                  WHERE am."activityId" = a.id) AS "municipalitiesFi",
            array(SELECT m."nameSv" FROM "ActivityMunicipality" am JOIN "Municipality" m ON m.code = am."municipalityCode"
                  WHERE am."activityId" = a.id) AS "municipalitiesSv"
     FROM "Activity" a LEFT JOIN "Organization" o ON o.id = a."organizationId"
     WHERE a.id = ANY($1::uuid[])`,
    [ids, window?.from ?? null, window?.to ?? null],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const collator = new Intl.Collator(locale);
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const title = pickLocalized({ fi: row.titleFi, sv: row.titleSv, en: row.titleEn }, locale);
    if (!title) return [];
    const summary = pickLocalized({ fi: row.summaryFi, sv: row.summarySv, en: row.summaryEn }, locale);
    const next = row.nextOccurrenceAt === null ? null : new Date(row.nextOccurrenceAt);
    return [
      {
        id: row.id,
        slug: row.slug,
        title,
        titleSegments: highlight(title.text, terms),
        summary,
        summarySegments: summary ? highlight(summary.text, terms) : [],
        organizerName: row.organizationId
          ? pickLocalized({ fi: row.orgFi, sv: row.orgSv, en: row.orgEn }, locale)
          : null,
        municipalityNames: [...(locale === 'sv' ? row.municipalitiesSv : row.municipalitiesFi)].sort(collator.compare),
        isRegionWide: row.isRegionWide,
        isRemote: row.isRemote,
        isFree: row.isFree,
        providerType: row.providerType.toLowerCase(),
        nextOccurrenceAt: next?.toISOString() ?? null,
        featured: row.featured,
      },
    ];
  });
}

/**
 * Records a search for the unmet-needs insight: the words, the filters and how many
 * results it found. Never an IP address, a user or a session; not at all when the words look
 * like personal data (a resident typing a phone number or henkilötunnus into the search box).
 * The maintenance job deletes records after SEARCH_LOG_RETENTION_DAYS.
 */
export async function recordSearch(filters: SearchFilters, locale: Locale, resultCount: number): Promise<boolean> {
  if (filters.q && findPersonalData(filters.q).length > 0) return false;
  const sql = await getSql();
  // A point the browser gave is a person's whereabouts: never recorded.
  const { page: _page, sort: _sort, view: _view, near: _near, ...recorded } = filters;
  await sql.query(
    `INSERT INTO "SearchLog" (id, locale, query, filters, "resultCount", "municipalityCode", "themeCode")
     VALUES (gen_random_uuid(), $1, $2, $3::jsonb, $4,
       (SELECT code FROM "Municipality" WHERE slug = $5), $6)`,
    [
      locale,
      filters.q || null,
      JSON.stringify(recorded),
      resultCount,
      filters.municipality[0] ?? null,
      filters.theme[0] ?? null,
    ],
  );
  return true;
}

export interface RunSearchOptions {
  locale: Locale;
  /**
   * Record the search for insight (first pages of real searches only) by handing the write to
   * this scheduler: the results page passes Next's `after`, so the insert runs once the
   * response has been sent instead of competing with it for the database.
   */
  record?: (write: () => Promise<void>) => void;
  now?: Date;
}

type FoundPage = Omit<SearchPageData, 'filters' | 'ignored'>;

async function findPage(filters: SearchFilters, locale: Locale, now?: Date): Promise<FoundPage> {
  const taxonomies = await getTaxonomies();
  const result = await searchActivities(filters, { locale, now });
  const labels = labelsFor(taxonomies, locale);
  const cards = await loadCards(
    result.hits.map((hit) => hit.id),
    locale,
    result.terms,
    filters.date ? resolveDateRange(filters.date, now ?? new Date()) : null,
  );
  const chips = activeFilters(filters).map((filter) => ({ ...filter, label: chipLabel(filter, labels) }));

  let mostRestrictive: SearchPageData['mostRestrictive'] = null;
  if (result.total === 0 && chips.length > 0) {
    // Try each dimension's removal; suggest the one that brings back the most results.
    const attempts = await Promise.all(
      relaxationGroups(chips).map(async (group) => {
        const relaxed = await searchActivities(
          group.reduce((next, chip) => withoutFilter(next, chip), filters),
          { locale, now, facets: false, pageSize: 1 },
        );
        return { filters: group, count: relaxed.total };
      }),
    );
    const best = attempts.sort((a, b) => b.count - a.count)[0];
    if (best && best.count > 0) mostRestrictive = best;
  }

  return {
    mode: result.mode,
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    terms: result.terms,
    cards,
    facets: facetGroups(result.facets, filters, labels, taxonomies),
    chips,
    mostRestrictive,
    suggestions: result.suggestions,
  };
}

// A page of results depends only on the filters and the catalogue, unless a date, weekday,
// time-of-day or open-now filter makes it depend on the time too: those are computed each time.
const cachedFindPage = cachedByCatalogue('search-page', (filters: SearchFilters, locale: Locale) =>
  findPage(filters, locale),
);

/** Everything the results page needs, from raw URL search params. */
export async function runSearch(raw: RawSearchParams, options: RunSearchOptions): Promise<SearchPageData> {
  const { locale } = options;
  const { filters, ignored } = parseSearchParams(raw, vocabularyOf(await getTaxonomies()));
  const dependsOnTime = filters.date !== null || filters.day.length > 0 || filters.time.length > 0 || filters.open;
  const found = dependsOnTime ? await findPage(filters, locale, options.now) : await cachedFindPage(filters, locale);

  if (options.record && filters.page === 1 && (filters.q || found.chips.length > 0)) {
    // Insight must never break or slow a search: a failure is only logged.
    options.record(() =>
      recordSearch(filters, locale, found.total).then(
        () => undefined,
        (error: unknown) => console.error(`[search] could not record a search: ${(error as Error).message}`),
      ),
    );
  }

  return { filters, ignored, ...found };
}
