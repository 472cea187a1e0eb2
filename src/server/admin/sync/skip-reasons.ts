/**
 * The sync records skip reasons as English text for operators. The known ones get a
 * translated label (a key under Admin.sync.skipReasons); the raw text stays as the detail.
 */
export type SkipReasonKey = 'noName' | 'invalidItem' | 'invalidOrganiser' | 'mappingFailed';

const patterns: readonly [RegExp, SkipReasonKey][] = [
  [/^invalid item: no name in any language$/, 'noName'],
  [/^invalid item:/, 'invalidItem'],
  [/^invalid organiser\b/, 'invalidOrganiser'],
  [/^mapping failed:/, 'mappingFailed'],
];

export function skipReasonKey(reason: string): SkipReasonKey | null {
  for (const [pattern, key] of patterns) if (pattern.test(reason)) return key;
  return null;
}
