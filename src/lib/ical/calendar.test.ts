import { describe, expect, it } from 'vitest';
import { expandOccurrences } from '@/lib/schedule/occurrences';
import { buildActivityCalendar, escapeText, foldLine, type CalendarActivity } from './calendar';

const now = new Date('2027-01-05T10:00:00Z');

function activity(overrides: Partial<CalendarActivity> = {}): CalendarActivity {
  return {
    title: 'Omaishoitajien vertaisryhmä',
    description: 'Tule mukaan, kahvi on valmiina.',
    url: 'https://polku.example/fi/toiminta/vertaisryhma',
    location: 'Kirkkokatu 1, 90100 Oulu',
    schedules: [],
    ...overrides,
  };
}

/** Unfolded content lines of a calendar. */
function lines(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
}

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves short lines alone', () => {
    expect(foldLine('SUMMARY:lyhyt')).toBe('SUMMARY:lyhyt');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'ä'.repeat(100)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const part of physical) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    for (const part of physical.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });
});

describe('buildActivityCalendar', () => {
  it('returns null when no schedule gives an event', () => {
    expect(buildActivityCalendar(activity({ schedules: [] }), { now })).toBeNull();
  });

  it('writes a period as an all-day event spanning it, and an open-ended one as today', () => {
    const l = lines(
      buildActivityCalendar(
        activity({
          schedules: [
            { id: 'p1', kind: 'PERIOD', validFrom: '2027-01-01', validUntil: '2027-05-31' },
            { id: 'p2', kind: 'PERIOD', validFrom: '2026-10-01', validUntil: null },
          ],
        }),
        { now },
      )!,
    );
    expect(l).toContain('DTSTART;VALUE=DATE:20270101');
    expect(l).toContain('DTEND;VALUE=DATE:20270601');
    expect(l).toContain('DTSTART;VALUE=DATE:20270105');
    expect(l).toContain('DTEND;VALUE=DATE:20270106');
  });

  it('writes a one-off event in UTC with CRLF line endings', () => {
    const ics = buildActivityCalendar(
      activity({
        schedules: [
          { id: 's1', kind: 'ONE_OFF', startsAt: new Date('2027-02-12T16:00:00Z'), endsAt: new Date('2027-02-14T10:00:00Z') },
        ],
      }),
      { now },
    )!;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pohde//Polku//FI\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const l = lines(ics);
    expect(l).toContain('UID:s1@polku');
    expect(l).toContain('DTSTAMP:20270105T100000Z');
    expect(l).toContain('DTSTART:20270212T160000Z');
    expect(l).toContain('DTEND:20270214T100000Z');
    expect(l).toContain('LOCATION:Kirkkokatu 1\\, 90100 Oulu');
    expect(l).toContain('URL:https://polku.example/fi/toiminta/vertaisryhma');
    expect(l).toContain('DESCRIPTION:Tule mukaan\\, kahvi on valmiina.\\n\\nhttps://polku.example/fi/toiminta/vertaisryhma');
    // A one-off event needs no time zone definition.
    expect(l).not.toContain('BEGIN:VTIMEZONE');
  });

  it('writes a weekly schedule as an RRULE in Helsinki time with EXDATE and UNTIL in UTC', () => {
    const ics = buildActivityCalendar(
      activity({
        schedules: [
          {
            id: 'w1',
            kind: 'RECURRING',
            frequency: 'WEEKLY',
            interval: 2,
            weekdays: [4, 2],
            validFrom: '2026-11-30',
            validUntil: '2027-05-26',
            startTime: '18:00',
            endTime: '19:30',
            // 29.12. falls in an "on" week; 24.12. in an "off" week, when there is no meeting anyway.
            excludedDates: ['2026-12-29', '2026-12-24'],
            timeZone: 'Europe/Helsinki',
          },
        ],
      }),
      { now },
    )!;
    const l = lines(ics);
    expect(l).toContain('BEGIN:VTIMEZONE');
    expect(l).toContain('TZID:Europe/Helsinki');
    // The first matching day after validFrom (Monday 30.11.) is Tuesday 1.12.
    expect(l).toContain('DTSTART;TZID=Europe/Helsinki:20261201T180000');
    expect(l).toContain('DTEND;TZID=Europe/Helsinki:20261201T193000');
    // 26.5.2027 ends at 21:00 UTC (EEST, +3 h).
    expect(l).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;WKST=MO;BYDAY=TU,TH;UNTIL=20270526T205959Z');
    expect(l).toContain('EXDATE;TZID=Europe/Helsinki:20261229T180000');
    expect(l).toContain('UID:w1@polku');
  });

  it('keeps a weekly 18:00 group at 18:00 local time across the spring change', () => {
    const schedule = {
      id: 'dst',
      kind: 'RECURRING' as const,
      frequency: 'WEEKLY' as const,
      weekdays: [2],
      validFrom: '2027-03-16',
      validUntil: '2027-04-06',
      startTime: '18:00',
      endTime: '19:00',
    };
    const l = lines(buildActivityCalendar(activity({ schedules: [schedule] }), { now })!);
    // One local start time for the whole series, interpreted with the VTIMEZONE's rules:
    // 16.3. and 23.3. are 16:00 UTC (EET), 30.3. and 6.4. are 15:00 UTC (EEST).
    expect(l.filter((line) => line.startsWith('DTSTART;TZID='))).toEqual(['DTSTART;TZID=Europe/Helsinki:20270316T180000']);
    expect(l).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=TU;UNTIL=20270406T205959Z');
    expect(l).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(l).toContain('TZOFFSETTO:+0300');
    // The site's own expansion agrees that the local time stays 18:00.
    const starts = expandOccurrences(schedule, { from: new Date('2027-03-01'), to: new Date('2027-05-01') }).map((o) =>
      o.startsAt.toISOString(),
    );
    expect(starts).toEqual([
      '2027-03-16T16:00:00.000Z',
      '2027-03-23T16:00:00.000Z',
      '2027-03-30T15:00:00.000Z',
      '2027-04-06T15:00:00.000Z',
    ]);
  });

  it('writes monthly and daily rules and all-day schedules with dates', () => {
    const l = lines(
      buildActivityCalendar(
        activity({
          schedules: [
            { id: 'm', kind: 'RECURRING', frequency: 'MONTHLY', validFrom: '2027-01-14', startTime: '10:00', endTime: '11:00' },
            { id: 'd', kind: 'RECURRING', frequency: 'DAILY', weekdays: [1, 2, 3, 4, 5], validFrom: '2027-01-01', validUntil: '2027-01-31', excludedDates: ['2027-01-06'] },
          ],
        }),
        { now },
      )!,
    );
    expect(l).toContain('DTSTART;TZID=Europe/Helsinki:20270114T100000');
    expect(l).toContain('RRULE:FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=14');
    expect(l).toContain('DTSTART;VALUE=DATE:20270101');
    expect(l).toContain('DTEND;VALUE=DATE:20270102');
    expect(l).toContain('RRULE:FREQ=DAILY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;UNTIL=20270131');
    expect(l).toContain('EXDATE;VALUE=DATE:20270106');
  });

  it('escapes the title and folds long descriptions', () => {
    const ics = buildActivityCalendar(
      activity({
        title: 'Kuoro; laulua, iloa',
        description: 'Pitkä kuvaus. '.repeat(20),
        schedules: [{ id: 'x', kind: 'ONE_OFF', startsAt: '2027-02-01T10:00:00Z' }],
      }),
      { now },
    )!;
    expect(lines(ics)).toContain('SUMMARY:Kuoro\\; laulua\\, iloa');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
