import { formatOccurrence } from '@/lib/schedule/format';
import { DEFAULT_TIME_ZONE, type Occurrence } from '@/lib/schedule/occurrences';

export type ClientLanguage = 'fi' | 'sv' | 'en';

const englishDay = new Intl.DateTimeFormat('en-GB', {
  timeZone: DEFAULT_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const englishTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: DEFAULT_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** One occurrence in the client's language; Finnish and Swedish the way people in Finland write them. */
export function occurrenceText(occurrence: Occurrence, language: ClientLanguage, timeZone = DEFAULT_TIME_ZONE): string {
  if (language !== 'en') return formatOccurrence(occurrence, language, timeZone);
  const start = `${englishDay.format(occurrence.startsAt)}, ${englishTime.format(occurrence.startsAt)}`;
  if (!occurrence.endsAt) return start;
  const sameDay = englishDay.format(occurrence.startsAt) === englishDay.format(occurrence.endsAt);
  return sameDay
    ? `${start}–${englishTime.format(occurrence.endsAt)}`
    : `${start} – ${englishDay.format(occurrence.endsAt)}, ${englishTime.format(occurrence.endsAt)}`;
}
