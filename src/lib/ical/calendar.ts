/**
 * An activity's schedules as an iCalendar file (RFC 5545), for "add to calendar".
 *
 * ONE_OFF events are written in UTC. RECURRING schedules become one VEVENT each with an
 * RRULE in Helsinki local time (DTSTART;TZID=Europe/Helsinki), so that an 18:00 group stays
 * at 18:00 across daylight saving changes; the file carries the VTIMEZONE that defines it.
 * PERIOD schedules have no times: they become all-day events spanning the period.
 */
import {
  DEFAULT_TIME_ZONE,
  dayNumber,
  dayToIsoDate,
  expandOccurrences,
  isoWeekday,
  localDayOf,
  zonedTimeToUtc,
  type ScheduleInput,
} from '@/lib/schedule/occurrences';

export const ICAL_PRODID = '-//Pohde//Polku//FI';
const HELSINKI = 'Europe/Helsinki';
const MS_PER_DAY = 86_400_000;
const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
/** Schedules in other zones are written as separate events for this long ahead. */
const OTHER_ZONE_HORIZON_DAYS = 183;

/** The EU rules Finland has followed since 1996 (last Sunday of March and October, 01:00 UTC). */
const HELSINKI_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${HELSINKI}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export interface CalendarSchedule extends ScheduleInput {
  /** Stable id: the event's UID is derived from it, so re-imports update instead of duplicating. */
  id: string;
  /** Where this schedule happens; falls back to the activity's location. */
  location?: string | null;
  /** A note shown in the event's description ("no meeting on public holidays"). */
  note?: string | null;
}

export interface CalendarActivity {
  title: string;
  /** Plain text. */
  description?: string | null;
  /** The activity's public page (absolute). */
  url: string;
  location?: string | null;
  schedules: readonly CalendarSchedule[];
}

export interface CalendarOptions {
  /** DTSTAMP, and "today" for schedules that have no start date. */
  now: Date;
  /** Domain part of UIDs. */
  uidDomain?: string;
}

/** TEXT value escaping (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line to at most 75 octets per physical line (RFC 5545 3.1), never inside
 * a UTF-8 sequence: continuation lines start with one space.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // the leading space takes one octet
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function utcStamp(instant: number): string {
  const d = new Date(instant);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function dateValue(day: number): string {
  return dayToIsoDate(day).replace(/-/g, '');
}

function localStamp(day: number, minutes: number): string {
  return `${dateValue(day)}T${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}00`;
}

function parseMinutes(value: string | null | undefined): number | null {
  const match = value ? /^(\d{2}):(\d{2})$/.exec(value) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

interface EventText {
  summary: string;
  description: string | null;
  location: string | null;
  url: string;
}

function textLines({ summary, description, location, url }: EventText): string[] {
  return [
    `SUMMARY:${escapeText(summary)}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    `URL:${url}`,
  ];
}

function eventText(activity: CalendarActivity, schedule: CalendarSchedule): EventText {
  const description = [activity.description, schedule.note, activity.url].filter((part) => part?.trim()).join('\n\n');
  return {
    summary: activity.title,
    description: description || null,
    location: schedule.location ?? activity.location ?? null,
    url: activity.url,
  };
}

function instantEvent(uid: string, stamp: string, startsAt: number, endsAt: number | null, text: EventText): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${utcStamp(startsAt)}`,
    ...(endsAt !== null && endsAt > startsAt ? [`DTEND:${utcStamp(endsAt)}`] : []),
    ...textLines(text),
    'END:VEVENT',
  ];
}

function toInstant(value: Date | string): number {
  return typeof value === 'string' ? Date.parse(value) : value.getTime();
}

/** The first local day the recurrence matches, ignoring exclusions: DTSTART must be an instance. */
function firstRecurrenceDay(schedule: CalendarSchedule, now: Date, timeZone: string): number | null {
  const from = schedule.validFrom ? zonedTimeToUtc(dayNumber(schedule.validFrom), 0, timeZone) : now.getTime();
  const [first] = expandOccurrences(
    { ...schedule, startTime: null, endTime: null, excludedDates: [] },
    { from: new Date(from), to: new Date(from + 800 * MS_PER_DAY), limit: 1 },
  );
  return first ? localDayOf(first.startsAt.getTime(), timeZone) : null;
}

/**
 * The excluded days the recurrence really meets (from `firstDay` on): an EXDATE on a day
 * without an instance (another weekday, an "off" week of a biweekly group) means nothing.
 */
function recurrenceDays(schedule: CalendarSchedule, days: readonly number[], firstDay: number): number[] {
  const candidates = [...new Set(days)].filter((d) => d >= firstDay).sort((a, b) => a - b);
  if (candidates.length === 0) return [];
  const from = zonedTimeToUtc(candidates[0]!, 0, HELSINKI);
  const to = zonedTimeToUtc(candidates.at(-1)! + 1, 0, HELSINKI);
  const meets = new Set(
    expandOccurrences(
      { ...schedule, startTime: null, endTime: null, excludedDates: [] },
      { from: new Date(from), to: new Date(to) },
    ).map((o) => localDayOf(o.startsAt.getTime(), HELSINKI)),
  );
  return candidates.filter((d) => meets.has(d));
}

/** A PERIOD (no times: "valid from … until …") as one all-day event spanning it. */
function periodEvent(schedule: CalendarSchedule, uid: string, stamp: string, text: EventText, now: Date): string[] {
  const today = localDayOf(now.getTime(), HELSINKI);
  const first = schedule.validFrom ? dayNumber(schedule.validFrom) : today;
  const last = schedule.validUntil ? dayNumber(schedule.validUntil) : null;
  if (last !== null && last < first) return [];
  // An open-ended period has no end to span to: it becomes one day, its start or today.
  const start = last === null ? Math.max(first, today) : first;
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${dateValue(start)}`,
    `DTEND;VALUE=DATE:${dateValue((last ?? start) + 1)}`,
    ...textLines(text),
    'END:VEVENT',
  ];
}

function recurringEvent(
  schedule: CalendarSchedule,
  uid: string,
  stamp: string,
  text: EventText,
  now: Date,
): string[] {
  const firstDay = firstRecurrenceDay(schedule, now, HELSINKI);
  if (firstDay === null) return [];
  const startMinutes = parseMinutes(schedule.startTime);
  const endMinutes = parseMinutes(schedule.endTime);
  const allDay = startMinutes === null;
  const frequency = schedule.frequency ?? 'WEEKLY';
  const interval = Math.max(1, schedule.interval ?? 1);
  const weekdays = [...new Set(schedule.weekdays ?? [])].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);

  const rule = [`FREQ=${frequency}`, `INTERVAL=${interval}`];
  if (frequency === 'WEEKLY') {
    rule.push('WKST=MO', `BYDAY=${(weekdays.length > 0 ? weekdays : [isoWeekday(firstDay)]).map((d) => BYDAY[d - 1]).join(',')}`);
  } else if (frequency === 'DAILY' && weekdays.length > 0) {
    rule.push(`BYDAY=${weekdays.map((d) => BYDAY[d - 1]).join(',')}`);
  } else if (frequency === 'MONTHLY') {
    rule.push(`BYMONTHDAY=${new Date(firstDay * MS_PER_DAY).getUTCDate()}`);
  }
  if (schedule.validUntil) {
    const lastDay = dayNumber(schedule.validUntil);
    // With a TZID start, UNTIL must be in UTC: the last moment of the final local day.
    rule.push(`UNTIL=${allDay ? dateValue(lastDay) : utcStamp(zonedTimeToUtc(lastDay + 1, 0, HELSINKI) - 1000)}`);
  }

  const tz = `;TZID=${HELSINKI}`;
  const lines = ['BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${stamp}`];
  if (allDay) {
    lines.push(`DTSTART;VALUE=DATE:${dateValue(firstDay)}`, `DTEND;VALUE=DATE:${dateValue(firstDay + 1)}`);
  } else {
    lines.push(`DTSTART${tz}:${localStamp(firstDay, startMinutes)}`);
    if (endMinutes !== null && endMinutes !== startMinutes) {
      const endDay = endMinutes > startMinutes ? firstDay : firstDay + 1;
      lines.push(`DTEND${tz}:${localStamp(endDay, endMinutes)}`);
    }
  }
  lines.push(`RRULE:${rule.join(';')}`);
  const excluded = recurrenceDays(schedule, (schedule.excludedDates ?? []).map(dayNumber), firstDay);
  if (excluded.length > 0) {
    lines.push(
      allDay
        ? `EXDATE;VALUE=DATE:${excluded.map(dateValue).join(',')}`
        : `EXDATE${tz}:${excluded.map((d) => localStamp(d, startMinutes)).join(',')}`,
    );
  }
  lines.push(...textLines(text), 'END:VEVENT');
  return lines;
}

/** The calendar file's text with CRLF line endings, or null when no schedule gives an event. */
export function buildActivityCalendar(activity: CalendarActivity, options: CalendarOptions): string | null {
  const stamp = utcStamp(options.now.getTime());
  const domain = options.uidDomain ?? 'polku';
  const events: string[][] = [];
  let usesHelsinki = false;

  for (const schedule of activity.schedules) {
    const text = eventText(activity, schedule);
    const uid = `${schedule.id}@${domain}`;
    if (schedule.kind === 'ONE_OFF' && schedule.startsAt) {
      const endsAt = schedule.endsAt ? toInstant(schedule.endsAt) : null;
      events.push(instantEvent(uid, stamp, toInstant(schedule.startsAt), endsAt, text));
    } else if (schedule.kind === 'PERIOD') {
      const event = periodEvent(schedule, uid, stamp, text, options.now);
      if (event.length > 0) events.push(event);
    } else if (schedule.kind === 'RECURRING') {
      const timeZone = schedule.timeZone || DEFAULT_TIME_ZONE;
      if (timeZone === HELSINKI) {
        const event = recurringEvent(schedule, uid, stamp, text, options.now);
        if (event.length > 0) {
          events.push(event);
          usesHelsinki = true;
        }
      } else {
        // No VTIMEZONE for other zones here: write the coming occurrences one by one in UTC.
        const to = new Date(options.now.getTime() + OTHER_ZONE_HORIZON_DAYS * MS_PER_DAY);
        for (const o of expandOccurrences(schedule, { from: options.now, to })) {
          const start = o.startsAt.getTime();
          const occurrenceUid = `${schedule.id}-${utcStamp(start)}@${domain}`;
          events.push(instantEvent(occurrenceUid, stamp, start, o.endsAt?.getTime() ?? null, text));
        }
      }
    }
  }
  if (events.length === 0) return null;

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICAL_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(activity.title)}`,
    ...(usesHelsinki ? [`X-WR-TIMEZONE:${HELSINKI}`, ...HELSINKI_VTIMEZONE] : []),
    ...events.flat(),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

