import { describe, expect, it } from 'vitest';
import { CLIENT_GROUPS, groupsWithSameSteps, stepsForGroup } from './steps';

const letters = (code: (typeof CLIENT_GROUPS)[number]['code']) => groupsWithSameSteps(code).map((group) => group.sourceLetter);

describe('guidance steps per client group (source 004)', () => {
  it('gives A and C the same steps, and B and D, as the page says', () => {
    expect(letters('occasional-independent')).toEqual(['C']);
    expect(letters('wide-independent')).toEqual(['A']);
    expect(letters('occasional-supported')).toEqual(['D']);
    expect(letters('wide-supported')).toEqual(['B']);
    expect(stepsForGroup('occasional-supported').length).toBeGreaterThan(stepsForGroup('occasional-independent').length);
  });

  it('names every group with its letter and a label in each language', () => {
    expect(CLIENT_GROUPS.map((group) => group.sourceLetter)).toEqual(['A', 'B', 'C', 'D']);
    for (const group of CLIENT_GROUPS) for (const label of Object.values(group.label)) expect(label.length).toBeGreaterThan(20);
  });
});
