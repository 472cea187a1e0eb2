// `npm run fuzz`: sends generated malformed requests to every route of a running Polku and
// prints how many got each status. Exit status 1 if any answer was 5xx (or the connection
// failed), 2 for bad usage. Only loopback targets: this is a test tool, not an attack tool.
//
//   npm run fuzz -- [--base http://127.0.0.1:3000] [--count 10000] [--concurrency 6] [--seed 1]
//
// Routes are enumerated from src/app (page.tsx, route.ts) and translated with the locale
// routing table; server actions are called with the build's own action ids (read from
// .next/server/server-reference-manifest.json when present) and with random ones.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { routing, type AppPathname } from '../src/i18n/routing';

const { values: args } = parseArgs({
  options: {
    base: { type: 'string', default: `http://127.0.0.1:${process.env.PORT ?? '3000'}` },
    count: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '6' },
    seed: { type: 'string', default: '1' },
    'timeout-ms': { type: 'string', default: '15000' },
  },
});

function usage(message: string): never {
  console.error(message);
  process.exit(2);
}

const base = (() => {
  try {
    return new URL(args.base);
  } catch {
    return usage(`--base is not a URL: ${args.base}`);
  }
})();
if (base.protocol !== 'http:') usage('Only http:// on loopback is supported.');
const host = base.hostname.replace(/^\[|\]$/g, '');
if (!(host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host))) {
  usage(`Refusing to fuzz ${base.hostname}: only loopback addresses (127.0.0.0/8, ::1, localhost) are allowed.`);
}
const total = Number(args.count);
const concurrency = Number(args.concurrency);
const timeoutMs = Number(args['timeout-ms']);
if (!Number.isInteger(total) || total < 1 || total > 1_000_000) usage('--count must be 1–1000000.');
if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) usage('--concurrency must be 1–64.');

// A small seeded generator, so a failing run can be repeated exactly.
let state = Number(args.seed) >>> 0 || 1;
function random(): number {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 0x1_0000_0000;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (max: number) => Math.floor(random() * max);

// ---- Routes ---------------------------------------------------------------------------

interface Route {
  /** A template with [param] placeholders, already translated. */
  template: string;
  kind: 'page' | 'api' | 'embed';
}

function walk(dir: string, found: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, found);
    else if (entry.name === 'page.tsx' || entry.name === 'route.ts') found.push(full);
  }
  return found;
}

function enumerateRoutes(): Route[] {
  const appDir = path.resolve('src/app');
  const routes: Route[] = [];
  for (const file of walk(appDir)) {
    const segments = path
      .relative(appDir, path.dirname(file))
      .split(path.sep)
      .filter((segment) => segment !== '' && !/^\(.*\)$/.test(segment));
    if (segments[0] === '[locale]') {
      const internal = `/${segments.slice(1).join('/')}` as AppPathname;
      const localized = (routing.pathnames as Record<string, string | Record<string, string>>)[internal];
      for (const locale of routing.locales) {
        const translated = localized === undefined ? internal : typeof localized === 'string' ? localized : localized[locale]!;
        routes.push({ template: `/${locale}${translated === '/' ? '' : translated}`, kind: 'page' });
      }
    } else {
      const template = `/${segments.join('/')}`;
      routes.push({ template, kind: template.startsWith('/api') ? 'api' : template.startsWith('/embed') ? 'embed' : 'page' });
    }
  }
  routes.push({ template: '/', kind: 'page' });
  return routes;
}

// ---- Malformed parts ------------------------------------------------------------------

const BAD_SEGMENTS = [
  '%',
  '%E0%A4%A',
  '%zz',
  '%C0%AF',
  '%FF%FE',
  '%ED%A0%80',
  'a%00b',
  '%00',
  '%0A%0D',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  'x'.repeat(3000),
  '%F0%9F%92%A9',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  "'%20OR%201%3D1--",
  '-1',
  '0',
  '99999999999999999999999',
  'null',
  '%20',
  'c'.repeat(22),
  'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
  '%25',
  '%u0041',
];

const BAD_QUERY_KEYS = ['q', 'page', 'limit', 'cursor', 'theme', 'stage', 'municipality', 'age', 'type', 'free', 'locale', 'per_page', 'from', 'to', 'sort', 'wait', 'lang', 'x'];
const BAD_QUERY_VALUES = [
  '%',
  '%E0%A4%A',
  '%00',
  'a%00b',
  '-1',
  '1e309',
  'NaN',
  '0x10',
  '%5B%5D',
  'x'.repeat(5000),
  '%FF',
  '%F0%9F%92%A9',
  '%3Cimg%20src%3Dx%3E',
  'true',
  '',
  '2026-13-45',
  'eyJhIjoxfQ',
  '%27%22%3B--',
];

function badQuery(): string {
  if (random() < 0.15) return '';
  const parts: string[] = [];
  const n = 1 + int(4);
  for (let i = 0; i < n; i++) parts.push(`${pick(BAD_QUERY_KEYS)}=${pick(BAD_QUERY_VALUES)}`);
  if (random() < 0.1) parts.push('%=%');
  return `?${parts.join('&')}`;
}

function fillTemplate(template: string): string {
  return template
    .split('/')
    .map((part) => (/^\[\[?\.{0,3}\w+\]?\]$/.test(part) ? pick(BAD_SEGMENTS) : part))
    .join('/');
}

const BAD_HEADERS: Record<string, string[]> = {
  'accept-language': ['*;q=abc', 'xx-YY,,,;q=2', 'sv'.repeat(800), 'fi;q=0.5, sv;q=-1'],
  'if-none-match': ['"', 'W/', '*', 'W/"x", garbage'],
  cookie: ['better-auth.session_token=%E0%A4%A', 'better-auth.session_token=' + 'a'.repeat(4000), '=;=;', 'NEXT_LOCALE=%00'],
  'x-forwarded-for': ['not-an-ip', '999.999.1.1, ::zz', ''],
  'content-type': ['application/json', 'multipart/form-data', 'text/plain;charset=utf-16', 'application/x-www-form-urlencoded'],
  accept: ['text/x-component', 'application/problem+json', '*/*;q=x'],
  rsc: ['1'],
  'next-router-state-tree': ['%7B', '%5B%22%22%2C%7B%7D%5D', 'garbage'],
  'next-router-prefetch': ['1'],
  'next-router-segment-prefetch': ['/garbage', '/_tree'],
  range: ['bytes=9-1', 'bytes=abc'],
};

function badHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const n = int(3);
  for (let i = 0; i < n; i++) {
    const name = pick(Object.keys(BAD_HEADERS));
    headers[name] = pick(BAD_HEADERS[name]!);
  }
  return headers;
}

// ---- Server actions -------------------------------------------------------------------

function buildActionIds(): string[] {
  const manifest = path.resolve(process.env.NEXT_DIST_DIR || '.next', 'server', 'server-reference-manifest.json');
  try {
    const parsed = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { node?: Record<string, unknown> };
    return Object.keys(parsed.node ?? {});
  } catch {
    return [];
  }
}

const randomHex = (length: number) => Array.from({ length }, () => int(16).toString(16)).join('');

const ARG_BODIES = [
  '[]',
  '[1,2,3]',
  '["fi", {"activityIds": "x"}]',
  '[null, "not form data"]',
  '[{"email": 5}, [1]]',
  '["$K1"]',
  '["$@1"]',
  '[{"$$typeof": "x"}]',
  '"just a string"',
  '{"not": "an array"}',
  '[',
  'garbage \u0000 bytes',
  '["' + 'x'.repeat(20_000) + '"]',
];

interface RequestSpec {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  label: string;
}

function actionRequest(pagePath: string, actionIds: string[]): RequestSpec {
  const id = actionIds.length > 0 && random() < 0.6 ? pick(actionIds) : pick([randomHex(42), randomHex(40), 'zz', '', randomHex(200)]);
  const origin = base.origin;
  const headers: Record<string, string> = { 'next-action': id, accept: 'text/x-component', origin };
  const variant = int(8);
  let body: Buffer;
  let label: string;
  switch (variant) {
    case 0: {
      headers.origin = pick(['https://evil.example', 'null', 'http://127.0.0.1.evil.example', '::::']);
      headers['content-type'] = 'text/plain;charset=UTF-8';
      body = Buffer.from('[]');
      label = 'action, foreign Origin';
      break;
    }
    case 1: {
      headers['content-type'] = 'text/plain;charset=UTF-8';
      body = Buffer.alloc(1024 * 1024 + 1 + int(4096), 0x61);
      label = 'action, body over 1 MB';
      break;
    }
    case 2: {
      headers['content-type'] = 'multipart/form-data; boundary=----broken';
      body = Buffer.from(pick(['------broken\r\nContent-Disposition: form-data; name="1"\r\n\r\n', 'not multipart at all', '------broken--']));
      label = 'action, undecodable multipart body';
      break;
    }
    case 3: {
      headers['content-type'] = 'text/plain;charset=UTF-8';
      body = Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x80]);
      label = 'action, invalid UTF-8 body';
      break;
    }
    case 4: {
      headers['content-type'] = pick(['application/json', 'application/x-www-form-urlencoded', 'image/png', '']);
      body = Buffer.from(pick(ARG_BODIES));
      label = 'action, unexpected content type';
      break;
    }
    case 5: {
      const boundary = '----fuzz' + randomHex(8);
      headers['content-type'] = `multipart/form-data; boundary=${boundary}`;
      const field = pick(['0', '1', '1_email', '1_$ACTION_ID_x', 'locale']);
      const value = pick(['%00', '\u0000', 'x'.repeat(100_000), '["$K1"]', '{"a":', 'fi']);
      body = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"\r\n\r\n${value}\r\n--${boundary}--\r\n`);
      label = 'action, odd form fields';
      break;
    }
    default: {
      headers['content-type'] = 'text/plain;charset=UTF-8';
      body = Buffer.from(pick(ARG_BODIES));
      label = 'action, unexpected argument types';
    }
  }
  return { method: 'POST', path: pagePath, headers, body, label };
}

function plainRequest(route: Route): RequestSpec {
  const pathPart = fillTemplate(route.template);
  const method = pick(['GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']);
  const headers = badHeaders();
  let body: Buffer | undefined;
  if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
    headers['content-type'] ??= pick(['application/json', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded']);
    body = Buffer.from(pick(['{', '%', 'x=%E0%A4%A', '\u0000', '--x\r\n']));
  }
  return { method, path: pathPart + badQuery(), headers, body, label: `${route.kind} ${method}, malformed path/query/headers` };
}

// ---- Running --------------------------------------------------------------------------

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

function send(spec: RequestSpec): Promise<number | 'error'> {
  return new Promise((resolve) => {
    const request = http.request(
      { host: base.hostname, port: base.port || 80, method: spec.method, path: spec.path, headers: spec.headers, agent, timeout: timeoutMs },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', () => resolve('error'));
      },
    );
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', () => resolve('error'));
    request.end(spec.body);
  });
}

async function main(): Promise<void> {
  const routes = enumerateRoutes();
  const actionIds = buildActionIds();
  const pageRoutes = routes.filter((route) => route.kind === 'page');
  console.log(
    `Fuzzing ${base.origin}: ${total} requests over ${routes.length} routes (${actionIds.length} server action ids from the build), concurrency ${concurrency}, seed ${args.seed}.`,
  );

  // Every route gets its share in turn, so each is hit about total / routes times; one
  // request in five is a server-action call on a page.
  const specs = function* (): Generator<RequestSpec> {
    for (let i = 0; i < total; i++) {
      if (i % 5 === 4) yield actionRequest(fillTemplate(pick(pageRoutes).template), actionIds);
      else yield plainRequest(routes[i % routes.length]!);
    }
  };
  const byStatus = new Map<string, number>();
  const failures: string[] = [];
  const failuresByKind = new Map<string, number>();
  const iterator = specs();
  let done = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let next = iterator.next(); !next.done; next = iterator.next()) {
        const spec = next.value;
        const status = await send(spec);
        const key = String(status);
        byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
        if (status === 'error' || status >= 500) {
          failuresByKind.set(spec.label, (failuresByKind.get(spec.label) ?? 0) + 1);
          if (failures.length < 25) failures.push(`${key}  ${spec.label}: ${spec.method} ${spec.path.slice(0, 160)} ${JSON.stringify(spec.headers).slice(0, 200)}`);
        }
        done++;
        if (done % 1000 === 0) process.stdout.write(`  ${done} sent\n`);
      }
    }),
  );
  agent.destroy();

  const seconds = (Date.now() - started) / 1000;
  console.log(`\n${done} requests in ${seconds.toFixed(1)} s. Responses by status:`);
  for (const [status, count] of [...byStatus].sort(([a], [b]) => a.localeCompare(b))) console.log(`  ${status.padEnd(6)} ${count}`);
  const bad = [...byStatus].filter(([status]) => status === 'error' || Number(status) >= 500).reduce((sum, [, count]) => sum + count, 0);
  console.log(`\n${bad} responses ≥ 500 or failed connections.`);
  for (const [label, count] of failuresByKind) console.log(`  ${String(count).padStart(6)}  ${label}`);
  if (failures.length > 0) {
    console.log('Examples:');
    for (const line of failures) console.log(`  ${line}`);
  }
  process.exitCode = bad > 0 ? 1 : 0;
}

void main();
