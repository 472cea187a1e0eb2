import { describe, expect, it } from 'vitest';

import {
  expandOccurrences,
  isoWeekday,
  dayNumber,
  nextOccurrence,
  zonedTimeToUtc,
  type ScheduleInput,
} from './occurrences';

const iso = (d: Date | null) => d?.toISOString() ?? null;
const starts = (schedule: ScheduleInput, from: string, to: string) =>
  expandOccurrences(schedule, { from: new Date(from), to: new Date(to) }).map((o) => iso(o.startsAt));

describe('zonedTimeToUtc', () => {
  it('uses +2 h in winter and +3 h in summer in Helsinki', () => {
    expect(new Date(zonedTimeToUtc(dayNumber('2025-01-15'), 18 * 60, 'Europe/Helsinki')).toISOString()).toBe(
      '2025-01-15T16:00:00.000Z',
    );
    expect(new Date(zonedTimeToUtc(dayNumber('2025-07-15'), 18 * 60, 'Europe/Helsinki')).toISOString()).toBe(
      '2025-07-15T15:00:00.000Z',
    );
  });

  it('moves a time in the spring gap forward and picks the earlier of a repeated autumn time', () => {
    // 30 March 2025: clocks jump from 03:00 to 04:00, so 03:30 does not exist.
    expect(new Date(zonedTimeToUtc(dayNumber('2025-03-30'), 3 * 60 + 30, 'Europe/Helsinki')).toISOString()).toBe(
      '2025-03-30T01:30:00.000Z',
    );
    // 26 October 2025: 03:30 happens twice (EEST, then EET).
    expect(new Date(zonedTimeToUtc(dayNumber('2025-10-26'), 3 * 60 + 30, 'Europe/Helsinki')).toISOString()).toBe(
      '2025-10-26T00:30:00.000Z',
    );
  });
});

describe('expandOccurrences', () => {
  it('returns a one-off event that overlaps the window, with its end', () => {
    const camp: ScheduleInput = {
      kind: 'ONE_OFF',
      startsAt: new Date('2025-06-09T07:00:00Z'),
      endsAt: new Date('2025-06-11T12:00:00Z'),
    };
    expect(expandOccurrences(camp, { from: new Date('2025-06-10T00:00:00Z'), to: new Date('2025-07-01T00:00:00Z') })).toEqual([
      { startsAt: new Date('2025-06-09T07:00:00Z'), endsAt: new Date('2025-06-11T12:00:00Z') },
    ]);
    expect(starts(camp, '2025-06-12T00:00:00Z', '2025-07-01T00:00:00Z')).toEqual([]);
  });

  it('returns nothing for a period', () => {
    expect(
      starts({ kind: 'PERIOD', validFrom: '2025-01-01', validUntil: '2025-12-31' }, '2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ).toEqual([]);
  });

  it('keeps the local time across the spring DST change (last Sunday of March)', () => {
    const group: ScheduleInput = {
      kind: 'RECURRING',
      frequency: 'WEEKLY',
      weekdays: [6, 7, 1], // Saturday, Sunday, Monday
      startTime: '10:00',
      endTime: '11:30',
      validFrom: '2025-03-01',
      validUntil: '2025-04-30',
    };
    const result = expandOccurrences(group, {
      from: new Date('2025-03-29T00:00:00Z'),
      to: new Date('2025-04-01T00:00:00Z'),
    });
    expect(result.map((o) => [iso(o.startsAt), iso(o.endsAt)])).toEqual([
      ['2025-03-29T08:00:00.000Z', '2025-03-29T09:30:00.000Z'], // Saturday, EET (+2)
      ['2025-03-30T07:00:00.000Z', '2025-03-30T08:30:00.000Z'], // Sunday, EEST (+3)
      ['2025-03-31T07:00:00.000Z', '2025-03-31T08:30:00.000Z'],
    ]);
  });

  it('keeps the local time across the autumn DST change (last Sunday of October)', () => {
    expect(
      starts(
        { kind: 'RECURRING', weekdays: [6, 7], startTime: '18:00', validFrom: '2025-10-01' },
        '2025-10-25T00:00:00Z',
        '2025-10-27T00:00:00Z',
      ),
    ).toEqual(['2025-10-25T15:00:00.000Z', '2025-10-26T16:00:00.000Z']);
  });

  it('repeats every other week counted from validFrom, skipping excluded dates', () => {
    const schedule: ScheduleInput = {
      kind: 'RECURRING',
      frequency: 'WEEKLY',
      interval: 2,
      weekdays: [3], // Wednesday
      startTime: '13:00',
      validFrom: '2025-11-05', // a Wednesday
      validUntil: '2026-01-31',
      excludedDates: ['2025-12-31'],
    };
    expect(starts(schedule, '2025-11-01T00:00:00Z', '2026-02-01T00:00:00Z')).toEqual([
      '2025-11-05T11:00:00.000Z',
      '2025-11-19T11:00:00.000Z',
      '2025-12-03T11:00:00.000Z',
      '2025-12-17T11:00:00.000Z',
      // 31 December excluded
      '2026-01-14T11:00:00.000Z',
      '2026-01-28T11:00:00.000Z',
    ]);
    // The same weeks when the window starts later.
    expect(starts(schedule, '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z')).toEqual([
      '2026-01-14T11:00:00.000Z',
      '2026-01-28T11:00:00.000Z',
    ]);
  });

  it('handles DAILY and MONTHLY frequencies and the limit', () => {
    expect(
      starts(
        { kind: 'RECURRING', frequency: 'DAILY', startTime: '09:00', validFrom: '2025-05-01', validUntil: '2025-05-03' },
        '2025-04-01T00:00:00Z',
        '2025-06-01T00:00:00Z',
      ),
    ).toEqual(['2025-05-01T06:00:00.000Z', '2025-05-02T06:00:00.000Z', '2025-05-03T06:00:00.000Z']);

    expect(
      starts(
        { kind: 'RECURRING', frequency: 'MONTHLY', startTime: '17:00', validFrom: '2025-01-31', validUntil: '2025-05-31' },
        '2025-01-01T00:00:00Z',
        '2025-07-01T00:00:00Z',
      ),
    ).toEqual(['2025-01-31T15:00:00.000Z', '2025-03-31T14:00:00.000Z', '2025-05-31T14:00:00.000Z']);

    const limited = expandOccurrences(
      { kind: 'RECURRING', frequency: 'DAILY', startTime: '09:00', validFrom: '2025-05-01' },
      { from: new Date('2025-05-01T00:00:00Z'), to: new Date('2026-05-01T00:00:00Z'), limit: 5 },
    );
    expect(limited).toHaveLength(5);
  });

  it('ends an overnight occurrence on the next day', () => {
    const [night] = expandOccurrences(
      { kind: 'RECURRING', weekdays: [5], startTime: '22:00', endTime: '02:00', validFrom: '2025-09-05' },
      { from: new Date('2025-09-05T00:00:00Z'), to: new Date('2025-09-06T00:00:00Z') },
    );
    expect(iso(night?.startsAt ?? null)).toBe('2025-09-05T19:00:00.000Z');
    expect(iso(night?.endsAt ?? null)).toBe('2025-09-05T23:00:00.000Z');
  });

  it('only returns starts inside [from, to) and finds the next one', () => {
    const schedule: ScheduleInput = { kind: 'RECURRING', weekdays: [1, 2, 3, 4, 5, 6, 7], startTime: '12:00', validFrom: '2025-01-01' };
    const result = expandOccurrences(schedule, {
      from: new Date('2025-02-03T10:00:00Z'), // Monday 12:00 local
      to: new Date('2025-02-05T10:00:00Z'),
    });
    expect(result.map((o) => iso(o.startsAt))).toEqual(['2025-02-03T10:00:00.000Z', '2025-02-04T10:00:00.000Z']);
    expect(iso(nextOccurrence(result, new Date('2025-02-03T10:00:01Z')))).toBe('2025-02-04T10:00:00.000Z');
    expect(nextOccurrence(result, new Date('2025-03-01T00:00:00Z'))).toBeNull();
  });

  it('numbers ISO weekdays from Monday', () => {
    expect(isoWeekday(dayNumber('2025-03-30'))).toBe(7);
    expect(isoWeekday(dayNumber('2025-03-31'))).toBe(1);
  });
});
