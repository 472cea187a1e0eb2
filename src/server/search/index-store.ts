import 'server-only';
import { LONG_STATEMENT_TIMEOUT_MS } from '@/server/db/limits';
import type { SqlExecutor } from '@/server/db/sql-executor';
import { SearchIndex, type IndexRow } from './index-data';

/**
 * Keeps one SearchIndex per database connection, derived from PostgreSQL, which stays
 * the source of truth: instances stay stateless and agree.
 *
 * Freshness: a trigger stamps every written "Activity" row with its transaction
 * ("changeXid"). Before each search, one query reads the rows whose transaction was not
 * visible in the snapshot of the previous look (so a transaction that commits late is
 * not missed) and applies them. Deletes replace the token in "SearchIndexState"; a new
 * token, or many replaced documents, rebuilds the index. One build or update runs at a
 * time; searches wait for it.
 */

const COLUMNS = `a.id, a.status::text AS status, a.featured, a."providerType"::text AS "providerType",
  a."isFree", a."isRemote", a."facetCodes", a."sortKeyFi", a."sortKeySv",
  (extract(epoch FROM a."nextOccurrenceAt") * 1000)::float8 AS "nextOccurrenceAt",
  (extract(epoch FROM a."updatedAt") * 1000)::float8 AS "updatedAt",
  (extract(epoch FROM a."publishedAt") * 1000)::float8 AS "publishedAt",
  a."searchFi"::text AS "searchFi", a."searchSv"::text AS "searchSv", a."searchTrgm",
  array(SELECT bound.at FROM "ActivityOccurrence" o,
          LATERAL (VALUES ((extract(epoch FROM o."startsAt") * 1000)::float8, 0),
                          ((extract(epoch FROM coalesce(o."endsAt", o."startsAt")) * 1000)::float8, 1)) AS bound(at, side)
        WHERE o."activityId" = a.id ORDER BY o."startsAt", bound.side) AS occurrences,
  array(SELECT day FROM "ActivitySchedule" s,
          LATERAL (VALUES (coalesce(s."validFrom" - DATE '1970-01-01', -1000000000), 0),
                          (coalesce(s."validUntil" - DATE '1970-01-01', 1000000000), 1)) AS bound(day, side)
        WHERE s."activityId" = a.id AND s.kind = 'PERIOD' ORDER BY s.id, bound.side) AS periods,
  place.latitude, place.longitude`;

// The first place with coordinates, in the order the activity page lists its places.
const PLACE = `LEFT JOIN LATERAL (SELECT c.latitude, c.longitude FROM "ActivityChannel" c
  WHERE c."activityId" = a.id AND c.latitude IS NOT NULL AND c.longitude IS NOT NULL
  ORDER BY c."sortOrder", c.id LIMIT 1) place ON true`;

const STATE = `WITH state AS MATERIALIZED (
  SELECT pg_current_snapshot() AS snapshot,
         (SELECT token::text FROM "SearchIndexState" WHERE id = 1) AS token)`;

const BUILD_SQL = `${STATE}
SELECT state.snapshot::text, state.token, ${COLUMNS}
FROM state LEFT JOIN "Activity" a ON a.status = 'PUBLISHED' ${PLACE}`;

// Rows stamped by transactions this snapshot cannot see yet (xmax and beyond) are left for
// the next look; the upper bound also keeps the planner on the "changeXid" index.
const CHANGES_SQL = `${STATE}
SELECT state.snapshot::text, state.token, a.id
FROM state LEFT JOIN "Activity" a
  ON a."changeXid" >= $1::xid8 AND a."changeXid" < pg_snapshot_xmax(state.snapshot)
 AND NOT pg_visible_in_snapshot(a."changeXid", $2::pg_snapshot)`;

const ROWS_SQL = `SELECT ${COLUMNS} FROM "Activity" a ${PLACE} WHERE a.id = ANY($1::uuid[])`;

type StoredRow = Omit<IndexRow, 'occurrenceStarts' | 'occurrenceEnds'> & { occurrences: number[] };
type StateRow<T> = { snapshot: string; token: string | null } & ({ id: null } | T);

function indexRow(row: StoredRow): IndexRow {
  const { occurrences, ...rest } = row;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < occurrences.length; i += 2) {
    starts.push(Number(occurrences[i]));
    ends.push(Number(occurrences[i + 1]));
  }
  return { ...rest, periods: rest.periods.map(Number), occurrenceStarts: starts, occurrenceEnds: ends };
}

/** Rebuild rather than update when this share of documents has been replaced. */
const REBUILD_DEAD_SHARE = 0.25;

export interface IndexStats {
  documents: number;
  /** The whole last build, and the part spent reading from the database. */
  buildMs: number;
  readMs: number;
  bytes: number;
  builds: number;
}

// Versions of another process (a restarted one, whose cache entries may outlive it on disk)
// never equal this one's.
const PROCESS_STAMP = `${process.pid.toString(36)}${Date.now().toString(36)}`;

class IndexStore {
  private index: SearchIndex | null = null;
  private generation = 0;
  private token: string | null = null;
  private snapshot = '';
  private running: Promise<unknown> = Promise.resolve();
  private waiting: Promise<SearchIndex> | null = null;
  private readonly stemCache = new Map<string, { fi: string[]; sv: string[] }>();
  stats: IndexStats = { documents: 0, buildMs: 0, readMs: 0, bytes: 0, builds: 0 };

  constructor(private readonly sql: SqlExecutor) {}

  /**
   * A stamp of the published catalogue as of the last look: it changes whenever a look finds
   * a written activity (its occurrences, schedules, links or organisation included) or a
   * delete. Caches of what is derived from the catalogue key their entries on it.
   */
  get version(): string {
    return `${PROCESS_STAMP}.${this.generation}`;
  }

  /** The index, brought up to date with every change committed before this call. */
  current(): Promise<SearchIndex> {
    // A look that has not started yet will see everything committed before now.
    if (this.waiting) return this.waiting;
    const before = this.running;
    const look: Promise<SearchIndex> = before
      .catch(() => undefined)
      .then(() => {
        // Started: later callers queue a look of their own.
        this.waiting = null;
        return this.refresh();
      });
    this.waiting = look;
    this.running = look;
    return look;
  }

  private async refresh(): Promise<SearchIndex> {
    if (!this.index) return this.build();
    const xmin = this.snapshot.slice(0, this.snapshot.indexOf(':'));
    const changes = await this.sql.query<StateRow<{ id: string }>>(CHANGES_SQL, [xmin, this.snapshot]);
    const head = changes[0];
    if (!head || head.token !== this.token) return this.build();
    const ids = changes.flatMap((change) => (change.id === null ? [] : [change.id]));
    if (ids.length > 0) {
      // A row changed again since is read as it is now (the next look reads it once more);
      // a deleted one is gone, and its delete changed the token.
      const rows = await this.read<StoredRow>(ROWS_SQL, [ids]);
      const found = new Set(rows.map((row) => row.id));
      for (const row of rows) this.index.put(indexRow(row));
      for (const id of ids) if (!found.has(id)) this.index.remove(id);
      this.generation += 1;
    }
    this.snapshot = head.snapshot;
    if (this.index.deadCount > REBUILD_DEAD_SHARE * Math.max(this.index.liveCount, 4000)) return this.build();
    return this.index;
  }

  private async build(): Promise<SearchIndex> {
    const started = performance.now();
    // One statement, so rows and snapshot agree.
    const rows = await this.read<StateRow<StoredRow>>(BUILD_SQL, undefined, LONG_STATEMENT_TIMEOUT_MS);
    const readMs = performance.now() - started;
    const index = new SearchIndex();
    for (const row of rows) if (row.id !== null) index.put(indexRow(row));
    index.seal();
    this.index = index;
    this.token = rows[0]?.token ?? null;
    this.snapshot = rows[0]?.snapshot ?? '';
    this.stats = {
      documents: index.liveCount,
      buildMs: performance.now() - started,
      readMs,
      bytes: index.bytes,
      builds: this.stats.builds + 1,
    };
    return index;
  }

  /** Reads rows without JIT, whose compilation of these plans takes longer than it saves. */
  private read<T>(statement: string, params?: unknown[], timeoutMs?: number): Promise<T[]> {
    return this.sql.transaction(
      async (tx) => {
        await tx.exec('SET LOCAL jit = off');
        return tx.query<T>(statement, params);
      },
      timeoutMs ? { timeoutMs } : undefined,
    );
  }

  /**
   * Each query word's lexemes under the database's Finnish and Swedish configurations,
   * exactly as the indexed text was stemmed (none for a stop word).
   */
  async stems(terms: readonly string[]): Promise<{ fi: string[][]; sv: string[][] }> {
    const missing = terms.filter((term) => !this.stemCache.has(term));
    if (missing.length > 0) {
      const rows = await this.sql.query<{ term: string; fi: string[]; sv: string[] }>(
        `SELECT term,
                array(SELECT lexeme FROM unnest(to_tsvector('finnish', term))) AS fi,
                array(SELECT lexeme FROM unnest(to_tsvector('swedish', term))) AS sv
         FROM unnest($1::text[]) AS term`,
        [missing],
      );
      if (this.stemCache.size > 5000) this.stemCache.clear();
      for (const row of rows) this.stemCache.set(row.term, { fi: row.fi, sv: row.sv });
    }
    return {
      fi: terms.map((term) => this.stemCache.get(term)?.fi ?? []),
      sv: terms.map((term) => this.stemCache.get(term)?.sv ?? []),
    };
  }
}

// On globalThis: Next bundles this module twice (once for route handlers, once for pages), and
// each copy holding its own index doubled the start-up work and the index's memory.
const globalForIndex = globalThis as unknown as { __polkuIndexStores?: WeakMap<SqlExecutor, IndexStore> };
const stores = (globalForIndex.__polkuIndexStores ??= new WeakMap<SqlExecutor, IndexStore>());

/** The index store of a database connection. */
export function indexStore(sql: SqlExecutor): IndexStore {
  let store = stores.get(sql);
  if (!store) {
    store = new IndexStore(sql);
    stores.set(sql, store);
  }
  return store;
}
