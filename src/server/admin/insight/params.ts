/**
 * The insight report's parameters from the URL (the page's form and the CSV link share them).
 * Pure, so the page and the CSV route agree and tests can check it without a database.
 */

export const DEFAULT_DAYS = 30;
export const DEFAULT_MAX_RESULTS = 3;
export const MAX_RESULTS_LIMIT = 50;

export interface InsightParams {
  /** Inclusive dates in Europe/Helsinki, YYYY-MM-DD. */
  from: string;
  to: string;
  /** A search found "little" when it had at most this many results. */
  maxResults: number;
}

/** Keys under Admin.insight.errors. */
export type InsightParamProblem = 'from' | 'to' | 'range' | 'maxResults';

export type RawParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';

/** Today's date in Helsinki as YYYY-MM-DD. */
export function helsinkiDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function validDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < 2000 || y > 2100) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function defaultInsightParams(now: Date): InsightParams {
  const to = helsinkiDate(now);
  return { from: addDays(to, -(DEFAULT_DAYS - 1)), to, maxResults: DEFAULT_MAX_RESULTS };
}

/**
 * Parses from/to/max. An empty or missing value takes its default quietly; a malformed one
 * takes its default and is reported, and so is a period that ends before it starts.
 */
export function parseInsightParams(raw: RawParams, now: Date): { params: InsightParams; problems: InsightParamProblem[] } {
  const defaults = defaultInsightParams(now);
  const problems: InsightParamProblem[] = [];
  const params = { ...defaults };

  const from = first(raw.from);
  if (from && validDate(from)) params.from = from;
  else if (from) problems.push('from');
  const to = first(raw.to);
  if (to && validDate(to)) params.to = to;
  else if (to) problems.push('to');
  if (params.from > params.to) {
    problems.push('range');
    params.from = defaults.from;
    params.to = defaults.to;
  }

  const max = first(raw.max);
  if (max && /^\d{1,3}$/.test(max) && Number(max) <= MAX_RESULTS_LIMIT) params.maxResults = Number(max);
  else if (max) problems.push('maxResults');

  return { params, problems };
}

/** The URL query of a report (the page's links and the CSV download). */
export function insightQuery(params: InsightParams): Record<string, string> {
  return { from: params.from, to: params.to, max: String(params.maxResults) };
}
