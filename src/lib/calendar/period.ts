/**
 * The calendar's period: a week (Monday to Sunday) or a month, in Helsinki time, from the
 * URL's `period` and `start`; everything else in the URL is the search's own filters.
 */
import { DEFAULT_TIME_ZONE, dayNumber, dayToIsoDate, isoWeekday, localDayOf, zonedTimeToUtc } from '@/lib/schedule/occurrences';
import { isValidIsoDate, type RawSearchParams } from '@/lib/search/filters';

export const PERIODS = ['week', 'month'] as const;
export type CalendarPeriod = (typeof PERIODS)[number];

export interface CalendarWindow {
  period: CalendarPeriod;
  /** First and last day shown (day numbers since 1970-01-01), whole weeks for a month. */
  firstDay: number;
  lastDay: number;
  /** The month's own days (a month grid also shows the edges of its neighbours). */
  monthFirstDay: number;
  monthLastDay: number;
  /** Start instant (inclusive) and end (exclusive), epoch ms. */
  from: number;
  to: number;
  /** The `start` of the previous and next period. */
  previous: string;
  next: string;
  /** The `start` the URL gave, or today. */
  start: string;
}

function monthStart(day: number): number {
  const date = new Date(day * 86_400_000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / 86_400_000;
}

function addMonths(day: number, months: number): number {
  const date = new Date(day * 86_400_000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1) / 86_400_000;
}

export function calendarWindow(period: CalendarPeriod, start: string, timeZone = DEFAULT_TIME_ZONE): CalendarWindow {
  const day = dayNumber(start);
  let firstDay: number;
  let lastDay: number;
  let monthFirstDay: number;
  let monthLastDay: number;
  let previous: number;
  let next: number;
  if (period === 'week') {
    firstDay = day - (isoWeekday(day) - 1);
    lastDay = firstDay + 6;
    monthFirstDay = firstDay;
    monthLastDay = lastDay;
    previous = firstDay - 7;
    next = firstDay + 7;
  } else {
    monthFirstDay = monthStart(day);
    monthLastDay = addMonths(day, 1) - 1;
    firstDay = monthFirstDay - (isoWeekday(monthFirstDay) - 1);
    lastDay = monthLastDay + (7 - isoWeekday(monthLastDay));
    previous = addMonths(day, -1);
    next = addMonths(day, 1);
  }
  return {
    period,
    firstDay,
    lastDay,
    monthFirstDay,
    monthLastDay,
    from: zonedTimeToUtc(firstDay, 0, timeZone),
    to: zonedTimeToUtc(lastDay + 1, 0, timeZone),
    previous: dayToIsoDate(previous),
    next: dayToIsoDate(next),
    start,
  };
}

/** The calendar's own parameters, and the rest for the search's parser. */
export function parseCalendarParams(
  raw: RawSearchParams,
  now: Date,
  timeZone = DEFAULT_TIME_ZONE,
): { period: CalendarPeriod; start: string; rest: RawSearchParams; invalid: string[] } {
  const { period: rawPeriod, start: rawStart, ...rest } = raw;
  const invalid: string[] = [];
  const periodValue = [rawPeriod].flat()[0];
  const startValue = [rawStart].flat()[0];
  let period: CalendarPeriod = 'week';
  if (periodValue) {
    if ((PERIODS as readonly string[]).includes(periodValue)) period = periodValue as CalendarPeriod;
    else invalid.push('period');
  }
  let start = dayToIsoDate(localDayOf(now.getTime(), timeZone));
  if (startValue) {
    if (isValidIsoDate(startValue)) start = startValue;
    else invalid.push('start');
  }
  // The calendar's window is the date filter; a search's own dates would contradict it.
  delete rest.date;
  delete rest.from;
  delete rest.to;
  delete rest.page;
  delete rest.view;
  return { period, start, rest, invalid };
}

/** The days of the window, as ISO dates, by week (rows of seven). */
export function weeksOf(window: CalendarWindow): string[][] {
  const weeks: string[][] = [];
  for (let day = window.firstDay; day <= window.lastDay; day += 7) {
    weeks.push(Array.from({ length: 7 }, (_, i) => dayToIsoDate(day + i)));
  }
  return weeks;
}

/** ISO 8601 week number of a day (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekNumber(day: number): number {
  const thursday = day - (isoWeekday(day) - 1) + 3;
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const firstOfYear = Date.UTC(year, 0, 1) / 86_400_000;
  return Math.floor((thursday - firstOfYear) / 7) + 1;
}
