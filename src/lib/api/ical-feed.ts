/**
 * A calendar feed of many activities' dates (RFC 5545): one VEVENT per occurrence, in UTC,
 * with UIDs derived from the activity and the start so subscribers update instead of
 * duplicating. Text escaping and line folding come from the single-activity writer.
 */
import { ICAL_PRODID, escapeText, foldLine } from '@/lib/ical/calendar';

export interface FeedEvent {
  activityId: string;
  startsAt: Date;
  endsAt: Date | null;
  title: string;
  description: string | null;
  location: string | null;
  url: string;
  /** When the activity last changed: DTSTAMP, so an unchanged feed stays byte-identical. */
  updatedAt: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');
export function utcStamp(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(
    date.getUTCMinutes(),
  )}${pad(date.getUTCSeconds())}Z`;
}

export function buildFeed(name: string, events: readonly FeedEvent[], uidDomain: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICAL_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'X-PUBLISHED-TTL:PT6H',
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.activityId}-${utcStamp(event.startsAt)}@${uidDomain}`,
      `DTSTAMP:${utcStamp(event.updatedAt)}`,
      `DTSTART:${utcStamp(event.startsAt)}`,
      ...(event.endsAt && event.endsAt > event.startsAt ? [`DTEND:${utcStamp(event.endsAt)}`] : []),
      `SUMMARY:${escapeText(event.title)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      `URL:${event.url}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
