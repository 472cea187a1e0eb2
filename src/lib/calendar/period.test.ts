import { describe, expect, it } from 'vitest';
import { calendarWindow, parseCalendarParams, weeksOf } from './period';

describe('calendar windows', () => {
  it('a week runs Monday to Sunday in Helsinki time', () => {
    const week = calendarWindow('week', '2026-11-25');
    expect(weeksOf(week)).toEqual([['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']]);
    expect(new Date(week.from).toISOString()).toBe('2026-11-22T22:00:00.000Z');
    expect(new Date(week.to).toISOString()).toBe('2026-11-29T22:00:00.000Z');
    expect([week.previous, week.next]).toEqual(['2026-11-16', '2026-11-30']);
  });

  it('a month is shown in whole weeks and steps by months', () => {
    const month = calendarWindow('month', '2027-02-14');
    const weeks = weeksOf(month);
    expect(weeks[0]![0]).toBe('2027-02-01');
    expect(weeks.at(-1)!.at(-1)).toBe('2027-02-28');
    expect([month.previous, month.next]).toEqual(['2027-01-01', '2027-03-01']);
    expect(weeksOf(calendarWindow('month', '2026-12-01'))[0]![0]).toBe('2026-11-30');
  });

  it('keeps the search filters and drops what the window replaces', () => {
    const parsed = parseCalendarParams(
      { period: 'month', start: '2026-12-24', theme: 'x', date: 'today', page: '2', view: 'map' },
      new Date('2026-11-25T10:00:00Z'),
    );
    expect(parsed).toEqual({ period: 'month', start: '2026-12-24', rest: { theme: 'x' }, invalid: [] });
    const bad = parseCalendarParams({ period: 'year', start: '2026-13-01' }, new Date('2026-11-25T10:00:00Z'));
    expect(bad).toMatchObject({ period: 'week', start: '2026-11-25', invalid: ['period', 'start'] });
  });
});

describe('week numbers', () => {
  it.each([
    ['2026-11-25', 48],
    ['2027-01-01', 53],
    ['2027-01-04', 1],
    ['2026-01-01', 1],
  ])('%s is in week %i', async (iso, week) => {
    const { dayNumber } = await import('@/lib/schedule/occurrences');
    const { isoWeekNumber } = await import('./period');
    expect(isoWeekNumber(dayNumber(iso))).toBe(week);
  });
});
