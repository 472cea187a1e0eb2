import {
  DEFAULT_TIME_ZONE,
  dayNumber,
  dayToIsoDate,
  isoWeekday,
  localDayOf,
  zonedTimeToUtc,
} from '@/lib/schedule/occurrences';
import type { SearchFilters } from './filters';

export interface ResolvedDateRange {
  /** Start instant (inclusive). */
  from: Date;
  /** End instant (exclusive). */
  to: Date;
  /** The local dates covered, for date-only schedules (inclusive). */
  fromDate: string;
  toDate: string;
}

/**
 * The window a date filter means, in Helsinki time: "today" is the rest of today,
 * "week" runs to the end of Sunday, "weekend" is the coming Saturday and Sunday (or
 * what is left of them), "month" the next 30 days; a range covers whole local days.
 */
export function resolveDateRange(
  date: NonNullable<SearchFilters['date']>,
  now: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): ResolvedDateRange {
  const nowMs = now.getTime();
  const today = localDayOf(nowMs, timeZone);
  const startOfDay = (day: number) => zonedTimeToUtc(day, 0, timeZone);

  let firstDay: number;
  let lastDay: number;
  let fromMs: number;
  if ('preset' in date) {
    switch (date.preset) {
      case 'today':
        firstDay = today;
        lastDay = today;
        break;
      case 'week':
        firstDay = today;
        lastDay = today + (7 - isoWeekday(today));
        break;
      case 'weekend': {
        const weekday = isoWeekday(today);
        firstDay = weekday >= 6 ? today : today + (6 - weekday);
        lastDay = weekday === 7 ? today : firstDay + 1;
        break;
      }
      case 'month':
        firstDay = today;
        lastDay = today + 29;
        break;
    }
    fromMs = firstDay === today ? nowMs : startOfDay(firstDay);
  } else {
    firstDay = dayNumber(date.from);
    lastDay = dayNumber(date.to);
    fromMs = startOfDay(firstDay);
  }
  return {
    from: new Date(fromMs),
    to: new Date(startOfDay(lastDay + 1)),
    fromDate: dayToIsoDate(firstDay),
    toDate: dayToIsoDate(lastDay),
  };
}
