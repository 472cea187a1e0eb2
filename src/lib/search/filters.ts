/**
 * Search and filter state lives in the URL. This module is the one place that turns
 * URL search params into validated filters and back, so every result page can be
 * linked, bookmarked and rendered on the server, with or without JavaScript.
 *
 * Bad input never fails: unknown values are dropped and reported in `ignored`, so
 * the page can say what it left out.
 */

export const SORTS = ['relevance', 'name', 'soonest', 'updated'] as const;
export type SearchSort = (typeof SORTS)[number];

export const DATE_PRESETS = ['today', 'week', 'weekend', 'month'] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];

export const PROVIDER_TYPES = ['association', 'parish', 'pohde', 'municipality', 'other'] as const;
export type ProviderTypeParam = (typeof PROVIDER_TYPES)[number];

/** Multi-valued dimensions: a value matches when the activity has any of the chosen codes. */
export const LIST_DIMENSIONS = [
  'theme',
  'stage',
  'area',
  'municipality',
  'age',
  'group',
  'type',
  'provider',
  'lang',
  'access',
] as const;
export type ListDimension = (typeof LIST_DIMENSIONS)[number];

export const MAX_QUERY_LENGTH = 200;
export const MAX_VALUES_PER_DIMENSION = 40;
export const MAX_PAGE = 500;

export interface SearchFilters {
  q: string;
  theme: string[];
  stage: string[];
  area: string[];
  /** Municipality slugs. */
  municipality: string[];
  /** Activities that can be joined online or by phone, from anywhere. */
  remote: boolean;
  age: string[];
  group: string[];
  type: string[];
  provider: ProviderTypeParam[];
  lang: string[];
  access: string[];
  free: boolean;
  date: { preset: DatePreset } | { from: string; to: string } | null;
  sort: SearchSort;
  page: number;
}

export type IgnoredReason = 'unknown-value' | 'too-long' | 'too-many' | 'invalid' | 'unknown-parameter';

export interface IgnoredParam {
  param: string;
  value?: string;
  reason: IgnoredReason;
}

/** The codes that exist, per dimension (from the taxonomy tables). */
export type Vocabulary = Record<Exclude<ListDimension, 'provider'>, ReadonlySet<string>>;

export type RawSearchParams = Record<string, string | string[] | undefined>;

export function emptyFilters(): SearchFilters {
  return {
    q: '',
    theme: [],
    stage: [],
    area: [],
    municipality: [],
    remote: false,
    age: [],
    group: [],
    type: [],
    provider: [],
    lang: [],
    access: [],
    free: false,
    date: null,
    sort: 'relevance',
    page: 1,
  };
}

const KNOWN_PARAMS = new Set<string>([
  ...LIST_DIMENSIONS,
  'q',
  'remote',
  'free',
  'date',
  'from',
  'to',
  'sort',
  'page',
  // Harmless parameters added by analytics links and our own JS.
  'utm_source',
  'utm_medium',
  'utm_campaign',
  '_rsc',
]);

function values(raw: RawSearchParams, key: string): string[] {
  const value = raw[key];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((item) => item.split(','));
}

function single(raw: RawSearchParams, key: string): string | undefined {
  return values(raw, key).find((value) => value.trim() !== '')?.trim();
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date between 2000 and 2100, as YYYY-MM-DD. */
export function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) &&
    date.toISOString().slice(0, 10) === value &&
    date.getUTCFullYear() >= 2000 &&
    date.getUTCFullYear() <= 2100
  );
}

function normaliseQuery(text: string): string {
  // Control characters and runs of white space are never meaningful in a search.
  return text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
}

function isTruthy(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on' || value === 'yes';
}

export function parseSearchParams(
  raw: RawSearchParams,
  vocabulary: Vocabulary,
): { filters: SearchFilters; ignored: IgnoredParam[] } {
  const filters = emptyFilters();
  const ignored: IgnoredParam[] = [];

  for (const key of Object.keys(raw)) {
    if (!KNOWN_PARAMS.has(key)) ignored.push({ param: key, reason: 'unknown-parameter' });
  }

  const q = normaliseQuery(values(raw, 'q').join(' '));
  if (q.length > MAX_QUERY_LENGTH) {
    filters.q = q.slice(0, MAX_QUERY_LENGTH).replace(/\s+\S*$/, '');
    ignored.push({ param: 'q', reason: 'too-long' });
  } else {
    filters.q = q;
  }

  for (const dimension of LIST_DIMENSIONS) {
    const allowed: ReadonlySet<string> =
      dimension === 'provider' ? new Set(PROVIDER_TYPES) : vocabulary[dimension];
    const chosen = new Set<string>();
    for (const value of values(raw, dimension)) {
      const code = value.trim().toLowerCase();
      if (!code) continue;
      if (!allowed.has(code)) {
        ignored.push({ param: dimension, value: value.slice(0, 60), reason: 'unknown-value' });
      } else if (chosen.size >= MAX_VALUES_PER_DIMENSION) {
        ignored.push({ param: dimension, reason: 'too-many' });
        break;
      } else {
        chosen.add(code);
      }
    }
    (filters[dimension] as string[]) = [...chosen];
  }

  filters.remote = isTruthy(single(raw, 'remote'));
  filters.free = isTruthy(single(raw, 'free'));

  const datePreset = single(raw, 'date');
  const from = single(raw, 'from');
  const to = single(raw, 'to');
  if (datePreset && datePreset !== 'range') {
    if ((DATE_PRESETS as readonly string[]).includes(datePreset)) {
      filters.date = { preset: datePreset as DatePreset };
    } else {
      ignored.push({ param: 'date', value: datePreset.slice(0, 60), reason: 'unknown-value' });
    }
  } else if (from || to) {
    const validFrom = from && isValidIsoDate(from) ? from : undefined;
    const validTo = to && isValidIsoDate(to) ? to : undefined;
    if (from && !validFrom) ignored.push({ param: 'from', value: from.slice(0, 60), reason: 'invalid' });
    if (to && !validTo) ignored.push({ param: 'to', value: to.slice(0, 60), reason: 'invalid' });
    if (validFrom || validTo) {
      let start = validFrom ?? validTo!;
      let end = validTo ?? validFrom!;
      if (start > end) [start, end] = [end, start];
      filters.date = { from: start, to: end };
    }
  }

  const sort = single(raw, 'sort');
  if (sort) {
    if ((SORTS as readonly string[]).includes(sort)) filters.sort = sort as SearchSort;
    else ignored.push({ param: 'sort', value: sort.slice(0, 60), reason: 'unknown-value' });
  }

  const page = single(raw, 'page');
  if (page !== undefined) {
    const number = /^\d{1,6}$/.test(page) ? Number(page) : NaN;
    if (Number.isInteger(number) && number >= 1 && number <= MAX_PAGE) filters.page = number;
    else ignored.push({ param: 'page', value: page.slice(0, 60), reason: 'invalid' });
  }

  return { filters, ignored };
}

/** The filters as URL search params, in a stable order, leaving out defaults. */
export function toSearchParams(filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  for (const dimension of LIST_DIMENSIONS) {
    for (const value of filters[dimension]) params.append(dimension, value);
  }
  if (filters.remote) params.set('remote', '1');
  if (filters.free) params.set('free', '1');
  if (filters.date) {
    if ('preset' in filters.date) {
      params.set('date', filters.date.preset);
    } else {
      params.set('date', 'range');
      params.set('from', filters.date.from);
      params.set('to', filters.date.to);
    }
  }
  if (filters.sort !== 'relevance') params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** Every active filter as one removable value, for chips. */
export type ActiveFilter =
  | { kind: ListDimension; value: string }
  | { kind: 'remote' | 'free' | 'date' | 'q' };

export function activeFilters(filters: SearchFilters): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  for (const dimension of LIST_DIMENSIONS) {
    for (const value of filters[dimension]) active.push({ kind: dimension, value });
  }
  if (filters.remote) active.push({ kind: 'remote' });
  if (filters.free) active.push({ kind: 'free' });
  if (filters.date) active.push({ kind: 'date' });
  return active;
}

/** The filters without one active filter, back on the first page. */
export function withoutFilter(filters: SearchFilters, filter: ActiveFilter): SearchFilters {
  const next: SearchFilters = { ...filters, page: 1 };
  switch (filter.kind) {
    case 'q':
      next.q = '';
      break;
    case 'remote':
      next.remote = false;
      break;
    case 'free':
      next.free = false;
      break;
    case 'date':
      next.date = null;
      break;
    default:
      (next[filter.kind] as string[]) = (filters[filter.kind] as string[]).filter(
        (value) => value !== filter.value,
      );
  }
  return next;
}

export function hasAnyFilter(filters: SearchFilters): boolean {
  return activeFilters(filters).length > 0;
}
