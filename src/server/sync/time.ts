import 'server-only';
import { DEFAULT_TIME_ZONE, dayToIsoDate, isoWeekday, localDayOf, timeZoneOffset } from '@/lib/schedule/occurrences';

/** Local date, wall-clock time and ISO weekday of an instant in a time zone. */
export function localDateTime(instant: number, timeZone = DEFAULT_TIME_ZONE): { date: string; time: string; weekday: number } {
  const day = localDayOf(instant, timeZone);
  const minutes = Math.floor((instant + timeZoneOffset(instant, timeZone) - day * 86_400_000) / 60_000);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return { date: dayToIsoDate(day), time: `${hh}:${mm}`, weekday: isoWeekday(day) };
}

const validTimeZones = new Map<string, boolean>();

export function isValidTimeZone(timeZone: string): boolean {
  let valid = validTimeZones.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    if (validTimeZones.size < 1000) validTimeZones.set(timeZone, valid);
  }
  return valid;
}
