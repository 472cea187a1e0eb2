import { describe, expect, it } from 'vitest';
import fi from '../../messages/fi.json';
import sv from '../../messages/sv.json';

function leafKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    leafKeys(child, prefix ? `${prefix}.${key}` : key),
  );
}

function emptyLeaves(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return value.trim() ? [] : [prefix];
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    emptyLeaves(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('translations', () => {
  it('Finnish and Swedish have exactly the same keys', () => {
    const fiKeys = leafKeys(fi).sort();
    const svKeys = leafKeys(sv).sort();
    expect(svKeys.filter((key) => !fiKeys.includes(key)), 'keys only in sv.json').toEqual([]);
    expect(fiKeys.filter((key) => !svKeys.includes(key)), 'keys missing from sv.json').toEqual([]);
  });

  it('no message is empty', () => {
    expect(emptyLeaves(fi)).toEqual([]);
    expect(emptyLeaves(sv)).toEqual([]);
  });

  it('each Swedish message keeps the placeholders of its Finnish original', () => {
    // Argument names only ({count} or {count, plural, …}), not the text of plural branches
    // such as `one {toiminta}`.
    const placeholders = (text: string) =>
      [
        ...new Set(
          [...text.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+)\s?)\{(\w+)\s*[,}]/g)].map((match) => match[1]),
        ),
      ].sort();
    const mismatched = leafKeys(fi).filter((key) => {
      const get = (root: unknown) =>
        key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], root);
      const fiText = get(fi);
      const svText = get(sv);
      return (
        typeof fiText === 'string' &&
        typeof svText === 'string' &&
        JSON.stringify(placeholders(fiText)) !== JSON.stringify(placeholders(svText))
      );
    });
    expect(mismatched).toEqual([]);
  });
});
