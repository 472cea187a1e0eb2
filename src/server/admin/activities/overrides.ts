import 'server-only';
import { SYNCED_KEYS, type Snapshot, type SnapshotKey } from './schemas';
import { normalizeValue, sameValue } from './state';

/**
 * The override rule for an edit of a synced activity (the sync's side of it is in
 * src/server/sync/store.ts: it leaves overridden fields as the coordinator set them).
 *
 * For each synced field of the form:
 * - "revert" asked, and the source has the field: the source's value comes back, not owned;
 * - changed by the user: owned (overridden), unless it now equals the source's value again;
 * - unchanged: stays as it is, owned or not.
 * Manual listings have no source: their fields are saved as submitted and nothing is owned.
 */
export function applyOverrides(input: {
  manual: boolean;
  keys: readonly SnapshotKey[];
  /** The saved state, and what the form posted. */
  current: Snapshot;
  submitted: Snapshot;
  /** The source's last values (by field key), or null when none are kept. */
  upstream: Record<string, unknown> | null;
  overridden: readonly string[];
  revert: readonly string[];
}): { next: Snapshot; overridden: string[] } {
  const { manual, keys, current, submitted, upstream, revert } = input;
  const overridden = new Set(input.overridden);
  const next: Snapshot = { ...current };
  for (const key of keys) {
    let value = submitted[key];
    if (!manual && (SYNCED_KEYS as readonly string[]).includes(key)) {
      const hasUpstream = upstream !== null && key in upstream;
      const source = hasUpstream ? normalizeValue(key, upstream[key]) : null;
      if (revert.includes(key) && hasUpstream) {
        value = source;
        overridden.delete(key);
      } else if (!sameValue(value, current[key])) {
        if (hasUpstream && sameValue(value, source)) overridden.delete(key);
        else overridden.add(key);
      }
    }
    next[key] = value;
  }
  return { next, overridden: [...overridden].sort() };
}
