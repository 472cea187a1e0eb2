import { describe, expect, it } from 'vitest';
import { applyOverrides } from './overrides';
import { SNAPSHOT_KEYS, type Snapshot, type SnapshotKey } from './schemas';

function snapshot(values: Partial<Snapshot>): Snapshot {
  const base = Object.fromEntries(SNAPSHOT_KEYS.map((key) => [key, null])) as Snapshot;
  return { ...base, ...values };
}

const keys: readonly SnapshotKey[] = ['titleFi', 'summaryFi', 'themes', 'status'];
const current = snapshot({ titleFi: 'Lähteen otsikko', summaryFi: 'Oma tiivistelmä', themes: ['a'], status: 'PUBLISHED' });
const upstream = { titleFi: 'Lähteen otsikko', summaryFi: 'Lähteen tiivistelmä', themes: ['a'] };

describe('applyOverrides', () => {
  it('makes a synced field the coordinator changed their own, and keeps fields they did not touch', () => {
    const result = applyOverrides({
      manual: false, keys, current, upstream, overridden: ['summaryFi'], revert: [],
      submitted: { ...current, titleFi: 'Parempi otsikko' },
    });
    expect(result.next.titleFi).toBe('Parempi otsikko');
    expect(result.overridden).toEqual(['summaryFi', 'titleFi']);
  });

  it('gives a field back to the source when it is changed back to the source value', () => {
    const result = applyOverrides({
      manual: false, keys, current, upstream, overridden: ['summaryFi'], revert: [],
      submitted: { ...current, summaryFi: 'Lähteen tiivistelmä' },
    });
    expect(result.next.summaryFi).toBe('Lähteen tiivistelmä');
    expect(result.overridden).toEqual([]);
  });

  it('reverts a field to the source value, whatever the form posted for it', () => {
    const result = applyOverrides({
      manual: false, keys, current, upstream, overridden: ['summaryFi'], revert: ['summaryFi'],
      submitted: { ...current, summaryFi: 'Jotain muuta' },
    });
    expect(result.next.summaryFi).toBe('Lähteen tiivistelmä');
    expect(result.overridden).toEqual([]);
  });

  it('cannot revert a field the source does not have, and owns it when changed', () => {
    const result = applyOverrides({
      manual: false, keys, current, upstream: null, overridden: [], revert: ['titleFi'],
      submitted: { ...current, titleFi: 'Uusi' },
    });
    expect(result.next.titleFi).toBe('Uusi');
    expect(result.overridden).toEqual(['titleFi']);
  });

  it('never owns the status, and never owns anything of a manual listing', () => {
    const synced = applyOverrides({
      manual: false, keys, current, upstream, overridden: [], revert: [],
      submitted: { ...current, status: 'HIDDEN' },
    });
    expect(synced.next.status).toBe('HIDDEN');
    expect(synced.overridden).toEqual([]);
    const manual = applyOverrides({
      manual: true, keys, current, upstream: null, overridden: [], revert: [],
      submitted: { ...current, titleFi: 'Oma' },
    });
    expect(manual.next.titleFi).toBe('Oma');
    expect(manual.overridden).toEqual([]);
  });
});
