/**
 * Search and filter state lives in the URL. This module is the one place that turns
 * URL search params into validated filters and back, so every result page can be
 * linked, bookmarked and rendered on the server, with or without JavaScript.
 *
 * Bad input never fails: unknown values are dropped and reported in `ignored`, so
 * the page can say what it left out.
 */

export const SORTS = ['relevance', 'name', 'soonest', 'updated', 'nearest'] as const;
export type SearchSort = (typeof SORTS)[number];

export const DATE_PRESETS = ['today', 'week', 'weekend', 'month'] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];

/** Weekdays in ISO order (index + 1 is the ISO weekday). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const TIMES_OF_DAY = ['morning', 'day', 'evening'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

/**
 * The local start hours each time of day covers, [from, to): an occurrence belongs to the
 * part of the day it starts in. Evening runs past midnight so that a late event is not lost.
 */
export const TIME_OF_DAY_HOURS: Record<TimeOfDay, readonly [number, number]> = {
  morning: [5, 12],
  day: [12, 17],
  evening: [17, 29],
};

/** The time of day an occurrence starting at this local hour (0–23) belongs to. */
export function timeOfDayOf(hour: number): TimeOfDay {
  if (hour >= TIME_OF_DAY_HOURS.morning[0] && hour < TIME_OF_DAY_HOURS.morning[1]) return 'morning';
  if (hour >= TIME_OF_DAY_HOURS.day[0] && hour < TIME_OF_DAY_HOURS.day[1]) return 'day';
  return 'evening';
}

export const VIEWS = ['list', 'map'] as const;
export type SearchView = (typeof VIEWS)[number];

/** Where "nearest first" measures from: a municipality's centre or a point the browser gave. */
export type NearPoint = { municipality: string } | { lat: number; lon: number };

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
  /** Weekdays an occurrence must fall on (any of them). */
  day: Weekday[];
  /** Parts of the day an occurrence must start in (any of them). */
  time: TimeOfDay[];
  /** Only activities with an occurrence under way right now. */
  open: boolean;
  near: NearPoint | null;
  sort: SearchSort;
  page: number;
  /** Results as a list (default) or on a map; the same filters either way. */
  view: SearchView;
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
    day: [],
    time: [],
    open: false,
    near: null,
    sort: 'relevance',
    page: 1,
    view: 'list',
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
  'day',
  'time',
  'open',
  'near',
  'sort',
  'page',
  'view',
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

const POINT = /^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/;

/**
 * A place to measure distances from: a municipality slug, or "lat,lon" from the browser,
 * rounded to two decimals (about a kilometre), which is all "nearest first" needs.
 */
export function parseNear(value: string, municipalities: ReadonlySet<string>): NearPoint | null {
  const slug = value.trim().toLowerCase();
  if (municipalities.has(slug)) return { municipality: slug };
  const match = POINT.exec(value.replace(/\s+/g, ''));
  if (!match) return null;
  const lat = Number(match[1]);
  const lon = Number(match[2]);
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return null;
  return { lat: Math.round(lat * 100) / 100, lon: Math.round(lon * 100) / 100 };
}

export function nearToParam(near: NearPoint): string {
  return 'municipality' in near ? near.municipality : `${near.lat},${near.lon}`;
}

/** Values of a list parameter that are in `allowed`, in their canonical order, reporting the rest. */
function enumList<T extends string>(raw: RawSearchParams, key: string, allowed: readonly T[], ignored: IgnoredParam[]): T[] {
  const chosen = new Set<T>();
  for (const value of values(raw, key)) {
    const code = value.trim().toLowerCase();
    if (!code) continue;
    if ((allowed as readonly string[]).includes(code)) chosen.add(code as T);
    else ignored.push({ param: key, value: value.slice(0, 60), reason: 'unknown-value' });
  }
  return allowed.filter((value) => chosen.has(value));
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

  filters.day = enumList(raw, 'day', WEEKDAYS, ignored);
  filters.time = enumList(raw, 'time', TIMES_OF_DAY, ignored);
  filters.open = isTruthy(single(raw, 'open'));

  // Not split on commas: "lat,lon" is one value.
  const nearRaw = [raw.near].flat().find((value) => value !== undefined && value.trim() !== '');
  if (nearRaw !== undefined) {
    filters.near = parseNear(nearRaw, vocabulary.municipality);
    if (!filters.near) ignored.push({ param: 'near', value: nearRaw.slice(0, 60), reason: 'invalid' });
  }

  // Choosing a place to measure from sorts nearest first unless another order is asked for.
  if (filters.near) filters.sort = 'nearest';
  const sort = single(raw, 'sort');
  if (sort) {
    // The form sends "near=" when the place was just cleared: then fall back quietly.
    const nearCleared = raw.near !== undefined && nearRaw === undefined;
    if (sort === 'nearest' && !filters.near) {
      if (!nearCleared) ignored.push({ param: 'sort', value: sort, reason: 'invalid' });
    } else if ((SORTS as readonly string[]).includes(sort)) filters.sort = sort as SearchSort;
    else ignored.push({ param: 'sort', value: sort.slice(0, 60), reason: 'unknown-value' });
  }

  const page = single(raw, 'page');
  if (page !== undefined) {
    const number = /^\d{1,6}$/.test(page) ? Number(page) : NaN;
    if (Number.isInteger(number) && number >= 1 && number <= MAX_PAGE) filters.page = number;
    else ignored.push({ param: 'page', value: page.slice(0, 60), reason: 'invalid' });
  }

  const view = single(raw, 'view');
  if (view) {
    if ((VIEWS as readonly string[]).includes(view)) filters.view = view as SearchView;
    else ignored.push({ param: 'view', value: view.slice(0, 60), reason: 'unknown-value' });
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
  for (const day of filters.day) params.append('day', day);
  for (const time of filters.time) params.append('time', time);
  if (filters.open) params.set('open', '1');
  if (filters.near) params.set('near', nearToParam(filters.near));
  if (filters.sort !== (filters.near ? 'nearest' : 'relevance')) params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.view !== 'list') params.set('view', filters.view);
  return params;
}

/** Every active filter as one removable value, for chips. */
export type ActiveFilter =
  | { kind: ListDimension; value: string }
  | { kind: 'day'; value: Weekday }
  | { kind: 'time'; value: TimeOfDay }
  | { kind: 'remote' | 'free' | 'date' | 'open' | 'q' };

export function activeFilters(filters: SearchFilters): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  for (const dimension of LIST_DIMENSIONS) {
    for (const value of filters[dimension]) active.push({ kind: dimension, value });
  }
  if (filters.remote) active.push({ kind: 'remote' });
  if (filters.free) active.push({ kind: 'free' });
  if (filters.date) active.push({ kind: 'date' });
  for (const value of filters.day) active.push({ kind: 'day', value });
  for (const value of filters.time) active.push({ kind: 'time', value });
  if (filters.open) active.push({ kind: 'open' });
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
    case 'day':
      next.day = filters.day.filter((value) => value !== filter.value);
      break;
    case 'time':
      next.time = filters.time.filter((value) => value !== filter.value);
      break;
    case 'open':
      next.open = false;
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
