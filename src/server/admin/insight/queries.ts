import 'server-only';
import type { Locale } from '@/i18n/routing';
import { getSql } from '@/server/db';
import type { InsightParams } from './params';

// Callers are the admin insight page and its CSV route, which have checked the role already.

export const TOP_ROWS = 50;

export interface InsightRow {
  /** The normalised query, the municipality code or the theme code; null = none chosen. */
  key: string | null;
  /** Municipality or theme name in the page's language; the query itself for queries. */
  label: string | null;
  /** Searches with at most `maxResults` results. */
  lowCount: number;
  /** Of those, the ones that found nothing. */
  zeroCount: number;
  /** Average number of results of the low-result searches. */
  averageResults: number;
  /** All searches of the group in the period, for scale. */
  totalCount: number;
}

export interface InsightReport {
  params: InsightParams;
  totals: { searches: number; low: number; zero: number };
  queries: InsightRow[];
  municipalities: InsightRow[];
  themes: InsightRow[];
}

/** Search words as one key: trimmed, lower-cased, runs of whitespace made one space. */
const NORMALISED_QUERY = `btrim(regexp_replace(lower(query), '\\s+', ' ', 'g'))`;

// The period is whole days in Helsinki time; the range on "at" uses the SearchLog(at) index.
const PERIOD = `at >= ($1::date)::timestamp AT TIME ZONE 'Europe/Helsinki'
            AND at < ($2::date + 1)::timestamp AT TIME ZONE 'Europe/Helsinki'`;

const AGGREGATES = `count(*) FILTER (WHERE "resultCount" <= $3)::int AS "lowCount",
       count(*) FILTER (WHERE "resultCount" = 0)::int AS "zeroCount",
       coalesce(avg("resultCount") FILTER (WHERE "resultCount" <= $3), 0)::float8 AS "averageResults",
       count(*)::int AS "totalCount"`;

const ORDER = `ORDER BY "lowCount" DESC, "zeroCount" DESC, "totalCount" DESC, key NULLS FIRST LIMIT ${TOP_ROWS}`;

/** The unmet-need report: every grouping is done by the database, only the top rows come back. */
export async function insightReport(params: InsightParams, locale: Locale): Promise<InsightReport> {
  const sql = await getSql();
  const args = [params.from, params.to, params.maxResults];
  const name = locale === 'sv' ? '"nameSv"' : locale === 'en' ? '"nameEn"' : '"nameFi"';
  const [[totals], queries, municipalities, themes] = await Promise.all([
    sql.query<{ searches: number; low: number; zero: number }>(
      `SELECT count(*)::int AS searches, count(*) FILTER (WHERE "resultCount" <= $3)::int AS low,
              count(*) FILTER (WHERE "resultCount" = 0)::int AS zero
         FROM "SearchLog" WHERE ${PERIOD}`,
      args,
    ),
    sql.query<InsightRow>(
      `SELECT key, key AS label, ${AGGREGATES}
         FROM (SELECT ${NORMALISED_QUERY} AS key, "resultCount" FROM "SearchLog" WHERE ${PERIOD}) logs
        WHERE key <> ''
        GROUP BY key HAVING count(*) FILTER (WHERE "resultCount" <= $3) > 0
        ${ORDER}`,
      args,
    ),
    sql.query<InsightRow>(
      `SELECT grouped.*, m.${name} AS label
         FROM (SELECT "municipalityCode" AS key, ${AGGREGATES}
                 FROM "SearchLog" WHERE ${PERIOD}
                GROUP BY "municipalityCode" HAVING count(*) FILTER (WHERE "resultCount" <= $3) > 0
                ${ORDER}) grouped
         LEFT JOIN "Municipality" m ON m.code = grouped.key
        ORDER BY "lowCount" DESC, "zeroCount" DESC, "totalCount" DESC, key NULLS FIRST`,
      args,
    ),
    sql.query<InsightRow>(
      `SELECT grouped.*, t.${name} AS label
         FROM (SELECT "themeCode" AS key, ${AGGREGATES}
                 FROM "SearchLog" WHERE ${PERIOD}
                GROUP BY "themeCode" HAVING count(*) FILTER (WHERE "resultCount" <= $3) > 0
                ${ORDER}) grouped
         LEFT JOIN "Theme" t ON t.code = grouped.key
        ORDER BY "lowCount" DESC, "zeroCount" DESC, "totalCount" DESC, key NULLS FIRST`,
      args,
    ),
  ]);
  return {
    params,
    totals: totals ?? { searches: 0, low: 0, zero: 0 },
    queries,
    municipalities,
    themes,
  };
}
