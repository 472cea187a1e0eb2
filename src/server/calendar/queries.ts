import 'server-only';
import { getSql } from '@/server/db';
import type { Locale } from '@/i18n/routing';
import { localizedPathname } from '@/i18n/paths';
import { calendarWindow, parseCalendarParams, type CalendarWindow } from '@/lib/calendar/period';
import { parseSearchParams, type IgnoredParam, type RawSearchParams, type SearchFilters } from '@/lib/search/filters';
import { ALL_SLOTS, occurrenceSlot, slotMask } from '@/lib/search/when';
import { pickLocalized } from '@/lib/i18n/localized';
import { DEFAULT_TIME_ZONE, dayToIsoDate, localDayOf } from '@/lib/schedule/occurrences';
import { getTaxonomies, vocabularyOf } from '@/server/taxonomies/queries';
import { searchActivities } from '@/server/search/search';

/** Activities a calendar looks at, and occurrences it shows, at most. */
const MAX_ACTIVITIES = 20_000;
const MAX_EVENTS = 3_000;

export interface CalendarEvent {
  /** Local date "YYYY-MM-DD" of the start. */
  day: string;
  startsAt: string;
  endsAt: string | null;
  title: string;
  /** Language of the title when it is not the page's. */
  titleLang: string | null;
  href: string;
  municipality: string | null;
}

export interface CalendarData {
  window: CalendarWindow;
  filters: SearchFilters;
  ignored: IgnoredParam[];
  /** Events by local day, in start order. */
  days: Map<string, CalendarEvent[]>;
  total: number;
  /** True when more events matched than are shown. */
  truncated: boolean;
}

interface EventRow {
  activityId: string;
  startsAt: Date | string;
  endsAt: Date | string | null;
  slug: string;
  titleFi: string | null;
  titleSv: string | null;
  titleEn: string | null;
  municipalityFi: string | null;
  municipalitySv: string | null;
  municipalityEn: string | null;
}

/**
 * The dated occurrences of the activities a search finds, in a week or a month: the search's
 * filters choose the activities (through the same parser and index as the results page), the
 * window replaces its dates, and weekday and time of day are checked on each occurrence.
 */
export async function getCalendar(raw: RawSearchParams, locale: Locale, now = new Date()): Promise<CalendarData> {
  const { period, start, rest, invalid } = parseCalendarParams(raw, now);
  const window = calendarWindow(period, start);
  const parsed = parseSearchParams(rest, vocabularyOf(await getTaxonomies()));
  const ignored = [...parsed.ignored, ...invalid.map((param): IgnoredParam => ({ param, reason: 'invalid' }))];
  const filters: SearchFilters = {
    ...parsed.filters,
    date: { from: dayToIsoDate(window.firstDay), to: dayToIsoDate(window.lastDay) },
    page: 1,
  };
  const result = await searchActivities(filters, { locale, now, pageSize: 1, facets: false, ids: MAX_ACTIVITIES });
  const ids = result.ids ?? [];
  const days = new Map<string, CalendarEvent[]>();
  if (ids.length === 0) return { window, filters: parsed.filters, ignored, days, total: 0, truncated: false };

  const rows = await (await getSql()).query<EventRow>(
    `SELECT o."activityId", o."startsAt", o."endsAt", a.slug, a."titleFi", a."titleSv", a."titleEn",
            m."nameFi" AS "municipalityFi", m."nameSv" AS "municipalitySv", m."nameEn" AS "municipalityEn"
     FROM "ActivityOccurrence" o
     JOIN "Activity" a ON a.id = o."activityId"
     LEFT JOIN LATERAL (
       SELECT m."nameFi", m."nameSv", m."nameEn" FROM "ActivityChannel" c JOIN "Municipality" m ON m.code = c."municipalityCode"
       WHERE c."activityId" = a.id ORDER BY c."sortOrder", c.id LIMIT 1) m ON true
     WHERE o."activityId" = ANY($1::uuid[]) AND o."startsAt" >= $2 AND o."startsAt" < $3
     ORDER BY o."startsAt", a.slug
     LIMIT ${MAX_EVENTS + 1}`,
    [ids, new Date(window.from), new Date(window.to)],
  );
  const slots = slotMask(filters);
  let total = 0;
  for (const row of rows.slice(0, MAX_EVENTS)) {
    const startsAt = new Date(row.startsAt);
    if (slots !== ALL_SLOTS && ((1 << occurrenceSlot(startsAt.getTime())) & slots) === 0) continue;
    const title = pickLocalized({ fi: row.titleFi, sv: row.titleSv, en: row.titleEn }, locale);
    if (!title) continue;
    const day = dayToIsoDate(localDayOf(startsAt.getTime(), DEFAULT_TIME_ZONE));
    const list = days.get(day) ?? [];
    list.push({
      day,
      startsAt: startsAt.toISOString(),
      endsAt: row.endsAt ? new Date(row.endsAt).toISOString() : null,
      title: title.text,
      titleLang: title.lang === locale ? null : title.lang,
      href: localizedPathname({ pathname: '/activities/[slug]', params: { slug: row.slug } }, locale),
      municipality: { fi: row.municipalityFi, sv: row.municipalitySv, en: row.municipalityEn }[locale] ?? null,
    });
    days.set(day, list);
    total++;
  }
  return { window, filters: parsed.filters, ignored, days, total, truncated: rows.length > MAX_EVENTS };
}
