import 'server-only';

/**
 * The smallest common surface of node-postgres and PGlite that migrations,
 * taxonomy loading, seeding and benchmarks need. Both database modes implement it,
 * so those tools run the same code against either.
 */
export interface SqlExecutor {
  readonly mode: 'postgres' | 'pglite';
  /** One parameterised statement ($1, $2 …); returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Several statements separated by semicolons, no parameters (migration files). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` in one transaction on one connection; rolls back if it throws. `timeoutMs`
   * replaces the statement timeout for statements known to be long (see db/limits.ts).
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
}
