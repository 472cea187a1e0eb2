import 'server-only';
import type { SyncConfig } from '../config';
import { fetchJson, UpstreamError } from '../http';
import { describeZodError } from '../map-helpers';
import type { FetchContext, SourcePage, SyncSource } from '../types';
import { mapLahellaActivity } from './map';
import { lahellaListSchema, type LahellaRawItem } from './schema';

/**
 * Lähellä.fi has no "modified since" filter, so every run reads the whole list
 * (`limit`/`skip` paging) and detects changes by content hash.
 */
export function createLahellaSource(config: SyncConfig['lahella']): SyncSource {
  return {
    kind: 'LAHELLA',
    supportsIncremental: false,
    configurationProblem: () =>
      config.baseUrl ? null : 'Lähellä.fi is not configured: set LAHELLA_API_URL (and LAHELLA_API_TOKEN).',
    mapItem: (raw, context) => mapLahellaActivity(raw as LahellaRawItem, context),
    async *fetchPages(context: FetchContext): AsyncIterable<SourcePage> {
      const headers: Record<string, string> = config.token ? { authorization: `Bearer ${config.token}` } : {};
      let skip = 0;
      for (let pageNo = 1; ; pageNo++) {
        if (pageNo > context.maxPages) {
          throw new UpstreamError(
            `the Lähellä list did not end within ${context.maxPages} pages (it keeps saying hasMore)`,
            `${config.baseUrl}/v1/activities`,
            1,
          );
        }
        const params = new URLSearchParams({
          limit: String(context.pageSize),
          skip: String(skip),
          total: 'true',
          'links[groups]': 'true',
        });
        const url = `${config.baseUrl}/v1/activities?${params}`;
        const body = await fetchJson(url, {
          policy: context.http,
          headers,
          signal: context.signal,
          onRetry: ({ attempt, waitMs, reason }) =>
            context.log(`Lähellä page at ${skip}: ${reason}; retry ${attempt} in ${Math.round(waitMs)} ms`),
        });
        const page = lahellaListSchema.safeParse(body);
        if (!page.success) {
          throw new UpstreamError(`Lähellä list at skip=${skip} has an unexpected shape (${describeZodError(page.error)})`, url, 1);
        }
        const groups = groupsByKey(page.data.links?.groups);
        const items: LahellaRawItem[] = page.data.items.map((activity) => {
          const groupKey = (activity as { group?: unknown } | null)?.group;
          return { activity, group: typeof groupKey === 'string' ? (groups.get(groupKey) ?? null) : null };
        });
        yield { items, total: page.data.total ?? undefined };
        if (!page.data.hasMore || items.length === 0) return;
        skip += items.length;
      }
    },
  };
}

/** `links.groups` keyed by group key, whether it came as an object or as a list of groups. */
function groupsByKey(groups: Record<string, unknown> | unknown[] | null | undefined): Map<string, unknown> {
  if (!groups) return new Map();
  if (!Array.isArray(groups)) return new Map(Object.entries(groups));
  const byKey = new Map<string, unknown>();
  for (const group of groups) {
    const key = (group as { _key?: unknown } | null)?._key;
    if (typeof key === 'string') byKey.set(key, group);
  }
  return byKey;
}
