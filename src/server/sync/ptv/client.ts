import 'server-only';
import type { SyncConfig } from '../config';
import { fetchJson, UpstreamError, type FetchJsonOptions } from '../http';
import { describeZodError } from '../map-helpers';
import type { FetchContext, SourcePage, SyncSource } from '../types';
import { mapPtvService } from './map';
import { ptvServicePageSchema, type PtvRawItem } from './schema';

const CHANNEL_BATCH = 100;

/**
 * PTV Open API v11. A full pull lists the services of each of our municipalities
 * (`/Service/list/area/Municipality/code/{code}`, published only); an incremental pull lists
 * every service modified since a date (`/Service/list?date=`), including withdrawn and
 * archived ones, which the mapper turns into removals. Channel details come from
 * `/ServiceChannel/list?guids=` per page.
 */
export function createPtvSource(config: SyncConfig['ptv']): SyncSource {
  return {
    kind: 'PTV',
    supportsIncremental: true,
    configurationProblem: () => (config.baseUrl ? null : 'PTV is not configured: set PTV_API_URL.'),
    mapItem: (raw, context) => mapPtvService(raw as PtvRawItem, context),
    async *fetchPages(context: FetchContext): AsyncIterable<SourcePage> {
      const base = `${config.baseUrl}/api/v11`;
      const http = (what: string): FetchJsonOptions => ({
        policy: context.http,
        signal: context.signal,
        onRetry: ({ attempt, waitMs, reason }) => context.log(`PTV ${what}: ${reason}; retry ${attempt} in ${Math.round(waitMs)} ms`),
      });
      const channelCache = new Map<string, unknown>();

      async function* pages(listUrl: (page: number) => string, what: string): AsyncIterable<SourcePage> {
        for (let page = 1; ; page++) {
          const url = listUrl(page);
          const parsed = ptvServicePageSchema.safeParse(await fetchJson(url, http(`${what} page ${page}`)));
          if (!parsed.success) {
            throw new UpstreamError(`PTV ${what} page ${page} has an unexpected shape (${describeZodError(parsed.error)})`, url, 1);
          }
          const services = parsed.data.itemList ?? [];
          const wanted = new Set<string>();
          for (const s of services) {
            for (const link of (s as { serviceChannels?: { serviceChannel?: { id?: unknown } }[] } | null)?.serviceChannels ?? []) {
              const id = link?.serviceChannel?.id;
              if (typeof id === 'string' && !channelCache.has(id)) wanted.add(id);
            }
          }
          const ids = [...wanted];
          for (let i = 0; i < ids.length; i += CHANNEL_BATCH) {
            const batch = ids.slice(i, i + CHANNEL_BATCH);
            const body = await fetchJson(`${base}/ServiceChannel/list?guids=${batch.join(',')}`, http('channels'));
            for (const channel of Array.isArray(body) ? body : []) {
              const id = (channel as { id?: unknown } | null)?.id;
              if (typeof id === 'string') channelCache.set(id, channel);
            }
            for (const id of batch) if (!channelCache.has(id)) channelCache.set(id, null);
          }
          yield {
            items: services.map((service): PtvRawItem => ({ service, channels: channelCache, organizationId: config.organizationId })),
          };
          if (page >= parsed.data.pageCount || services.length === 0) return;
        }
      }

      if (context.mode.kind === 'incremental') {
        const date = context.mode.since.toISOString();
        yield* pages((page) => `${base}/Service/list?${new URLSearchParams({ date, page: String(page) })}`, 'changes');
        return;
      }
      for (const code of context.municipalityCodes) {
        yield* pages(
          (page) => `${base}/Service/list/area/Municipality/code/${encodeURIComponent(code)}?page=${page}`,
          `municipality ${code}`,
        );
      }
    },
  };
}
