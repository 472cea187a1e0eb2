import type { Prisma } from '@/generated/prisma/client';

type Json = Prisma.InputJsonValue | null;
type Row = Record<string, unknown>;

const jsonValue = (value: unknown): Json => {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  return value as Prisma.InputJsonValue;
};

/**
 * The fields of `fields` whose values differ between two rows, as the audit log's before and
 * after (both hold the same keys). Empty objects when nothing changed.
 */
export function changedFields(
  before: Row,
  after: Row,
  fields: readonly string[],
): { before: Record<string, Json>; after: Record<string, Json>; changed: string[] } {
  const result = { before: {} as Record<string, Json>, after: {} as Record<string, Json>, changed: [] as string[] };
  for (const field of fields) {
    const a = jsonValue(before[field]);
    const b = jsonValue(after[field]);
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    result.before[field] = a;
    result.after[field] = b;
    result.changed.push(field);
  }
  return result;
}

/** Only the fields that have a value, for an audit entry of something new. */
export function presentFields(row: Row, fields: readonly string[]): Record<string, Json> {
  return Object.fromEntries(fields.flatMap((field) => (row[field] == null ? [] : [[field, jsonValue(row[field])]])));
}
