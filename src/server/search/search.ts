import 'server-only';
import { getSql } from '@/server/db';
import type { SqlExecutor } from '@/server/db/sql-executor';
import { LIST_DIMENSIONS, type ListDimension, type SearchFilters } from '@/lib/search/filters';
import { resolveDateRange } from '@/lib/search/date-range';
import { prefixTsQuery, queryTerms } from '@/lib/search/text';
import type { Locale } from '@/i18n/routing';

export const PAGE_SIZE = 20;
/** Fewer exact matches than this on the first page tries typo-tolerant matching. */
const FUZZY_BELOW = 3;
/** Typo-tolerant matching looks at no more candidates than this, to stay fast. */
const FUZZY_CANDIDATES = 200;
/** Words at least this long also match inside compound words ("kahvila" in "muistikahvila"). */
const SUBSTRING_MIN_LENGTH = 4;

/** Facet counts: dimension → value → number of matching activities. */
export type Facets = Record<ListDimension | 'remote' | 'free', Record<string, number>>;

export interface SearchHit {
  id: string;
  rank: number;
}

export interface SearchResult {
  /** How the results were found: words, typo-tolerant words, or filters alone. */
  mode: 'text' | 'fuzzy' | 'browse';
  total: number;
  page: number;
  pageCount: number;
  hits: SearchHit[];
  facets: Facets;
  terms: string[];
}

export interface SearchOptions {
  locale: Locale;
  now?: Date;
  pageSize?: number;
  /** Skip facet counting (API list calls that do not need them). */
  facets?: boolean;
}

/** Collects positional parameters while SQL is assembled. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Prefix of each dimension's codes in "Activity"."facetCodes" (see the search migration). */
const FACET_PREFIX: Record<Exclude<ListDimension, 'provider'>, string> = {
  theme: 'theme',
  stage: 'stage',
  area: 'area',
  municipality: 'mun',
  age: 'age',
  group: 'group',
  type: 'type',
  lang: 'lang',
  access: 'access',
};

type Predicate = { dimension: ListDimension | 'location' | 'free' | 'date' | 'text'; sql: string };

/** The text predicate, and the placeholders it binds (shared with the rank). */
function textCondition(
  params: Params,
  terms: string[],
): { sql: string; tsquery: string; substrings: string[] } {
  const tsquery = params.add(prefixTsQuery(terms));
  const fts = `(a."searchFi" @@ to_tsquery('finnish', ${tsquery}) OR a."searchSv" @@ to_tsquery('swedish', ${tsquery}))`;
  const long = terms.filter((term) => term.length >= SUBSTRING_MIN_LENGTH);
  if (long.length !== terms.length || long.length === 0) return { sql: fts, tsquery, substrings: [] };
  // Finnish and Swedish build compounds; the trigram index finds a word inside one.
  const substrings = long.map((term) => params.add(`%${term.replace(/[%_\\]/g, '')}%`));
  const titleMatch = substrings.map((placeholder) => `a."searchTrgm" LIKE ${placeholder}`).join(' AND ');
  return { sql: `(${fts} OR (${titleMatch}))`, tsquery, substrings };
}

/** Predicates for the filters, leaving out `except` (and not binding its parameters). */
function buildPredicates(
  filters: SearchFilters,
  params: Params,
  now: Date,
  except?: Predicate['dimension'],
): Predicate[] {
  const predicates: Predicate[] = [];
  for (const dimension of LIST_DIMENSIONS) {
    const chosen = filters[dimension];
    if (chosen.length === 0 || dimension === except || dimension === 'area' || dimension === 'municipality') {
      continue;
    }
    if (dimension === 'provider') {
      const types = params.add(chosen.map((value) => value.toUpperCase()));
      predicates.push({ dimension, sql: `a."providerType"::text = ANY(${types}::text[])` });
      continue;
    }
    const codes = params.add(chosen.map((value) => `${FACET_PREFIX[dimension]}:${value}`));
    predicates.push({ dimension, sql: `a."facetCodes" && ${codes}::text[]` });
  }

  // Place is one question: any chosen area or municipality, or "online / anywhere".
  const places = [
    ...filters.area.map((code) => `area:${code}`),
    ...filters.municipality.map((slug) => `mun:${slug}`),
  ];
  const location: string[] = [];
  if (except !== 'location') {
    if (places.length > 0) location.push(`a."facetCodes" && ${params.add(places)}::text[]`);
    if (filters.remote) location.push(`a."isRemote"`);
    if (location.length > 0) predicates.push({ dimension: 'location', sql: `(${location.join(' OR ')})` });
  }

  if (filters.free && except !== 'free') predicates.push({ dimension: 'free', sql: `a."isFree"` });

  if (filters.date && except !== 'date') {
    const range = resolveDateRange(filters.date, now);
    const from = params.add(range.from.toISOString());
    const to = params.add(range.to.toISOString());
    const fromDate = params.add(range.fromDate);
    const toDate = params.add(range.toDate);
    predicates.push({
      dimension: 'date',
      sql: `(EXISTS (SELECT 1 FROM "ActivityOccurrence" o WHERE o."activityId" = a.id
               AND o."startsAt" < ${to}::timestamptz AND coalesce(o."endsAt", o."startsAt") >= ${from}::timestamptz)
             OR EXISTS (SELECT 1 FROM "ActivitySchedule" s WHERE s."activityId" = a.id AND s.kind = 'PERIOD'
               AND coalesce(s."validFrom", '-infinity'::date) <= ${toDate}::date
               AND coalesce(s."validUntil", 'infinity'::date) >= ${fromDate}::date))`,
    });
  }
  return predicates;
}

function whereClause(predicates: Predicate[]): string {
  return [`a.status = 'PUBLISHED'`, ...predicates.map((p) => p.sql)].join('\n  AND ');
}

function orderBy(filters: SearchFilters, locale: Locale, hasText: boolean): string {
  const sortKey = locale === 'sv' ? `a."sortKeySv"` : `a."sortKeyFi"`;
  switch (filters.sort) {
    case 'name':
      return `${sortKey} COLLATE "C" ASC, a.id`;
    case 'soonest':
      return `a."nextOccurrenceAt" ASC NULLS LAST, ${sortKey} COLLATE "C" ASC, a.id`;
    case 'updated':
      return `a."updatedAt" DESC, a.id`;
    case 'relevance':
      return hasText
        ? `rank DESC, a.featured DESC, a."nextOccurrenceAt" ASC NULLS LAST, a.id`
        : `a.featured DESC, a."nextOccurrenceAt" ASC NULLS LAST, a."publishedAt" DESC NULLS LAST, a.id`;
  }
}

function rankExpression(locale: Locale, tsquery: string, substrings: string[]): string {
  // Content in the page's language ranks first; the other language still counts; the
  // words standing in a title or organiser name (compounds included) count most.
  const [own, other] = locale === 'sv' ? (['searchSv', 'searchFi'] as const) : (['searchFi', 'searchSv'] as const);
  const ownConfig = locale === 'sv' ? 'swedish' : 'finnish';
  const otherConfig = locale === 'sv' ? 'finnish' : 'swedish';
  const titleBonus = substrings.map((placeholder) => `CASE WHEN a."searchTrgm" LIKE ${placeholder} THEN 0.3 ELSE 0 END`);
  return `(ts_rank(a."${own}", to_tsquery('${ownConfig}', ${tsquery})) * 1.0
         + ts_rank(a."${other}", to_tsquery('${otherConfig}', ${tsquery})) * 0.4
         ${titleBonus.map((bonus) => `+ ${bonus}`).join(' ')}
         + CASE WHEN a.featured THEN 0.01 ELSE 0 END)`;
}

const FACET_CODES = `a."facetCodes"
    || ARRAY['provider:' || lower(a."providerType"::text)]
    || CASE WHEN a."isFree" THEN ARRAY['free:1'] ELSE ARRAY[]::text[] END
    || CASE WHEN a."isRemote" THEN ARRAY['remote:1'] ELSE ARRAY[]::text[] END`;

const PREFIX_TO_DIMENSION: Record<string, keyof Facets> = {
  theme: 'theme',
  stage: 'stage',
  area: 'area',
  mun: 'municipality',
  age: 'age',
  group: 'group',
  type: 'type',
  lang: 'lang',
  access: 'access',
  provider: 'provider',
  free: 'free',
  remote: 'remote',
};

function emptyFacets(): Facets {
  return Object.fromEntries(Object.values(PREFIX_TO_DIMENSION).map((d) => [d, {}])) as Facets;
}

function addCounts(facets: Facets, rows: { code: string; count: number }[], only?: (keyof Facets)[]): void {
  for (const { code, count } of rows) {
    const colon = code.indexOf(':');
    const dimension = PREFIX_TO_DIMENSION[code.slice(0, colon)];
    if (!dimension || (only && !only.includes(dimension))) continue;
    facets[dimension][code.slice(colon + 1)] = count;
  }
}

/** Which facet dimensions a predicate filters, for counting the others' options. */
const PREDICATE_FACETS: Partial<Record<Predicate['dimension'], (keyof Facets)[]>> = {
  location: ['area', 'municipality', 'remote'],
  free: ['free'],
};

/**
 * Facet counts under the current query. A dimension the user has filtered is counted
 * without its own filter, so its other options keep showing what choosing them adds.
 */
async function countFacets(sql: SqlExecutor, build: (except?: Predicate['dimension']) => BuiltQuery): Promise<Facets> {
  const facets = emptyFacets();
  const run = (query: BuiltQuery) =>
    sql.query<{ code: string; count: number }>(
      `SELECT code, count(*)::int AS count FROM (
         SELECT unnest(${FACET_CODES}) AS code ${query.from} WHERE ${query.where}) c
       GROUP BY code`,
      query.params,
    );
  const all = build();
  const tasks: Promise<void>[] = [run(all).then((rows) => addCounts(facets, rows))];
  for (const dimension of all.dimensions) {
    const own =
      PREDICATE_FACETS[dimension] ??
      (LIST_DIMENSIONS.includes(dimension as ListDimension) ? [dimension as keyof Facets] : []);
    if (own.length === 0) continue;
    tasks.push(
      run(build(dimension)).then((rows) => {
        for (const facet of own) facets[facet] = {};
        addCounts(facets, rows, own);
      }),
    );
  }
  await Promise.all(tasks);
  return facets;
}

interface BuiltQuery {
  from: string;
  where: string;
  params: unknown[];
  /** Dimensions that have a predicate in `where`. */
  dimensions: Predicate['dimension'][];
  /** Placeholder of the tsquery, when the query has words. */
  tsquery?: string;
  /** Placeholders of the title-substring patterns, when the query has words. */
  substrings?: string[];
}

/**
 * Finds published activities for the filters: ranked full-text search in Finnish and
 * Swedish (words as prefixes, compounds through the trigram index), typo-tolerant
 * matching as a bounded fallback when words find little, filters, facets and a page.
 */
export async function searchActivities(filters: SearchFilters, options: SearchOptions): Promise<SearchResult> {
  const sql = await getSql();
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const now = options.now ?? new Date();
  const terms = queryTerms(filters.q);
  const offset = (filters.page - 1) * pageSize;

  // Every statement gets its own parameter list: PostgreSQL rejects unused parameters.
  const build = (except?: Predicate['dimension']): BuiltQuery => {
    const params = new Params();
    const predicates = buildPredicates(filters, params, now, except);
    let tsquery: string | undefined;
    let substrings: string[] = [];
    if (terms.length > 0) {
      const text = textCondition(params, terms);
      predicates.push({ dimension: 'text', sql: text.sql });
      tsquery = text.tsquery;
      substrings = text.substrings;
    }
    return {
      from: `FROM "Activity" a`,
      where: whereClause(predicates),
      params: params.values,
      dimensions: predicates.map((p) => p.dimension),
      tsquery,
      substrings,
    };
  };

  const query = build();
  const rank = query.tsquery ? rankExpression(options.locale, query.tsquery, query.substrings ?? []) : '0::real';
  const pageSql = `SELECT a.id, ${rank} AS rank, count(*) OVER ()::int AS total
    ${query.from}
    WHERE ${query.where}
    ORDER BY ${orderBy(filters, options.locale, terms.length > 0)}
    LIMIT ${pageSize} OFFSET ${offset}`;

  const rows = await sql.query<{ id: string; rank: number; total: number }>(pageSql, query.params);
  let total = rows[0]?.total ?? 0;
  if (total === 0 && offset > 0) {
    // Past the last page the window count is missing: count separately.
    const [countRow] = await sql.query<{ total: number }>(
      `SELECT count(*)::int AS total ${query.from} WHERE ${query.where}`,
      query.params,
    );
    total = countRow?.total ?? 0;
  }

  const mode: SearchResult['mode'] = terms.length > 0 ? 'text' : 'browse';
  if (mode === 'text' && total < FUZZY_BELOW) {
    const fuzzy = await fuzzySearch(sql, filters, options, now, pageSize);
    if (fuzzy.total > total) return { ...fuzzy, terms };
  }
  const facets = options.facets === false ? emptyFacets() : await countFacets(sql, build);

  return {
    mode,
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    hits: rows.map(({ id, rank: score }) => ({ id, rank: Number(score) })),
    facets,
    terms,
  };
}

/**
 * Typo tolerance: trigram word similarity between the query and titles/organiser
 * names, limited to the best FUZZY_CANDIDATES candidates so a short, common query
 * cannot make it slow.
 */
async function fuzzySearch(
  sql: SqlExecutor,
  filters: SearchFilters,
  options: SearchOptions,
  now: Date,
  pageSize: number,
): Promise<Omit<SearchResult, 'terms'>> {
  const text = queryTerms(filters.q).join(' ');
  const build = (except?: Predicate['dimension']): BuiltQuery => {
    const params = new Params();
    const query = params.add(text);
    const predicates = buildPredicates(filters, params, now, except);
    // The few exact matches stay, first; the typo-tolerant ones follow them.
    const exact = textCondition(params, queryTerms(filters.q));
    const candidates = `(SELECT id, max(rank) AS rank FROM (
          SELECT a.id, 2.0 + ${rankExpression(options.locale, exact.tsquery, exact.substrings)} AS rank
            FROM "Activity" a
           WHERE a.status = 'PUBLISHED' AND ${exact.sql}
          UNION ALL
          (SELECT c.id, word_similarity(${query}, c."searchTrgm") AS rank
             FROM "Activity" c
            WHERE c.status = 'PUBLISHED' AND ${query} <% c."searchTrgm"
            ORDER BY rank DESC
            LIMIT ${FUZZY_CANDIDATES})
        ) matched GROUP BY id)`;
    return {
      from: `FROM ${candidates} f JOIN "Activity" a ON a.id = f.id`,
      where: whereClause(predicates),
      params: params.values,
      dimensions: predicates.map((p) => p.dimension),
    };
  };
  const query = build();
  const rows = await sql.query<{ id: string; rank: number; total: number }>(
    `SELECT a.id, f.rank, count(*) OVER ()::int AS total
     ${query.from}
     WHERE ${query.where}
     ORDER BY f.rank DESC, a.id
     LIMIT ${pageSize} OFFSET ${(filters.page - 1) * pageSize}`,
    query.params,
  );
  let total = rows[0]?.total ?? 0;
  if (total === 0 && filters.page > 1) {
    const [countRow] = await sql.query<{ total: number }>(
      `SELECT count(*)::int AS total ${query.from} WHERE ${query.where}`,
      query.params,
    );
    total = countRow?.total ?? 0;
  }
  const facets = total > 0 && options.facets !== false ? await countFacets(sql, build) : emptyFacets();
  return {
    mode: 'fuzzy',
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    hits: rows.map(({ id, rank }) => ({ id, rank: Number(rank) })),
    facets,
  };
}
