/**
 * Schedules and occurrences as text the way people in Finland write them, in Finnish,
 * Finland-Swedish and (British) English: "Joka tiistai klo 18–19.30, 13.1.–26.5.2027",
 * "Varje tisdag kl. 18–19.30, 13.1–26.5.2027" and
 * "Every Tuesday 18:00–19:30, 13 January – 26 May 2027".
 *
 * Written by hand rather than with Intl: the app's Swedish locale is "sv", which Intl formats
 * the Sweden way (2027-01-13, 18:00), and the recurrence phrases need grammar Intl lacks.
 */
import {
  DEFAULT_TIME_ZONE,
  dayNumber,
  isoWeekday,
  localDayOf,
  timeZoneOffset,
  type Occurrence,
  type ScheduleInput,
} from './occurrences';

export type ScheduleLocale = 'fi' | 'sv' | 'en';

const MS_PER_DAY = 86_400_000;

const WEEKDAYS: Record<ScheduleLocale, readonly string[]> = {
  fi: ['maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai'],
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const EVERY_NTH_EN = ['', 'every', 'every other', 'every third', 'every fourth'];

/** "every n-th": index n (2…4); larger intervals use a numeric form. */
const ORDINAL_FI = ['', '', 'toinen', 'kolmas', 'neljäs'];
const ORDINAL_FI_GENITIVE = ['', '', 'toisen', 'kolmannen', 'neljännen'];
const EVERY_NTH_SV = ['', 'varje', 'varannan', 'var tredje', 'var fjärde'];

const TIME_PREFIX: Record<ScheduleLocale, string> = { fi: 'klo', sv: 'kl.', en: '' };
const AND: Record<ScheduleLocale, string> = { fi: 'ja', sv: 'och', en: 'and' };

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function joinList(items: readonly string[], locale: ScheduleLocale): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${AND[locale]} ${items.at(-1)}`;
}

function dateParts(day: number): { d: number; m: number; y: number } {
  const date = new Date(day * MS_PER_DAY);
  return { d: date.getUTCDate(), m: date.getUTCMonth() + 1, y: date.getUTCFullYear() };
}

/** A local date (days since 1970-01-01) as "13.1.2027" (fi, sv) or "13 January 2027" (en). */
export function formatDay(day: number, locale: ScheduleLocale = 'fi'): string {
  const { d, m, y } = dateParts(day);
  return locale === 'en' ? `${d} ${MONTHS_EN[m - 1]} ${y}` : `${d}.${m}.${y}`;
}

/**
 * "13.1.–26.5.2027" in Finnish, "13.1–26.5.2027" in Swedish, "13 January – 26 May 2027" in
 * English; the year once when shared.
 */
export function formatDayRange(from: number, until: number, locale: ScheduleLocale): string {
  if (from === until) return formatDay(from, locale);
  const a = dateParts(from);
  const b = dateParts(until);
  if (locale === 'en') {
    const start = a.y === b.y ? `${a.d} ${MONTHS_EN[a.m - 1]}` : formatDay(from, locale);
    return `${start} – ${formatDay(until, locale)}`;
  }
  if (a.y !== b.y) return `${formatDay(from)}–${formatDay(until)}`;
  const start = locale === 'fi' ? `${a.d}.${a.m}.` : `${a.d}.${a.m}`;
  return `${start}–${formatDay(until)}`;
}

/** Minutes after midnight as "18" or "19.30" (fi, sv), "18:00" or "19:30" (en). */
export function formatClock(minutes: number, locale: ScheduleLocale = 'fi'): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (locale === 'en') return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  return m === 0 ? String(h) : `${h}.${String(m).padStart(2, '0')}`;
}

/** "klo 18–19.30" / "kl. 18–19.30" / "18:00–19:30". */
export function formatTimeRange(start: number, end: number | null, locale: ScheduleLocale): string {
  const clock = (minutes: number) => formatClock(minutes, locale);
  const range = end === null || end === start ? clock(start) : `${clock(start)}–${clock(end)}`;
  return TIME_PREFIX[locale] ? `${TIME_PREFIX[locale]} ${range}` : range;
}

function parseMinutes(value: string | null | undefined): number | null {
  const match = value ? /^(\d{2}):(\d{2})$/.exec(value) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

function localMinutes(instant: number, timeZone: string): number {
  const local = instant + timeZoneOffset(instant, timeZone);
  return Math.floor((((local % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / 60_000);
}

function weekdayName(day: number, locale: ScheduleLocale): string {
  return WEEKDAYS[locale][isoWeekday(day) - 1]!;
}

/**
 * One occurrence in local time: "Tiistai 13.1.2027 klo 18–19.30", or across days
 * "Perjantai 12.3.2027 klo 18 – sunnuntai 14.3.2027 klo 12".
 */
export function formatOccurrence(
  occurrence: Occurrence,
  locale: ScheduleLocale,
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  const start = occurrence.startsAt.getTime();
  const startDay = localDayOf(start, timeZone);
  // English puts a comma between the date and the time: "Tuesday 12 January 2027, 18:00".
  const separator = locale === 'en' ? ', ' : ' ';
  const startText = `${weekdayName(startDay, locale)} ${formatDay(startDay, locale)}`;
  if (!occurrence.endsAt) {
    return capitalize(`${startText}${separator}${formatTimeRange(localMinutes(start, timeZone), null, locale)}`);
  }
  const end = occurrence.endsAt.getTime();
  const endDay = localDayOf(end, timeZone);
  if (endDay === startDay) {
    const times = formatTimeRange(localMinutes(start, timeZone), localMinutes(end, timeZone), locale);
    return capitalize(`${startText}${separator}${times}`);
  }
  const endText = `${weekdayName(endDay, locale)} ${formatDay(endDay, locale)}`;
  const at = (minutes: number) => formatTimeRange(minutes, null, locale);
  return capitalize(
    `${startText}${separator}${at(localMinutes(start, timeZone))} – ${endText}${separator}${at(localMinutes(end, timeZone))}`,
  );
}

function everyNth(interval: number, unit: 'week' | 'day' | 'month', locale: ScheduleLocale): string {
  if (locale === 'fi') {
    const noun = { week: 'viikko', day: 'päivä', month: 'kuukausi' }[unit];
    if (interval === 1) return `joka ${noun}`;
    if (interval < ORDINAL_FI.length) return `joka ${ORDINAL_FI[interval]} ${noun}`;
    return `${interval} ${{ week: 'viikon', day: 'päivän', month: 'kuukauden' }[unit]} välein`;
  }
  if (locale === 'en') {
    if (interval < EVERY_NTH_EN.length) return `${EVERY_NTH_EN[interval]} ${unit}`;
    return `every ${interval} ${unit}s`;
  }
  const noun = { week: 'vecka', day: 'dag', month: 'månad' }[unit];
  if (interval < EVERY_NTH_SV.length) return `${EVERY_NTH_SV[interval]} ${noun}`;
  return `var ${interval}:e ${noun}`;
}

function weekdayPhrase(weekdays: readonly number[], interval: number, locale: ScheduleLocale): string {
  const days = [...new Set(weekdays)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  if (days.length === 7 && interval === 1) return { fi: 'joka päivä', sv: 'varje dag', en: 'every day' }[locale];
  if (interval === 1 && days.join() === '1,2,3,4,5') return { fi: 'arkipäivisin', sv: 'vardagar', en: 'on weekdays' }[locale];
  const names = joinList(
    days.map((d) => WEEKDAYS[locale][d - 1]!),
    locale,
  );
  if (interval === 1) return `${{ fi: 'joka', sv: 'varje', en: 'every' }[locale]} ${names}`;
  if (days.length === 1 && locale === 'fi' && interval < ORDINAL_FI.length) return `joka ${ORDINAL_FI[interval]} ${names}`;
  if (days.length === 1 && locale === 'sv' && interval < EVERY_NTH_SV.length) return `${EVERY_NTH_SV[interval]} ${names}`;
  if (days.length === 1 && locale === 'en' && interval < EVERY_NTH_EN.length) return `${EVERY_NTH_EN[interval]} ${names}`;
  return `${everyNth(interval, 'week', locale)}: ${names}`;
}

function monthlyPhrase(dayOfMonth: number | null, interval: number, locale: ScheduleLocale): string {
  if (dayOfMonth === null) return { fi: 'kerran kuukaudessa', sv: 'en gång i månaden', en: 'once a month' }[locale];
  if (locale === 'fi') {
    if (interval === 1) return `joka kuukauden ${dayOfMonth}. päivä`;
    if (interval < ORDINAL_FI_GENITIVE.length) return `joka ${ORDINAL_FI_GENITIVE[interval]} kuukauden ${dayOfMonth}. päivä`;
    return `${interval} kuukauden välein ${dayOfMonth}. päivä`;
  }
  if (locale === 'en') return `on day ${dayOfMonth} of ${interval === 1 ? 'every month' : everyNth(interval, 'month', locale)}`;
  return `den ${dayOfMonth} ${interval === 1 ? 'i varje månad' : everyNth(interval, 'month', locale)}`;
}

function validityPhrase(from: number | null, until: number | null, locale: ScheduleLocale): string | null {
  if (from !== null && until !== null) return formatDayRange(from, until, locale);
  if (from !== null) return { fi: `${formatDay(from)} alkaen`, sv: `från ${formatDay(from)}`, en: `from ${formatDay(from, locale)}` }[locale];
  if (until !== null) return { fi: `${formatDay(until)} asti`, sv: `till ${formatDay(until)}`, en: `until ${formatDay(until, locale)}` }[locale];
  return null;
}

export interface SummarizeOptions {
  /** With it, a start date in the past is left out of an open-ended range ("from 3.10.2025"). */
  now?: Date;
}

/**
 * A schedule in one sentence, or null when there is nothing to say (a period without dates).
 * RECURRING: "Joka tiistai klo 18–19.30, 13.1.–26.5.2027." ONE_OFF: the event's time span.
 * PERIOD: "Saatavilla 1.3.–31.5.2027." / "Tillgänglig 1.3–31.5.2027."
 */
export function summarizeSchedule(
  schedule: ScheduleInput,
  locale: ScheduleLocale,
  options: SummarizeOptions = {},
): string | null {
  const timeZone = schedule.timeZone || DEFAULT_TIME_ZONE;
  const from = schedule.validFrom ? dayNumber(schedule.validFrom) : null;
  const until = schedule.validUntil ? dayNumber(schedule.validUntil) : null;
  const today = options.now ? localDayOf(options.now.getTime(), timeZone) : null;
  const shownFrom = until === null && today !== null && from !== null && from <= today ? null : from;

  switch (schedule.kind) {
    case 'ONE_OFF': {
      if (!schedule.startsAt) return null;
      const startsAt = new Date(schedule.startsAt);
      const endsAt = schedule.endsAt ? new Date(schedule.endsAt) : null;
      return `${formatOccurrence({ startsAt, endsAt }, locale, timeZone)}.`;
    }
    case 'PERIOD': {
      const validity = validityPhrase(shownFrom, until, locale);
      if (!validity) return null;
      return `${{ fi: 'Saatavilla', sv: 'Tillgänglig', en: 'Available' }[locale]} ${validity}.`;
    }
    case 'RECURRING': {
      const interval = Math.max(1, schedule.interval ?? 1);
      const weekdays = schedule.weekdays ?? [];
      const frequency = schedule.frequency ?? 'WEEKLY';
      let phrase: string;
      if (frequency === 'MONTHLY') {
        phrase = monthlyPhrase(from === null ? null : dateParts(from).d, interval, locale);
      } else if (frequency === 'DAILY') {
        const daily = everyNth(interval, 'day', locale);
        if (weekdays.length === 0) phrase = daily;
        else if (interval === 1) phrase = weekdayPhrase(weekdays, 1, locale);
        else phrase = `${daily} (${joinList(weekdays.map((d) => WEEKDAYS[locale][d - 1]!), locale)})`;
      } else {
        const days = weekdays.length > 0 ? weekdays : from !== null ? [isoWeekday(from)] : [];
        phrase = days.length > 0 ? weekdayPhrase(days, interval, locale) : everyNth(interval, 'week', locale);
      }
      const start = parseMinutes(schedule.startTime);
      const time = start === null ? null : formatTimeRange(start, parseMinutes(schedule.endTime), locale);
      const validity = validityPhrase(shownFrom, until, locale);
      const sentence = [phrase, time].filter(Boolean).join(' ') + (validity ? `, ${validity}` : '');
      return `${capitalize(sentence)}.`;
    }
    default:
      return null;
  }
}
