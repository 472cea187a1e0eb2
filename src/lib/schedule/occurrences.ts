/**
 * Expands an activity schedule into concrete occurrences. Pure and framework-free: used by
 * the demo writer, the sync and the occurrence refresh alike.
 *
 * Schedules hold local wall-clock times ("18:00" in Europe/Helsinki); occurrences are
 * instants. The conversion uses the Intl time-zone data built into Node and browsers, so
 * it follows daylight saving time without a dependency.
 */

export type ScheduleKind = 'ONE_OFF' | 'RECURRING' | 'PERIOD';
export type RecurrenceFrequency = 'DAILY' | 'WEEKLY' | 'MONTHLY';

/** The fields of `ActivitySchedule` the expander reads; dates may be Date or "YYYY-MM-DD". */
export interface ScheduleInput {
  kind: ScheduleKind;
  timeZone?: string | null;
  startsAt?: Date | string | null;
  endsAt?: Date | string | null;
  validFrom?: Date | string | null;
  validUntil?: Date | string | null;
  frequency?: RecurrenceFrequency | null;
  interval?: number | null;
  /** ISO weekdays 1 (Monday) … 7 (Sunday). */
  weekdays?: readonly number[] | null;
  /** "HH:MM" local time. */
  startTime?: string | null;
  endTime?: string | null;
  excludedDates?: readonly (Date | string)[] | null;
}

export interface Occurrence {
  startsAt: Date;
  endsAt: Date | null;
}

export interface ExpandOptions {
  from: Date;
  to: Date;
  /** Stop after this many occurrences. */
  limit?: number;
}

export const DEFAULT_TIME_ZONE = 'Europe/Helsinki';

const MS_PER_DAY = 86_400_000;
const OFFSET_BUCKET_MS = 15 * 60_000;

// ---------------------------------------------------------------------------
// Time-zone arithmetic
// ---------------------------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localParts(instant: number, timeZone: string): LocalParts {
  const parts: LocalParts = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type in parts) parts[part.type as keyof LocalParts] = Number(part.value);
  }
  return parts;
}

/**
 * Offset of local time from UTC at `instant`, in milliseconds (Helsinki: +2 h or +3 h).
 * Offsets only change on quarter hours in every current zone, so they are cached per
 * 15-minute bucket: a six-month expansion costs a few hundred Intl calls, not thousands.
 */
export function timeZoneOffset(instant: number, timeZone: string): number {
  let cache = offsetCache.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCache.set(timeZone, cache);
  }
  const bucket = Math.floor(instant / OFFSET_BUCKET_MS);
  let offset = cache.get(bucket);
  if (offset === undefined) {
    const at = bucket * OFFSET_BUCKET_MS;
    const p = localParts(at, timeZone);
    offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - at;
    cache.set(bucket, offset);
  }
  return offset;
}

/**
 * The instant of a local wall-clock time. A time that occurs twice (the autumn change)
 * resolves to the earlier instant; a time that does not exist (the spring gap) moves
 * forward by the length of the gap, as Temporal's "compatible" disambiguation does.
 */
export function zonedTimeToUtc(
  day: number,
  minutes: number,
  timeZone: string,
): number {
  const wall = day * MS_PER_DAY + minutes * 60_000;
  const before = timeZoneOffset(wall - MS_PER_DAY, timeZone);
  const after = timeZoneOffset(wall + MS_PER_DAY, timeZone);
  if (before === after) return wall - before;
  const candidates = [wall - before, wall - after].filter(
    (instant, i) => timeZoneOffset(instant, timeZone) === (i === 0 ? before : after),
  );
  if (candidates.length > 0) return Math.min(...candidates);
  return wall - Math.min(before, after);
}

/** Days since 1970-01-01 of the local date at `instant`. */
export function localDayOf(instant: number, timeZone: string): number {
  return Math.floor((instant + timeZoneOffset(instant, timeZone)) / MS_PER_DAY);
}

// ---------------------------------------------------------------------------
// Local dates as day numbers
// ---------------------------------------------------------------------------

/** "YYYY-MM-DD" or a Date at UTC midnight (Prisma's @db.Date) → days since 1970-01-01. */
export function dayNumber(date: Date | string): number {
  if (typeof date === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
    if (!match) throw new RangeError(`Not a date: ${date}`);
    return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
  }
  return Math.floor(date.getTime() / MS_PER_DAY);
}

const isoDateCache = new Map<number, string>();

export function dayToIsoDate(day: number): string {
  let iso = isoDateCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (isoDateCache.size < 100_000) isoDateCache.set(day, iso);
  }
  return iso;
}

/** ISO weekday 1 (Monday) … 7 (Sunday); 1970-01-01 was a Thursday. */
export function isoWeekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7 + 1;
}

function parseTime(value: string | null | undefined): number | null {
  if (!value) return null;
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) throw new RangeError(`Not a HH:MM time: ${value}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function toInstant(value: Date | string): number {
  return typeof value === 'string' ? Date.parse(value) : value.getTime();
}

// ---------------------------------------------------------------------------
// Expansion
// ---------------------------------------------------------------------------

/**
 * Occurrences of `schedule` within [from, to), in time order.
 * - ONE_OFF: the event itself if it overlaps the window (a camp that started yesterday
 *   still counts today).
 * - RECURRING: every matching local date between validFrom and validUntil (inclusive),
 *   minus excludedDates, whose start falls in the window. WEEKLY repeats on `weekdays`
 *   every `interval` weeks counted from validFrom's week; DAILY every `interval` days
 *   (only on `weekdays` if given); MONTHLY on validFrom's day of month every `interval`
 *   months, skipping months without that day.
 * - PERIOD: available without fixed times, so no occurrences.
 */
export function expandOccurrences(schedule: ScheduleInput, options: ExpandOptions): Occurrence[] {
  const from = options.from.getTime();
  const to = options.to.getTime();
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (!(to > from) || limit <= 0) return [];

  if (schedule.kind === 'ONE_OFF') {
    if (!schedule.startsAt) return [];
    const startsAt = toInstant(schedule.startsAt);
    const endsAt = schedule.endsAt ? toInstant(schedule.endsAt) : null;
    if (startsAt < to && (endsAt ?? startsAt) >= from) {
      return [{ startsAt: new Date(startsAt), endsAt: endsAt === null ? null : new Date(endsAt) }];
    }
    return [];
  }
  if (schedule.kind !== 'RECURRING') return [];

  const timeZone = schedule.timeZone || DEFAULT_TIME_ZONE;
  const interval = Math.max(1, schedule.interval ?? 1);
  const startMinutes = parseTime(schedule.startTime) ?? 0;
  const endMinutes = parseTime(schedule.endTime);
  const validFrom = schedule.validFrom ? dayNumber(schedule.validFrom) : null;
  const validUntil = schedule.validUntil ? dayNumber(schedule.validUntil) : null;
  const weekdays = new Set(schedule.weekdays ?? []);
  const excluded = new Set((schedule.excludedDates ?? []).map(dayNumber));
  const frequency = schedule.frequency ?? 'WEEKLY';

  if (frequency === 'WEEKLY' && weekdays.size === 0) {
    if (validFrom === null) return [];
    weekdays.add(isoWeekday(validFrom));
  }

  // Anchors that make "every n-th" stable no matter where the window starts.
  const anchorDay = validFrom ?? 0;
  const anchorMonday = anchorDay - (isoWeekday(anchorDay) - 1);
  const anchorDate = new Date(anchorDay * MS_PER_DAY);
  const anchorMonthIndex = anchorDate.getUTCFullYear() * 12 + anchorDate.getUTCMonth();
  const dayOfMonth = validFrom === null ? null : anchorDate.getUTCDate();

  // One day of slack either side: local dates and UTC windows do not line up.
  let first = localDayOf(from, timeZone) - 1;
  let last = localDayOf(to, timeZone) + 1;
  if (validFrom !== null) first = Math.max(first, validFrom);
  if (validUntil !== null) last = Math.min(last, validUntil);

  const result: Occurrence[] = [];
  for (let day = first; day <= last && result.length < limit; day++) {
    if (excluded.has(day)) continue;
    let matches: boolean;
    switch (frequency) {
      case 'DAILY':
        matches =
          (day - anchorDay) % interval === 0 && (weekdays.size === 0 || weekdays.has(isoWeekday(day)));
        break;
      case 'WEEKLY':
        matches =
          weekdays.has(isoWeekday(day)) && Math.floor((day - anchorMonday) / 7) % interval === 0;
        break;
      case 'MONTHLY': {
        const date = new Date(day * MS_PER_DAY);
        const monthIndex = date.getUTCFullYear() * 12 + date.getUTCMonth();
        matches =
          dayOfMonth !== null &&
          date.getUTCDate() === dayOfMonth &&
          (monthIndex - anchorMonthIndex) % interval === 0;
        break;
      }
      default:
        matches = false;
    }
    if (!matches) continue;

    const startsAt = zonedTimeToUtc(day, startMinutes, timeZone);
    if (startsAt < from || startsAt >= to) continue;
    let endsAt: number | null = null;
    if (endMinutes !== null) {
      endsAt = zonedTimeToUtc(day, endMinutes, timeZone);
      if (endsAt <= startsAt) endsAt = zonedTimeToUtc(day + 1, endMinutes, timeZone);
    }
    result.push({ startsAt: new Date(startsAt), endsAt: endsAt === null ? null : new Date(endsAt) });
  }
  return result;
}

/** The first occurrence starting at or after `now`, or null. */
export function nextOccurrence(occurrences: readonly Occurrence[], now: Date): Date | null {
  const t = now.getTime();
  for (const o of occurrences) if (o.startsAt.getTime() >= t) return o.startsAt;
  return null;
}
