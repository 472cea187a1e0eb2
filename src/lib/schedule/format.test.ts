import { describe, expect, it } from 'vitest';
import { dayNumber } from './occurrences';
import { formatDayRange, formatOccurrence, summarizeSchedule } from './format';

const weekly = {
  kind: 'RECURRING' as const,
  frequency: 'WEEKLY' as const,
  weekdays: [2],
  validFrom: '2027-01-13',
  validUntil: '2027-05-26',
  startTime: '18:00',
  endTime: '19:30',
};

describe('summarizeSchedule', () => {
  it('describes a weekly group in Finnish and Swedish', () => {
    expect(summarizeSchedule(weekly, 'fi')).toBe('Joka tiistai klo 18–19.30, 13.1.–26.5.2027.');
    expect(summarizeSchedule(weekly, 'sv')).toBe('Varje tisdag kl. 18–19.30, 13.1–26.5.2027.');
  });

  it('names several weekdays, every other week and weekdays', () => {
    expect(summarizeSchedule({ ...weekly, weekdays: [4, 2] }, 'fi')).toBe('Joka tiistai ja torstai klo 18–19.30, 13.1.–26.5.2027.');
    expect(summarizeSchedule({ ...weekly, weekdays: [1, 3, 5] }, 'sv')).toBe(
      'Varje måndag, onsdag och fredag kl. 18–19.30, 13.1–26.5.2027.',
    );
    expect(summarizeSchedule({ ...weekly, interval: 2 }, 'fi')).toBe('Joka toinen tiistai klo 18–19.30, 13.1.–26.5.2027.');
    expect(summarizeSchedule({ ...weekly, interval: 2 }, 'sv')).toBe('Varannan tisdag kl. 18–19.30, 13.1–26.5.2027.');
    expect(summarizeSchedule({ ...weekly, interval: 2, weekdays: [2, 4] }, 'sv')).toBe(
      'Varannan vecka: tisdag och torsdag kl. 18–19.30, 13.1–26.5.2027.',
    );
    expect(summarizeSchedule({ ...weekly, weekdays: [1, 2, 3, 4, 5], startTime: '09:00', endTime: '15:00' }, 'fi')).toBe(
      'Arkipäivisin klo 9–15, 13.1.–26.5.2027.',
    );
  });

  it('describes monthly and daily schedules and open ranges', () => {
    expect(summarizeSchedule({ ...weekly, frequency: 'MONTHLY', weekdays: [], validUntil: null }, 'fi')).toBe(
      'Joka kuukauden 13. päivä klo 18–19.30, 13.1.2027 alkaen.',
    );
    expect(summarizeSchedule({ ...weekly, frequency: 'MONTHLY', weekdays: [], validUntil: null }, 'sv')).toBe(
      'Den 13 i varje månad kl. 18–19.30, från 13.1.2027.',
    );
    const daily = { kind: 'RECURRING' as const, frequency: 'DAILY' as const, validFrom: '2026-01-01', startTime: '10:00', endTime: '14:00' };
    // A start date already past adds nothing when the schedule has no end.
    expect(summarizeSchedule(daily, 'fi', { now: new Date('2027-01-05T12:00:00Z') })).toBe('Joka päivä klo 10–14.');
    expect(summarizeSchedule(daily, 'sv', { now: new Date('2027-01-05T12:00:00Z') })).toBe('Varje dag kl. 10–14.');
    expect(summarizeSchedule({ ...daily, validUntil: '2027-12-31' }, 'fi')).toBe('Joka päivä klo 10–14, 1.1.2026–31.12.2027.');
  });

  it('describes periods and one-off events', () => {
    expect(summarizeSchedule({ kind: 'PERIOD', validFrom: '2027-03-01', validUntil: '2027-05-31' }, 'fi')).toBe(
      'Saatavilla 1.3.–31.5.2027.',
    );
    expect(summarizeSchedule({ kind: 'PERIOD', validFrom: '2027-03-01', validUntil: '2027-05-31' }, 'sv')).toBe(
      'Tillgänglig 1.3–31.5.2027.',
    );
    expect(summarizeSchedule({ kind: 'PERIOD' }, 'fi')).toBeNull();
    const camp = { kind: 'ONE_OFF' as const, startsAt: '2027-03-12T16:00:00Z', endsAt: '2027-03-14T10:00:00Z' };
    expect(summarizeSchedule(camp, 'fi')).toBe('Perjantai 12.3.2027 klo 18 – sunnuntai 14.3.2027 klo 12.');
    expect(summarizeSchedule(camp, 'sv')).toBe('Fredag 12.3.2027 kl. 18 – söndag 14.3.2027 kl. 12.');
  });
});

describe('formatOccurrence', () => {
  it('shows Helsinki local time in winter and summer', () => {
    expect(formatOccurrence({ startsAt: new Date('2027-01-12T16:00:00Z'), endsAt: new Date('2027-01-12T17:30:00Z') }, 'fi')).toBe(
      'Tiistai 12.1.2027 klo 18–19.30',
    );
    expect(formatOccurrence({ startsAt: new Date('2027-06-15T15:00:00Z'), endsAt: null }, 'sv')).toBe('Tisdag 15.6.2027 kl. 18');
  });
});

describe('formatDayRange', () => {
  it('writes the year once within a year', () => {
    expect(formatDayRange(dayNumber('2026-12-01'), dayNumber('2027-01-31'), 'fi')).toBe('1.12.2026–31.1.2027');
    expect(formatDayRange(dayNumber('2027-03-01'), dayNumber('2027-03-01'), 'sv')).toBe('1.3.2027');
  });
});

describe('English', () => {
  it('describes schedules with British dates and 24-hour times', () => {
    expect(summarizeSchedule(weekly, 'en')).toBe('Every Tuesday 18:00–19:30, 13 January – 26 May 2027.');
    expect(summarizeSchedule({ ...weekly, interval: 2 }, 'en')).toBe('Every other Tuesday 18:00–19:30, 13 January – 26 May 2027.');
    expect(summarizeSchedule({ ...weekly, weekdays: [1, 2, 3, 4, 5], startTime: '09:00', endTime: '15:00' }, 'en')).toBe(
      'On weekdays 09:00–15:00, 13 January – 26 May 2027.',
    );
    expect(summarizeSchedule({ ...weekly, frequency: 'MONTHLY', weekdays: [], validUntil: null }, 'en')).toBe(
      'On day 13 of every month 18:00–19:30, from 13 January 2027.',
    );
    expect(summarizeSchedule({ kind: 'PERIOD', validFrom: '2027-03-01', validUntil: '2027-05-31' }, 'en')).toBe(
      'Available 1 March – 31 May 2027.',
    );
  });

  it('writes occurrences with the weekday and the date once', () => {
    expect(formatOccurrence({ startsAt: new Date('2027-01-12T16:00:00Z'), endsAt: new Date('2027-01-12T17:30:00Z') }, 'en')).toBe(
      'Tuesday 12 January 2027, 18:00–19:30',
    );
    const camp = { startsAt: new Date('2027-03-12T16:00:00Z'), endsAt: new Date('2027-03-14T10:00:00Z') };
    expect(formatOccurrence(camp, 'en')).toBe('Friday 12 March 2027, 18:00 – Sunday 14 March 2027, 12:00');
  });
});
