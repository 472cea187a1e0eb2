/**
 * Schedules and occurrences as text the way people in Finland write them, in Finnish and in
 * Finland-Swedish: "Joka tiistai klo 18–19.30, 13.1.–26.5.2027" and
 * "Varje tisdag kl. 18–19.30, 13.1–26.5.2027".
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

export type ScheduleLocale = 'fi' | 'sv';

const MS_PER_DAY = 86_400_000;

const WEEKDAYS: Record<ScheduleLocale, readonly string[]> = {
  fi: ['maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai'],
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
};

/** "every n-th": index n (2…4); larger intervals use a numeric form. */
const ORDINAL_FI = ['', '', 'toinen', 'kolmas', 'neljäs'];
const ORDINAL_FI_GENITIVE = ['', '', 'toisen', 'kolmannen', 'neljännen'];
const EVERY_NTH_SV = ['', 'varje', 'varannan', 'var tredje', 'var fjärde'];

const TIME_PREFIX: Record<ScheduleLocale, string> = { fi: 'klo', sv: 'kl.' };

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function joinList(items: readonly string[], locale: ScheduleLocale): string {
  if (items.length <= 1) return items.join('');
  const and = locale === 'fi' ? 'ja' : 'och';
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

function dateParts(day: number): { d: number; m: number; y: number } {
  const date = new Date(day * MS_PER_DAY);
  return { d: date.getUTCDate(), m: date.getUTCMonth() + 1, y: date.getUTCFullYear() };
}

/** A local date (days since 1970-01-01) as "13.1.2027". */
export function formatDay(day: number): string {
  const { d, m, y } = dateParts(day);
  return `${d}.${m}.${y}`;
}

/** "13.1.–26.5.2027" in Finnish, "13.1–26.5.2027" in Swedish; the year once when shared. */
export function formatDayRange(from: number, until: number, locale: ScheduleLocale): string {
  if (from === until) return formatDay(from);
  const a = dateParts(from);
  const b = dateParts(until);
  if (a.y !== b.y) return `${formatDay(from)}–${formatDay(until)}`;
  const start = locale === 'fi' ? `${a.d}.${a.m}.` : `${a.d}.${a.m}`;
  return `${start}–${formatDay(until)}`;
}

/** Minutes after midnight as "18" or "19.30". */
export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? String(h) : `${h}.${String(m).padStart(2, '0')}`;
}

/** "klo 18–19.30" / "kl. 18–19.30". */
export function formatTimeRange(start: number, end: number | null, locale: ScheduleLocale): string {
  const range = end === null || end === start ? formatClock(start) : `${formatClock(start)}–${formatClock(end)}`;
  return `${TIME_PREFIX[locale]} ${range}`;
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
  const startText = `${weekdayName(startDay, locale)} ${formatDay(startDay)}`;
  if (!occurrence.endsAt) {
    return capitalize(`${startText} ${formatTimeRange(localMinutes(start, timeZone), null, locale)}`);
  }
  const end = occurrence.endsAt.getTime();
  const endDay = localDayOf(end, timeZone);
  if (endDay === startDay) {
    const times = formatTimeRange(localMinutes(start, timeZone), localMinutes(end, timeZone), locale);
    return capitalize(`${startText} ${times}`);
  }
  const prefix = TIME_PREFIX[locale];
  const endText = `${weekdayName(endDay, locale)} ${formatDay(endDay)}`;
  return capitalize(
    `${startText} ${prefix} ${formatClock(localMinutes(start, timeZone))} – ${endText} ${prefix} ${formatClock(localMinutes(end, timeZone))}`,
  );
}

function everyNth(interval: number, unit: 'week' | 'day' | 'month', locale: ScheduleLocale): string {
  if (locale === 'fi') {
    const noun = { week: 'viikko', day: 'päivä', month: 'kuukausi' }[unit];
    if (interval === 1) return `joka ${noun}`;
    if (interval < ORDINAL_FI.length) return `joka ${ORDINAL_FI[interval]} ${noun}`;
    return `${interval} ${{ week: 'viikon', day: 'päivän', month: 'kuukauden' }[unit]} välein`;
  }
  const noun = { week: 'vecka', day: 'dag', month: 'månad' }[unit];
  if (interval < EVERY_NTH_SV.length) return `${EVERY_NTH_SV[interval]} ${noun}`;
  return `var ${interval}:e ${noun}`;
}

function weekdayPhrase(weekdays: readonly number[], interval: number, locale: ScheduleLocale): string {
  const days = [...new Set(weekdays)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  if (days.length === 7 && interval === 1) return locale === 'fi' ? 'joka päivä' : 'varje dag';
  if (interval === 1 && days.join() === '1,2,3,4,5') return locale === 'fi' ? 'arkipäivisin' : 'vardagar';
  const names = joinList(
    days.map((d) => WEEKDAYS[locale][d - 1]!),
    locale,
  );
  if (interval === 1) return `${locale === 'fi' ? 'joka' : 'varje'} ${names}`;
  if (days.length === 1 && locale === 'fi' && interval < ORDINAL_FI.length) return `joka ${ORDINAL_FI[interval]} ${names}`;
  if (days.length === 1 && locale === 'sv' && interval < EVERY_NTH_SV.length) return `${EVERY_NTH_SV[interval]} ${names}`;
  return `${everyNth(interval, 'week', locale)}: ${names}`;
}

function monthlyPhrase(dayOfMonth: number | null, interval: number, locale: ScheduleLocale): string {
  if (dayOfMonth === null) return locale === 'fi' ? 'kerran kuukaudessa' : 'en gång i månaden';
  if (locale === 'fi') {
    if (interval === 1) return `joka kuukauden ${dayOfMonth}. päivä`;
    if (interval < ORDINAL_FI_GENITIVE.length) return `joka ${ORDINAL_FI_GENITIVE[interval]} kuukauden ${dayOfMonth}. päivä`;
    return `${interval} kuukauden välein ${dayOfMonth}. päivä`;
  }
  return `den ${dayOfMonth} ${interval === 1 ? 'i varje månad' : everyNth(interval, 'month', locale)}`;
}

function validityPhrase(from: number | null, until: number | null, locale: ScheduleLocale): string | null {
  if (from !== null && until !== null) return formatDayRange(from, until, locale);
  if (from !== null) return locale === 'fi' ? `${formatDay(from)} alkaen` : `från ${formatDay(from)}`;
  if (until !== null) return locale === 'fi' ? `${formatDay(until)} asti` : `till ${formatDay(until)}`;
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
      return `${locale === 'fi' ? 'Saatavilla' : 'Tillgänglig'} ${validity}.`;
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
