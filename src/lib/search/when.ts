/**
 * Weekday and time-of-day filters as bit masks over 21 "slots" (7 weekdays × morning, day,
 * evening), so the search index can test an occurrence with one AND.
 */
import { DEFAULT_TIME_ZONE, isoWeekday, timeZoneOffset } from '@/lib/schedule/occurrences';
import { TIMES_OF_DAY, WEEKDAYS, timeOfDayOf, type SearchFilters } from './filters';

const MS_PER_DAY = 86_400_000;
export const ALL_SLOTS = (1 << (WEEKDAYS.length * TIMES_OF_DAY.length)) - 1;

/** The slot (0–20) of an occurrence starting at `instant`, by its local weekday and start hour. */
export function occurrenceSlot(instant: number, timeZone: string = DEFAULT_TIME_ZONE): number {
  const local = instant + timeZoneOffset(instant, timeZone);
  const day = Math.floor(local / MS_PER_DAY);
  const hour = Math.floor((local - day * MS_PER_DAY) / 3_600_000);
  return (isoWeekday(day) - 1) * TIMES_OF_DAY.length + TIMES_OF_DAY.indexOf(timeOfDayOf(hour));
}

/** The slots the weekday and time-of-day filters admit (every slot when neither is set). */
export function slotMask(filters: Pick<SearchFilters, 'day' | 'time'>): number {
  const days = filters.day.length > 0 ? filters.day.map((day) => WEEKDAYS.indexOf(day)) : WEEKDAYS.map((_, i) => i);
  const times =
    filters.time.length > 0 ? filters.time.map((time) => TIMES_OF_DAY.indexOf(time)) : TIMES_OF_DAY.map((_, i) => i);
  let mask = 0;
  for (const day of days) for (const time of times) mask |= 1 << (day * TIMES_OF_DAY.length + time);
  return mask;
}
