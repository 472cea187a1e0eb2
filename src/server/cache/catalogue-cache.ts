import 'server-only';
import { unstable_cache } from 'next/cache';
import { getSql } from '@/server/db';
import { indexStore } from '@/server/search/index-store';

/** The tag of every entry derived from the published catalogue. */
export const CATALOGUE_TAG = 'catalogue';

/**
 * The published catalogue's version as this instance sees it now: the search index is
 * brought up to date with every change committed before the call (one cheap query on the
 * "changeXid" stamps, see index-store.ts) and its version changes whenever that found one.
 * A write by any instance, the sync process or a script is therefore seen by every instance
 * on its next request, without any message between them.
 */
export async function catalogueVersion(): Promise<string> {
  const store = indexStore(await getSql());
  await store.current();
  return store.version;
}

const globalForCache = globalThis as unknown as { __incrementalCache?: unknown };

/**
 * Wraps a loader of data derived from the published catalogue in Next's data cache, keyed on
 * the catalogue version and the arguments, so an entry is never served after a change is
 * committed: invalidation reaches every instance because each checks the version, not
 * because it was told. The result must survive JSON (Next stores it so): no Dates.
 * Outside Next's server (scripts, tests without a cache) the loader runs directly.
 */
export function cachedByCatalogue<Args extends unknown[], Result>(
  name: string,
  load: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    if (!globalForCache.__incrementalCache) return load(...args);
    const version = await catalogueVersion();
    return unstable_cache(load, [name, version], { tags: [CATALOGUE_TAG] })(...args);
  };
}
