import { describe, expect, it } from 'vitest';
import { buildRecordSummary } from './record-summary';
import { buildMailtoHref } from './mailto';
import { GUIDANCE_STEPS, stepsForGroup } from './steps';

describe('buildRecordSummary', () => {
  it('lists the date, activities and steps in the UI language', () => {
    const text = buildRecordSummary({
      locale: 'sv',
      createdAt: new Date('2027-03-12T10:00:00Z'),
      expiresAt: new Date('2027-06-10T10:00:00Z'),
      clientLanguage: 'en',
      activities: [{ title: 'Promenadgrupp', organization: 'Förening' }],
      stepCodes: ['record-guidance', 'bring-up-activities'],
    });
    expect(text).toContain('Datum: 12.3.2027');
    expect(text).toContain('1. Promenadgrupp (Förening)');
    expect(text.indexOf('Ta upp')).toBeLessThan(text.indexOf('Dokumentera'));
    expect(text).toContain('Remissens språk: engelska');
    expect(text).toContain('Remissen gäller till 10.6.2027.');
  });
});

describe('steps', () => {
  it('have unique codes and the groups of the guidance table', () => {
    expect(new Set(GUIDANCE_STEPS.map((s) => s.code)).size).toBe(GUIDANCE_STEPS.length);
    expect(stepsForGroup('occasional-independent')).toHaveLength(4);
    expect(stepsForGroup('wide-supported')).toHaveLength(9);
  });
});

describe('buildMailtoHref', () => {
  it('leaves the recipient empty and encodes spaces as %20', () => {
    expect(buildMailtoHref('Hei sinä', 'a&b\nc')).toBe('mailto:?subject=Hei%20sin%C3%A4&body=a%26b%0Ac');
  });
});
