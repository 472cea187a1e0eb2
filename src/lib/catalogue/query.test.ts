import { describe, expect, it } from 'vitest';
import { formQuery, queryObject } from './query';

describe('queryObject', () => {
  it('keeps single values as strings and repeated ones as lists', () => {
    const params = new URLSearchParams('q=kahvila&theme=money&theme=work');
    expect(queryObject(params)).toEqual({ q: 'kahvila', theme: ['money', 'work'] });
  });
});

describe('formQuery', () => {
  it('leaves out empty fields and the default sort', () => {
    const entries: [string, string][] = [
      ['q', '  kahvila '],
      ['theme', 'money'],
      ['date', ''],
      ['from', ''],
      ['to', ''],
      ['sort', 'relevance'],
    ];
    expect(formQuery(entries).toString()).toBe('q=kahvila&theme=money');
  });

  it('keeps the days only for a chosen range', () => {
    const preset: [string, string][] = [
      ['date', 'week'],
      ['from', '2026-03-01'],
    ];
    expect(formQuery(preset).toString()).toBe('date=week');
    const range: [string, string][] = [
      ['date', 'range'],
      ['from', '2026-03-01'],
      ['to', '2026-03-05'],
    ];
    expect(formQuery(range).toString()).toBe('date=range&from=2026-03-01&to=2026-03-05');
  });
});
