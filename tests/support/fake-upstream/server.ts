import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const TILE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
);
import {
  generateLahellaGroup,
  generateLahellaItem,
  generatePtvService,
  lahellaKey,
  ptvServiceId,
  toPtvV12,
  type PtvV11Service,
} from './generate';

const ptvFixtures = path.resolve(import.meta.dirname, '../../fixtures/ptv');

/** The recorded PTV fixtures of one API version, indexed like the generated store. */
function readPtvFixtures(version: 'v11' | 'v12') {
  const read = (file: string) => JSON.parse(readFileSync(path.join(ptvFixtures, version, file), 'utf8')) as unknown;
  const items = (body: unknown) => (Array.isArray(body) ? body : ((body as { items?: unknown[] }).items ?? [])) as Record<string, unknown>[];
  const page = read('services-page.json') as { itemList?: Record<string, unknown>[]; items?: Record<string, unknown>[] };
  const byId = (list: Record<string, unknown>[]) => new Map(list.map((x) => [x.id as string, x as unknown]));
  return {
    services: page.itemList ?? page.items ?? [],
    channels: byId(items(read('channels.json'))),
    organizations: byId(items(read('organizations.json'))),
    connections: version === 'v12' ? (items(read('connections.json')) as { serviceId: string; serviceChannelId: string }[]) : [],
  };
}

/**
 * A fake Lähellä.fi and PTV on one real HTTP server (node:http), with faults that tests and
 * people switch on at run time: `POST /__control` with a JSON patch of FaultControls, or
 * `server.control(patch)` from a test. `POST /__reset` clears faults and changes,
 * `GET /__state` shows the controls and a request log.
 */

export interface FaultControls {
  /** 0-based list page that answers 500 (Lähellä: skip/limit; PTV: page - 1). */
  fail5xxOnPage: number | null;
  /** How many times; null = every time. */
  fail5xxTimes: number | null;
  rateLimitOnPage: number | null;
  rateLimitTimes: number | null;
  retryAfterSeconds: number;
  /** Delay every answer (or only slowOnPage's) by this much. */
  slowMs: number;
  slowOnPage: number | null;
  slowTimes: number | null;
  brokenJsonOnPage: number | null;
  brokenJsonTimes: number | null;
  /** This item is served in a shape that fails validation. */
  malformedItemKey: string | null;
  /** Lähellä: left out of the list; PTV: withdrawn (and modified now). */
  removeKeys: string[];
  /** Served with a changed name (and PTV modified now). */
  changeKeys: string[];
  /** Extra unknown Lähellä theme codes on every item. */
  extraThemeCodes: string[];
  /** Lähellä: serve only the first N items, and say that is all (a list that lost items upstream). */
  listOnly: number | null;
  /** Lähellä: every page says `hasMore: true` (a paging bug upstream). */
  endlessPages: boolean;
  /** 0-based list page answered with a body of this many megabytes. */
  hugeBodyOnPage: number | null;
  hugeBodyMegabytes: number;
  /** 0-based list page answered with a redirect elsewhere. */
  redirectOnPage: number | null;
  /** Lähellä: leave out `links` (the real service may). */
  withoutLinks: boolean;
  /** PTV: every service also links to a channel with this (non-)id. */
  ptvOddChannelId: string | null;
  /** Lähellä: this item's Finnish description is 300,000 characters of `<a <a <a …`. */
  hostileTextKey: string | null;
}

export interface FakeUpstreamOptions {
  lahellaCount?: number;
  ptvCount?: number;
  /** PTV page size (the real API decides it; ours is small so tests page). */
  ptvPageSize?: number;
  /** Serve PTV's recorded fixtures (tests/fixtures/ptv/v11 and v12) instead of generated services. */
  ptvFixtures?: boolean;
  /** The key PTV v12 expects in `x-api-key`; unset accepts any. */
  ptvApiKey?: string;
  /** The bearer token Lähellä expects; unset accepts any. */
  lahellaToken?: string;
  /** Serve these Lähellä items (e.g. a recorded page) instead of generated ones. */
  lahellaItems?: Record<string, unknown>[];
  /** `links.groups` for lahellaItems. */
  lahellaGroups?: Record<string, unknown>;
  port?: number;
  host?: string;
}

export interface RequestLogEntry {
  at: number;
  method: string;
  path: string;
  status: number;
}

export interface FakeUpstream {
  url: string;
  /** LAHELLA_API_URL, PTV_API_URL (and the token) to point Polku at this server. */
  env: Record<string, string>;
  control(patch: Partial<FaultControls> & { lahellaCount?: number; ptvCount?: number }): void;
  reset(): void;
  readonly requests: RequestLogEntry[];
  readonly controls: FaultControls;
  close(): Promise<void>;
}

const defaults = (): FaultControls => ({
  fail5xxOnPage: null,
  fail5xxTimes: null,
  rateLimitOnPage: null,
  rateLimitTimes: 1,
  retryAfterSeconds: 1,
  slowMs: 0,
  slowOnPage: null,
  slowTimes: null,
  brokenJsonOnPage: null,
  brokenJsonTimes: null,
  malformedItemKey: null,
  removeKeys: [],
  changeKeys: [],
  extraThemeCodes: [],
  listOnly: null,
  endlessPages: false,
  hugeBodyOnPage: null,
  hugeBodyMegabytes: 60,
  redirectOnPage: null,
  withoutLinks: false,
  ptvOddChannelId: null,
  hostileTextKey: null,
});


export async function startFakeUpstream(options: FakeUpstreamOptions = {}): Promise<FakeUpstream> {
  let lahellaCount = options.lahellaCount ?? 50;
  let ptvCount = options.ptvCount ?? 20;
  const ptvPageSize = options.ptvPageSize ?? 10;
  let controls = defaults();
  // Faults with a times budget count down here; reset with the controls.
  const used = { fail5xx: 0, rateLimit: 0, slow: 0, brokenJson: 0 };
  const requests: RequestLogEntry[] = [];
  let changedAt = new Date();

  const fixed = options.lahellaItems;
  if (fixed) lahellaCount = fixed.length;
  const keyOf = (i: number) => (fixed ? String(fixed[i]?._key) : lahellaKey(i));

  // Generating an item costs about a millisecond; a re-sync of 20,000 must not wait for that again.
  const generated = new Map<number, Record<string, unknown>>();
  const touched = (key: string) =>
    controls.changeKeys.includes(key) || controls.extraThemeCodes.length > 0 || controls.hostileTextKey === key || controls.malformedItemKey === key;

  function lahellaItem(i: number): Record<string, unknown> {
    const key = keyOf(i);
    let cached = fixed ? fixed[i]! : generated.get(i);
    if (!cached) generated.set(i, (cached = generateLahellaItem(i)));
    if (!touched(key)) return cached;
    const item = structuredClone(cached);
    const traits = item.traits as Record<string, unknown>;
    if (controls.changeKeys.includes(key)) {
      const t = traits.translations as Record<string, Record<string, unknown> | undefined>;
      const lang = t.fi ? 'fi' : 'sv';
      t[lang] = { ...t[lang], name: `${String(t[lang]?.name)} (muutettu)` };
    }
    if (controls.extraThemeCodes.length > 0) {
      traits.theme = [...((traits.theme as string[]) ?? []), ...controls.extraThemeCodes];
    }
    if (controls.hostileTextKey === key) {
      const t = traits.translations as Record<string, Record<string, unknown> | undefined>;
      t.fi = { ...t.fi, description: `<p>Tervetuloa!</p><p>${'<a '.repeat(100_000)}</p>` };
    }
    if (controls.malformedItemKey === key) {
      return { ...item, traits: { ...traits, type: ['hobby'], channels: [{ type: 'place', events: [{ start: 'tomorrow' }] }] } };
    }
    return item;
  }

  /** UTC without a zone designator, as PTV writes times. */
  const ptvTime = (date: Date) => date.toISOString().slice(0, 19);

  function ptvService(i: number): PtvV11Service {
    const entry = generatePtvService(i);
    const { service } = entry;
    const id = ptvServiceId(i);
    if (controls.changeKeys.includes(id)) {
      service.serviceNames = (service.serviceNames as { value: string }[]).map((n) => ({ ...n, value: `${n.value} (muutettu)` }));
      service.modified = ptvTime(changedAt);
    }
    if (controls.removeKeys.includes(id)) {
      service.publishingStatus = 'Withdrawn';
      service.modified = ptvTime(changedAt);
    }
    if (controls.malformedItemKey === id) service.serviceNames = 'broken';
    if (controls.ptvOddChannelId) {
      service.serviceChannels = [...(service.serviceChannels as unknown[]), { serviceChannel: { id: controls.ptvOddChannelId } }];
    }
    return entry;
  }

  interface PtvStore {
    services: Record<string, unknown>[];
    channels: Map<string, unknown>;
    organizations: Map<string, unknown>;
    connections: { serviceId: string; serviceChannelId: string }[];
  }

  /** Everything PTV holds, in the shape of one API version: recorded fixtures or generated services. */
  function ptvStore(version: 'v11' | 'v12'): PtvStore {
    if (options.ptvFixtures) return readPtvFixtures(version);
    const store: PtvStore = { services: [], channels: new Map(), organizations: new Map(), connections: [] };
    for (let i = 0; i < ptvCount; i++) {
      const v11 = ptvService(i);
      const entry = version === 'v11' ? { ...v11, connections: [] } : toPtvV12(v11);
      store.services.push(entry.service);
      for (const c of entry.channels) store.channels.set(c.id as string, c);
      store.organizations.set(entry.organization.id as string, entry.organization);
      store.connections.push(...(entry.connections as PtvStore['connections']));
    }
    return store;
  }
  /** Applies page faults; returns true when it answered. */
  async function fault(res: http.ServerResponse, page: number): Promise<boolean> {
    const hit = (on: number | null, times: number | null, key: keyof typeof used) => {
      if (on !== page) return false;
      if (times !== null && used[key] >= times) return false;
      used[key]++;
      return true;
    };
    const slowHere = controls.slowMs > 0 && (controls.slowOnPage === null || hit(controls.slowOnPage, controls.slowTimes, 'slow'));
    if (slowHere) await new Promise((r) => setTimeout(r, controls.slowMs));
    if (res.destroyed) return true;
    if (hit(controls.fail5xxOnPage, controls.fail5xxTimes, 'fail5xx')) {
      res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"unavailable"}');
      return true;
    }
    if (hit(controls.rateLimitOnPage, controls.rateLimitTimes, 'rateLimit')) {
      res.writeHead(429, { 'retry-after': String(controls.retryAfterSeconds) }).end();
      return true;
    }
    if (controls.redirectOnPage === page) {
      res.writeHead(302, { location: 'http://127.0.0.1:9/elsewhere' }).end();
      return true;
    }
    if (controls.hugeBodyOnPage === page) {
      // Valid JSON all the way, so only a size limit stops it: {"items":[], "pad": "xxxx…"}.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"items":[],"hasMore":false,"pad":"');
      const chunk = 'x'.repeat(1 << 20);
      for (let mb = 0; mb < controls.hugeBodyMegabytes && !res.destroyed; mb++) {
        if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve).once('close', resolve));
      }
      if (!res.destroyed) res.end('"}');
      return true;
    }
    if (hit(controls.brokenJsonOnPage, controls.brokenJsonTimes, 'brokenJson')) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"items": [{"_key": "lh-');
      return true;
    }
    return false;
  }

  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  };

  async function readBody(req: http.IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? JSON.parse(text) : {};
  }

  function control(patch: Partial<FaultControls> & { lahellaCount?: number; ptvCount?: number }) {
    const { lahellaCount: lc, ptvCount: pc, ...rest } = patch;
    if (lc !== undefined) lahellaCount = lc;
    if (pc !== undefined) ptvCount = pc;
    if ('changeKeys' in rest || 'removeKeys' in rest) changedAt = new Date();
    controls = { ...controls, ...rest };
    for (const key of Object.keys(used) as (keyof typeof used)[]) used[key] = 0;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const p = url.pathname;
    if (p === '/__control' && req.method === 'POST') {
      control((await readBody(req)) as Partial<FaultControls>);
      return json(res, 200, { controls, lahellaCount, ptvCount });
    }
    if (p === '/__reset' && req.method === 'POST') {
      controls = defaults();
      control({});
      return json(res, 200, { controls });
    }
    if (p === '/__state') return json(res, 200, { controls, lahellaCount, ptvCount, requests: requests.slice(-200) });

    // Map tiles for the end-to-end tests, which run offline: one light grey pixel per tile.
    if (/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(p)) {
      res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' });
      res.end(TILE_PNG);
      return;
    }

    // Lähellä.fi
    if (p.startsWith('/v1/')) {
      if (options.lahellaToken && req.headers.authorization !== `Bearer ${options.lahellaToken}`) {
        return json(res, 401, { error: 'unauthorized' });
      }
      if (p === '/v1/activities') {
        const limit = Math.min(500, Math.max(1, Number(url.searchParams.get('limit') ?? 20)));
        const skip = Math.max(0, Number(url.searchParams.get('skip') ?? 0));
        if (await fault(res, Math.floor(skip / limit))) return;
        const removed = new Set(controls.removeKeys);
        // Removal shifts the list like a real database would; the index map keeps it cheap.
        const indexes: number[] = [];
        const listed = controls.listOnly ?? lahellaCount;
        for (let i = 0; i < Math.min(listed, lahellaCount); i++) if (!removed.has(keyOf(i))) indexes.push(i);
        const slice = controls.endlessPages
          ? Array.from({ length: limit }, (_, k) => indexes[(skip + k) % Math.max(1, indexes.length)]!).filter((i) => i !== undefined)
          : indexes.slice(skip, skip + limit);
        const items = slice.map(lahellaItem);
        const body: Record<string, unknown> = { items, hasMore: controls.endlessPages || skip + limit < indexes.length };
        if (url.searchParams.get('total') === 'true') body.total = indexes.length;
        if (url.searchParams.get('links[groups]') === 'true' && !controls.withoutLinks) {
          const groups: Record<string, unknown> = {};
          for (const item of items) {
            const key = item.group as string | undefined;
            const group = key && !groups[key] ? (fixed ? options.lahellaGroups?.[key] : generateLahellaGroup(key)) : undefined;
            if (key && group) groups[key] = group;
          }
          body.links = { groups };
        }
        return json(res, 200, body);
      }
      const one = /^\/v1\/activities\/([^/]+)$/.exec(p);
      if (one) {
        const key = decodeURIComponent(one[1]!);
        const i = fixed ? fixed.findIndex((item) => item._key === key) : Number(/^lh-gen-(\d+)$/.exec(key)?.[1] ?? NaN);
        if (!(i >= 0 && i < lahellaCount) || controls.removeKeys.includes(key)) return json(res, 404, { error: 'not found' });
        return json(res, 200, lahellaItem(i));
      }
    }

    // PTV Open API v11 and v12
    const ptv = /^\/api\/(v11|v12)\//.exec(p);
    if (ptv) {
      const version = ptv[1] as 'v11' | 'v12';
      if (version === 'v12' && options.ptvApiKey && req.headers['x-api-key'] !== options.ptvApiKey) {
        return json(res, 401, { error: 'a valid API key is required' });
      }
      const rest = p.slice(`/api/${version}`.length);
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
      const pageOf = (items: unknown[]) => {
        const slice = items.slice((page - 1) * ptvPageSize, page * ptvPageSize);
        const pages = Math.ceil(items.length / ptvPageSize);
        return version === 'v11'
          ? { pageNumber: page, pageSize: ptvPageSize, pageCount: pages, itemList: slice }
          : { page, pageSize: ptvPageSize, totalItems: items.length, totalPages: pages, items: slice };
      };
      const guids = () => new Set((url.searchParams.get('guids') ?? '').split(',').filter(Boolean));
      const detailList = (found: unknown[]) => (version === 'v11' ? found : { items: found });
      const area = /^\/Service\/list\/area\/Municipality\/code\/(\d{3})$/.exec(rest);
      if (area) {
        if (await fault(res, page - 1)) return;
        const { services } = ptvStore(version);
        const list = services.filter((service) => {
          if (service.publishingStatus !== 'Published') return false;
          const areas = (service.areas as { type?: string; code?: string }[]) ?? [];
          // Region 17 (Pohjois-Pohjanmaa) covers each of its municipalities.
          return service.areaType === 'WholeCountry' || areas.some((a) => a.code === area[1] || (a.type === 'Region' && a.code === '17'));
        });
        return json(res, 200, pageOf(list));
      }
      if (rest === '/Service/list') {
        const date = url.searchParams.get('date');
        if (!date || Number.isNaN(Date.parse(date))) return json(res, 400, { error: 'date is required' });
        if (await fault(res, page - 1)) return;
        const since = Date.parse(date);
        const utc = (time: string) => Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(time) ? time : `${time}Z`);
        return json(res, 200, pageOf(ptvStore(version).services.filter((s) => utc(s.modified as string) >= since)));
      }
      if (rest === '/ServiceChannel/list') {
        const { channels } = ptvStore(version);
        return json(res, 200, detailList([...guids()].flatMap((id) => (channels.has(id) ? [channels.get(id)] : []))));
      }
      if (rest === '/Organization/list') {
        const { organizations } = ptvStore(version);
        return json(res, 200, detailList([...guids()].flatMap((id) => (organizations.has(id) ? [organizations.get(id)] : []))));
      }
      if (version === 'v12' && rest === '/Connection/search') {
        const wanted = new Set((url.searchParams.get('serviceIds') ?? '').split(',').filter(Boolean));
        return json(res, 200, pageOf(ptvStore(version).connections.filter((c) => wanted.has(c.serviceId))));
      }
    }
    json(res, 404, { error: 'not found' });
  }

  const server = http.createServer((req, res) => {
    const started = Date.now();
    res.on('finish', () => requests.push({ at: started, method: req.method ?? 'GET', path: req.url ?? '', status: res.statusCode }));
    if (requests.length > 5000) requests.splice(0, requests.length - 1000);
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { error: (error as Error).message });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${address.port}`;
  return {
    url,
    env: {
      LAHELLA_API_URL: url,
      ...(options.lahellaToken ? { LAHELLA_API_TOKEN: options.lahellaToken } : {}),
      PTV_API_URL: url,
      ...(options.ptvApiKey ? { PTV_API_KEY: options.ptvApiKey } : {}),
    },
    control,
    reset() {
      controls = defaults();
      control({});
      requests.length = 0;
    },
    requests,
    get controls() {
      return controls;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

