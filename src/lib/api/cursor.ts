/**
 * Opaque page cursors: an offset bound to a fingerprint of the query that produced it,
 * so a cursor pasted into another query is rejected instead of silently skipping rows.
 */
import { createHash } from 'node:crypto';

/** Deep pages cost the database a long OFFSET; past this, narrow the query instead. */
export const MAX_CURSOR_OFFSET = 10_000;

export type CursorResult = { ok: true; offset: number } | { ok: false; reason: 'malformed' | 'other-query' };

/** A short hash of the parts of a query that decide which rows come in which order. */
export function queryFingerprint(parts: Record<string, unknown>): string {
  const canonical = JSON.stringify(Object.keys(parts).sort().map((key) => [key, parts[key]]));
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 16);
}

export function encodeCursor(offset: number, fingerprint: string): string {
  return Buffer.from(`v1.${offset}.${fingerprint}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined, fingerprint: string): CursorResult {
  if (cursor === undefined) return { ok: true, offset: 0 };
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return { ok: false, reason: 'malformed' };
  const match = /^v1\.(\d{1,6})\.([A-Za-z0-9_-]{16})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) return { ok: false, reason: 'malformed' };
  const offset = Number(match[1]);
  if (offset > MAX_CURSOR_OFFSET) return { ok: false, reason: 'malformed' };
  if (match[2] !== fingerprint) return { ok: false, reason: 'other-query' };
  return { ok: true, offset };
}
