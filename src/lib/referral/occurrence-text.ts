import { formatOccurrence } from '@/lib/schedule/format';
import { DEFAULT_TIME_ZONE, type Occurrence } from '@/lib/schedule/occurrences';

export type ClientLanguage = 'fi' | 'sv' | 'en';

/** One occurrence in the client's language, with the site's one formatter. */
export function occurrenceText(occurrence: Occurrence, language: ClientLanguage, timeZone = DEFAULT_TIME_ZONE): string {
  return formatOccurrence(occurrence, language, timeZone);
}
