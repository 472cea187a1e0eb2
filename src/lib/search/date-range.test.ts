import { describe, expect, it } from 'vitest';
import { resolveDateRange } from './date-range';

// Wednesday 2026-11-25 14:30 in Helsinki (UTC+2 in winter).
const wednesday = new Date('2026-11-25T12:30:00Z');

describe('resolveDateRange', () => {
  it('today is the rest of the local day', () => {
    const range = resolveDateRange({ preset: 'today' }, wednesday);
    expect(range.from.toISOString()).toBe('2026-11-25T12:30:00.000Z');
    expect(range.to.toISOString()).toBe('2026-11-25T22:00:00.000Z');
    expect([range.fromDate, range.toDate]).toEqual(['2026-11-25', '2026-11-25']);
  });

  it('this week runs to the end of Sunday', () => {
    const range = resolveDateRange({ preset: 'week' }, wednesday);
    expect(range.toDate).toBe('2026-11-29');
    expect(range.to.toISOString()).toBe('2026-11-29T22:00:00.000Z');
  });

  it('the weekend is the coming Saturday and Sunday', () => {
    const range = resolveDateRange({ preset: 'weekend' }, wednesday);
    expect([range.fromDate, range.toDate]).toEqual(['2026-11-28', '2026-11-29']);
    expect(range.from.toISOString()).toBe('2026-11-27T22:00:00.000Z');
  });

  it('on a Sunday the weekend is what is left of today', () => {
    const sunday = new Date('2026-11-29T08:00:00Z');
    const range = resolveDateRange({ preset: 'weekend' }, sunday);
    expect([range.fromDate, range.toDate]).toEqual(['2026-11-29', '2026-11-29']);
    expect(range.from).toEqual(sunday);
  });

  it('a date range covers whole local days across the DST change', () => {
    const range = resolveDateRange({ from: '2027-03-27', to: '2027-03-28' }, wednesday);
    expect(range.from.toISOString()).toBe('2027-03-26T22:00:00.000Z');
    // Summer time starts on 2027-03-28: the next midnight is at UTC+3.
    expect(range.to.toISOString()).toBe('2027-03-28T21:00:00.000Z');
  });
});
