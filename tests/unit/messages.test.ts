import { describe, expect, it } from 'vitest';
import fi from '../../messages/fi.json';
import sv from '../../messages/sv.json';
import en from '../../messages/en.json';

const OTHERS = { sv, en } as const;

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
  it.each(Object.entries(OTHERS))('%s.json has exactly the keys of fi.json', (name, messages) => {
    const fiKeys = leafKeys(fi).sort();
    const keys = leafKeys(messages).sort();
    expect(keys.filter((key) => !fiKeys.includes(key)), `keys only in ${name}.json`).toEqual([]);
    expect(fiKeys.filter((key) => !keys.includes(key)), `keys missing from ${name}.json`).toEqual([]);
  });

  it('no message is empty', () => {
    expect(emptyLeaves(fi)).toEqual([]);
    expect(emptyLeaves(sv)).toEqual([]);
    expect(emptyLeaves(en)).toEqual([]);
  });

  it.each(Object.entries(OTHERS))('each %s message keeps the placeholders of its Finnish original', (_name, messages) => {
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
      const text = get(messages);
      return (
        typeof fiText === 'string' &&
        typeof text === 'string' &&
        JSON.stringify(placeholders(fiText)) !== JSON.stringify(placeholders(text))
      );
    });
    expect(mismatched).toEqual([]);
  });
});
