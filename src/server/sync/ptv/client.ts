import 'server-only';
import type { SyncConfig } from '../config';
import { fetchJson, UpstreamError, type FetchJsonOptions } from '../http';
import { describeZodError } from '../map-helpers';
import type { FetchContext, SourcePage, SyncSource } from '../types';
import { mapPtvService } from './map';
import { ptvServicePageSchema, type PtvApiVersion, type PtvRawItem } from './schema';
import { ptvV12ConnectionPageSchema, ptvV12PageSchema } from './v12';

/** Ids per details request (channels, organisations, connections). */
const BATCH = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the two API versions do differently when listing; everything else is shared. */
interface Dialect {
  /** One page of services: its items and how many pages there are. */
  page(body: unknown): { items: unknown[]; pageCount: number } | { error: string };
  /** A details list (channels, organisations): v11 answers an array, v12 a page. */
  list(body: unknown): unknown[];
}

const dialects: Record<PtvApiVersion, Dialect> = {
  v11: {
    page(body) {
      const parsed = ptvServicePageSchema.safeParse(body);
      return parsed.success ? { items: parsed.data.itemList ?? [], pageCount: parsed.data.pageCount } : { error: describeZodError(parsed.error) };
    },
    list: (body) => (Array.isArray(body) ? body : []),
  },
  v12: {
    page(body) {
      const parsed = ptvV12PageSchema.safeParse(body);
      return parsed.success ? { items: parsed.data.items ?? [], pageCount: parsed.data.totalPages } : { error: describeZodError(parsed.error) };
    },
    list(body) {
      const items = (body as { items?: unknown } | null)?.items;
      return Array.isArray(items) ? items : [];
    },
  },
};

const idOf = (value: unknown) => {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
};

/**
 * PTV Open API, v11 or v12 (PTV_API_VERSION). A full pull lists the services of each of our
 * municipalities (`/Service/list/area/Municipality/code/{code}`, published only); an
 * incremental pull lists every service modified since a date (`/Service/list?date=`),
 * including withdrawn and archived ones, which the mapper turns into removals. Channel and
 * organisation details (and in v12 the service–channel connections) are fetched per page.
 */
export function createPtvSource(config: SyncConfig['ptv']): SyncSource {
  const version = config.apiVersion;
  const dialect = dialects[version];
  return {
    kind: 'PTV',
    supportsIncremental: true,
    configurationProblem: () => {
      if (!config.baseUrl) return 'PTV is not configured: set PTV_API_URL.';
      if (version === 'v12' && !config.apiKey) return 'PTV API v12 needs a key: set PTV_API_KEY (or PTV_API_VERSION=v11).';
      return null;
    },
    mapItem: (raw, context) => mapPtvService(raw as PtvRawItem, context),
    async *fetchPages(context: FetchContext): AsyncIterable<SourcePage> {
      const base = `${config.baseUrl}/api/${version}`;
      const headers: Record<string, string> = version === 'v12' && config.apiKey ? { 'x-api-key': config.apiKey } : {};
      const http = (what: string): FetchJsonOptions => ({
        policy: context.http,
        headers,
        signal: context.signal,
        onRetry: ({ attempt, waitMs, reason }) => context.log(`PTV ${what}: ${reason}; retry ${attempt} in ${Math.round(waitMs)} ms`),
      });
      const channels = new Map<string, unknown>();
      const organizations = new Map<string, unknown>();

      /** Fetches the details of ids not seen yet, `BATCH` at a time; unknown ones are remembered as null. */
      async function details(cache: Map<string, unknown>, ids: Iterable<string>, path: string, what: string) {
        const wanted = [...new Set(ids)].filter((id) => UUID.test(id) && !cache.has(id));
        for (let i = 0; i < wanted.length; i += BATCH) {
          const batch = wanted.slice(i, i + BATCH);
          const body = await fetchJson(`${base}/${path}?guids=${batch.map(encodeURIComponent).join(',')}`, http(what));
          for (const item of dialect.list(body)) {
            const id = idOf(item);
            if (id) cache.set(id, item);
          }
          for (const id of batch) if (!cache.has(id)) cache.set(id, null);
        }
      }

      /** v12: the channel ids of each service, from the connection search. */
      async function connections(serviceIds: string[]): Promise<Map<string, string[]>> {
        const byService = new Map<string, string[]>(serviceIds.map((id) => [id, []]));
        const ids = serviceIds.filter((id) => UUID.test(id));
        for (let i = 0; i < ids.length; i += BATCH) {
          const batch = ids.slice(i, i + BATCH).map(encodeURIComponent).join(',');
          for (let page = 1; ; page++) {
            const url = `${base}/Connection/search?serviceIds=${batch}&page=${page}`;
            const parsed = ptvV12ConnectionPageSchema.safeParse(await fetchJson(url, http('connections')));
            if (!parsed.success) throw new UpstreamError(`PTV connections have an unexpected shape (${describeZodError(parsed.error)})`, url, 1);
            for (const c of parsed.data.items ?? []) byService.get(c.serviceId)?.push(c.serviceChannelId);
            if (page >= Math.min(parsed.data.totalPages, context.maxPages)) break;
          }
        }
        return byService;
      }

      async function* pages(listUrl: (page: number) => string, what: string): AsyncIterable<SourcePage> {
        for (let page = 1; ; page++) {
          if (page > context.maxPages) {
            throw new UpstreamError(`PTV ${what} did not end within ${context.maxPages} pages`, listUrl(page), 1);
          }
          const url = listUrl(page);
          const parsed = dialect.page(await fetchJson(url, http(`${what} page ${page}`)));
          if ('error' in parsed) throw new UpstreamError(`PTV ${what} page ${page} has an unexpected shape (${parsed.error})`, url, 1);
          const services = parsed.items;
          const serviceIds = services.map(idOf).filter((id): id is string => id !== null);
          const channelIds =
            version === 'v12'
              ? await connections(serviceIds)
              : new Map(
                  services.map((s) => [
                    idOf(s) ?? '',
                    ((s as { serviceChannels?: { serviceChannel?: { id?: unknown } }[] } | null)?.serviceChannels ?? [])
                      .map((link) => link?.serviceChannel?.id)
                      .filter((id): id is string => typeof id === 'string'),
                  ]),
                );
          await details(channels, [...channelIds.values()].flat(), 'ServiceChannel/list', 'channels');
          const orgIds = services.flatMap((s) =>
            ((s as { organizations?: { organization?: { id?: unknown } }[] } | null)?.organizations ?? [])
              .map((o) => o?.organization?.id)
              .filter((id): id is string => typeof id === 'string'),
          );
          await details(organizations, orgIds, 'Organization/list', 'organisations');
          yield {
            items: services.map(
              (service): PtvRawItem => ({
                version,
                service,
                channelIds: version === 'v12' ? (channelIds.get(idOf(service) ?? '') ?? []) : undefined,
                channels,
                organizations,
                organizationId: config.organizationId,
              }),
            ),
          };
          if (page >= parsed.pageCount || services.length === 0) return;
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
