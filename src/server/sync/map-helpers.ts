import 'server-only';
import type { z } from 'zod';
import type { MapResult } from './types';

/** An http(s) URL, normalised, or null. */
export function safeUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  let candidate = value.trim();
  if (/^www\./i.test(candidate)) candidate = `https://${candidate}`;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export function safeEmail(value: string | null | undefined): string | null {
  const v = value?.trim().replace(/^mailto:/i, '');
  return v && /^[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}$/i.test(v) ? v : null;
}

/** Digits, spaces, +, -, ( ) only; at least five digits. */
export function safePhone(value: string | null | undefined): string | null {
  const v = value?.trim().replace(/^tel:/i, '');
  return v && /^\+?[\d\s()-]+$/.test(v) && (v.match(/\d/g) ?? []).length >= 5 ? v.replace(/\s+/g, ' ') : null;
}

export function truncate(value: string | null, max: number): string | null {
  if (value === null || value.length <= max) return value;
  return `${value.slice(0, max - 1).trimEnd()}…`;
}

/** "Kirkkokatu 12, 90100 Oulu" → street, postal code, post office. */
export function parseFinnishAddress(value: string | null | undefined): {
  street: string | null;
  postalCode: string | null;
  postOffice: string | null;
} {
  const v = value?.replace(/\s+/g, ' ').trim();
  if (!v) return { street: null, postalCode: null, postOffice: null };
  const match = /^(.*?)[,\s]+(\d{5})\s+([^,\d][^,]*)$/.exec(v);
  if (!match) return { street: v, postalCode: null, postOffice: null };
  return { street: match[1]!.trim() || null, postalCode: match[2]!, postOffice: match[3]!.trim() };
}

/** The first zod issue as "path: message", for skipped-item records. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid item';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'item';
  return `${where}: ${issue.message}`;
}

export function compactIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.slice(0, 5).map((i) => ({ path: i.path.join('.'), message: i.message }));
}

/** The skip result for an item whose payload failed its schema, keeping its id if it has one. */
export function invalidItem(rawId: unknown, error: z.ZodError): Extract<MapResult, { kind: 'skip' }> {
  return {
    kind: 'skip',
    externalId: typeof rawId === 'string' ? rawId : null,
    reason: `invalid item: ${describeZodError(error)}`,
    details: compactIssues(error),
  };
}
