import 'server-only';
import type { SqlExecutor } from '@/server/db/sql-executor';

/** A column for insertMany: its name, the array type of its parameter, and an optional cast. */
export interface Column {
  name: string;
  /** Parameter element type, e.g. "text", "uuid", "bool", "int", "float8". */
  type: string;
  /** Cast applied to each element in SQL, e.g. '"ChannelType"', 'jsonb', 'int[]'. */
  cast?: string;
}

export const col = (name: string, type = 'text', cast?: string): Column => ({ name, type, cast });

/**
 * INSERT … SELECT FROM unnest(…): one round trip for any number of rows, identical on
 * node-postgres and PGlite. Array-valued columns travel as their text form ("{1,2}") and are
 * cast in SQL, because unnest cannot take ragged arrays.
 */
export async function insertMany(
  tx: SqlExecutor,
  table: string,
  columns: Column[],
  rows: Record<string, unknown>[],
  suffix = '',
): Promise<void> {
  if (rows.length === 0) return;
  const aliases = columns.map((_, i) => `c${i}`);
  const select = columns.map((c, i) => (c.cast ? `c${i}::${c.cast}` : `c${i}`)).join(', ');
  const unnest = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const params = columns.map((c) => rows.map((r) => r[c.name] ?? null));
  await tx.query(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(', ')})
     SELECT ${select} FROM unnest(${unnest}) AS t(${aliases.join(', ')}) ${suffix}`,
    params,
  );
}

/** PostgreSQL array literal for ints or dates ("{1,2}"), for columns cast from text. */
export function arrayLiteral(values: readonly (string | number)[]): string {
  return `{${values.join(',')}}`;
}
