// `npm run check:standards`: checks Polku's open data with independent tools, on a production
// build serving fresh demo data.
//   redocly    `@redocly/cli lint` (recommended rules) on /api/v1/openapi.json
//   spectral   `@stoplight/spectral-cli` (spectral:oas) on the same document
//   hsds       HSDS 3 API levels 1 and 2: every endpoint and parameter of Open Referral's API
//              description, responses validated against HSDS's schemas (tests/fixtures/hsds),
//              references followed across endpoints
//   ical       node-ical and ical.js parse the feeds and activity files; the feed spans its
//              days; every EXDATE is an instance of its rule
//   html       the Nu HTML checker (vnu.jar, needs Java) on the public pages
//   metadata   canonical, hreflang for every locale, Open Graph with an image, JSON-LD
//   sitemap    /sitemap.xml against the sitemaps.org XSD (scripts/standards/xsd, via xmllint)
// Prints the errors and warnings of each tool and exits 1 if any tool found an error.
// Options: --no-build reuses .next; it must have been built with the same PUBLIC_BASE_URL, which
// --base-url <url> names (a plain `npm run build` uses http://localhost:3000).
// Env: PORT (default 3390) for the app when --base-url is not given.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import ical from 'node-ical';
import ICAL from 'ical.js';

const require = createRequire(import.meta.url);
const addFormats = /** @type {(ajv: Ajv2020) => Ajv2020} */ (/** @type {unknown} */ (addFormatsModule));
// --base-url <url> goes with --no-build: the PUBLIC_BASE_URL the existing build was made with (its
// prerendered pages carry it in their links); the app then listens on that URL's port.
const baseArgument = process.argv.indexOf('--base-url');
const base =
  baseArgument > 0
    ? new URL(process.argv[baseArgument + 1] ?? '').origin
    : `http://127.0.0.1:${process.env.PORT ?? '3390'}`;
const port = new URL(base).port || '80';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'polku-standards-'));
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  DEMO_MODE: '1',
  // A throwaway demo on this machine only: its public demo logins are harmless here.
  DEMO_MODE_IN_PRODUCTION: '1',
  AUTH_SECRET: randomBytes(32).toString('base64'),
  PUBLIC_BASE_URL: base,
  PGLITE_DATA_DIR: path.join(work, 'pglite'),
  API_RATE_LIMIT_PER_MINUTE: '0',
};
delete env.DATABASE_URL;

/** tool → { errors, warnings, notes[] } */
const results = new Map();
function report(tool, severity, message) {
  const entry = results.get(tool) ?? { errors: 0, warnings: 0, notes: [] };
  if (severity === 'error') entry.errors += 1;
  if (severity === 'warning') entry.warnings += 1;
  if (entry.notes.length < 25) entry.notes.push(`${severity}: ${message}`);
  results.set(tool, entry);
}
const touch = (tool) => results.set(tool, results.get(tool) ?? { errors: 0, warnings: 0, notes: [] });

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  return result;
}

function npmRun(script) {
  const result = run('npm', ['run', '--silent', script], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed`);
}

async function get(pathname, accept = '*/*') {
  // One retry: while a tool runs synchronously, the server may close an idle kept-alive
  // connection that fetch then tries to reuse.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fetch(`${base}${pathname}`, { headers: { accept } });
    } catch (error) {
      if (attempt === 2) throw new Error(`GET ${pathname}: ${error.cause?.message ?? error.message}`);
    }
  }
}

async function getJson(tool, pathname) {
  const response = await get(pathname, 'application/json');
  if (response.status !== 200) {
    report(tool, 'error', `${pathname} answered ${response.status}`);
    return null;
  }
  return response.json();
}

// ---------------------------------------------------------------------------------------------
// OpenAPI linters

async function checkOpenApi() {
  const file = path.join(work, 'openapi.json');
  const document = await getJson('redocly', '/api/v1/openapi.json');
  if (!document) return;
  fs.writeFileSync(file, JSON.stringify(document, null, 2));

  touch('redocly');
  const redocly = run('npx', ['--no-install', 'redocly', 'lint', '--extends=recommended', '--format=json', file]);
  const jsonStart = redocly.stdout.indexOf('{');
  if (jsonStart < 0) {
    report('redocly', 'error', `no report: ${redocly.stderr.slice(-500)}`);
  } else {
    const { problems = [] } = JSON.parse(redocly.stdout.slice(jsonStart));
    for (const problem of problems) {
      report('redocly', problem.severity === 'error' ? 'error' : 'warning', `${problem.ruleId}: ${problem.message}`);
    }
  }

  touch('spectral');
  const ruleset = path.resolve('scripts/standards/spectral.yaml');
  const spectral = run('npx', ['--no-install', 'spectral', 'lint', '--ruleset', ruleset, '--format', 'json', '--quiet', file]);
  const start = spectral.stdout.indexOf('[');
  if (start < 0) {
    report('spectral', 'error', `no report: ${spectral.stderr.slice(-500)}`);
  } else {
    for (const item of JSON.parse(spectral.stdout.slice(start))) {
      // 0 error, 1 warning, 2 information, 3 hint
      if (item.severity <= 1) report('spectral', item.severity === 0 ? 'error' : 'warning', `${item.code} at ${item.path.join('.')}: ${item.message}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// HSDS conformance

const HSDS_DIR = path.resolve('tests/fixtures/hsds');
const HSDS_REMOTE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';

function hsdsValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const files = [
    ...fs.readdirSync(HSDS_DIR),
    ...fs.readdirSync(path.join(HSDS_DIR, 'compiled')).map((file) => `compiled/${file}`),
  ].filter((file) => file.endsWith('.json') && file !== 'openapi.json');
  for (const file of files) ajv.addSchema(JSON.parse(fs.readFileSync(path.join(HSDS_DIR, file), 'utf8')), `${HSDS_REMOTE}${file}`);
  return ajv;
}

/** A sample value for each parameter of the HSDS API description. */
function sampleValue(name, ids) {
  switch (name) {
    case 'search':
      return 'a';
    case 'page':
      return '1';
    case 'per_page':
      return '5';
    case 'format':
      return 'json';
    case 'minimal':
    case 'full':
    case 'full_service':
    case 'top_only':
      return 'true';
    case 'modified_after':
      return '2000-01-01';
    case 'taxonomy_term_id':
      return ids.term;
    case 'taxonomy_id':
      return ids.taxonomy;
    case 'organization_id':
      return ids.organization;
    case 'parent_id':
      return ids.term;
    case 'postcode':
      return ids.postcode;
    case 'proximity':
      return '1000';
    default:
      return null;
  }
}

async function checkHsds() {
  const tool = 'hsds';
  touch(tool);
  const spec = JSON.parse(fs.readFileSync(path.join(HSDS_DIR, 'openapi.json'), 'utf8'));
  const ajv = hsdsValidator();
  const pageSchema = spec.components.schemas.Page;
  const validate = (label, schema, value) => {
    // The fully compiled single-object schemas (1 MB each) are the same as the files with
    // references kept here; the compiled list-item schemas are kept as they are.
    const resolved = JSON.parse(
      JSON.stringify(schema)
        .replaceAll('"#/components/schemas/Page"', '"urn:hsds:page"')
        .replace(/compiled\/(service|organization|service_at_location)\.json"/g, '$1.json"'),
    );
    if (!ajv.getSchema('urn:hsds:page')) ajv.addSchema(pageSchema, 'urn:hsds:page');
    const check = ajv.compile(resolved);
    if (!check(value)) report(tool, 'error', `${label}: ${ajv.errorsText(check.errors).slice(0, 400)}`);
  };

  const meta = await getJson(tool, '/api/hsds');
  if (meta) validate('GET /', spec.paths['/'].get.responses['200'].content['application/json'].schema, meta);
  if (meta && !String(meta.version).startsWith('3.')) report(tool, 'error', `GET / version is ${meta.version}`);

  // Ids to fill the parameters with and to follow.
  const taxonomies = await getJson(tool, '/api/hsds/taxonomies?per_page=100');
  const terms = await getJson(tool, '/api/hsds/taxonomy_terms?per_page=100');
  const organizations = await getJson(tool, '/api/hsds/organizations?per_page=5');
  const sals = await getJson(tool, '/api/hsds/service_at_locations?per_page=100');
  if (!taxonomies || !terms || !organizations || !sals) return;
  const place = sals.contents.find((sal) => sal.location?.addresses?.length) ?? sals.contents[0];
  const ids = {
    taxonomy: terms.contents[0]?.taxonomy_id,
    term: terms.contents[0]?.id,
    organization: organizations.contents[0]?.id,
    postcode: place?.location?.addresses?.[0]?.postal_code ?? '90100',
  };

  let calls = 0;
  for (const [template, item] of Object.entries(spec.paths)) {
    if (template === '/') continue;
    const operation = item.get;
    // HSDS's description gives /service_at_locations/{id} the service schema, against its own
    // text ("fully nested service_at_location"): check it against service_at_location.json.
    const schema =
      template === '/service_at_locations/{id}'
        ? { $ref: `${HSDS_REMOTE}service_at_location.json` }
        : operation.responses['200'].content['application/json'].schema;
    if (template.includes('{id}')) {
      const list = await getJson(tool, `/api/hsds${template.replace('/{id}', '')}?per_page=3`);
      for (const entry of list?.contents ?? []) {
        const one = await getJson(tool, `/api/hsds${template.replace('{id}', entry.id)}`);
        calls += 1;
        if (one) validate(`GET ${template} (${entry.id})`, schema, one);
        if (one && one.id !== entry.id) report(tool, 'error', `GET ${template}: asked ${entry.id}, got ${one.id}`);
      }
      continue;
    }
    const names = (operation.parameters ?? []).map((p) => (p.$ref ? spec.components.parameters[p.$ref.split('/').pop()].name : p.name));
    for (const query of [{}, ...names.map((name) => ({ [name]: sampleValue(name, ids) }))]) {
      const value = Object.values(query)[0];
      if (value === null) {
        report(tool, 'error', `GET ${template}: no sample for parameter ${Object.keys(query)[0]}`);
        continue;
      }
      const search = new URLSearchParams(query).toString();
      const pathname = `/api/hsds${template}${search ? `?${search}` : ''}`;
      const body = await getJson(tool, pathname);
      calls += 1;
      if (body) validate(`GET ${pathname}`, schema, body);
    }
    // Level 1: paging is consistent.
    const first = await getJson(tool, `/api/hsds${template}?per_page=2&page=1`);
    const second = await getJson(tool, `/api/hsds${template}?per_page=2&page=2`);
    calls += 2;
    if (first && second && first.total_items > 2) {
      if (second.page_number !== 2 || first.total_items !== second.total_items || first.last_page) {
        report(tool, 'error', `GET ${template}: paging is inconsistent`);
      }
      if (first.contents.some((a) => second.contents.some((b) => a.id === b.id))) report(tool, 'error', `GET ${template}: pages overlap`);
    }
  }

  // References across endpoints.
  const locations = [];
  for (let page = 1; ; page += 1) {
    const body = await getJson(tool, `/api/hsds/locations?per_page=100&page=${page}`);
    if (!body) break;
    locations.push(...body.contents);
    if (body.last_page) break;
  }
  const locationIds = new Set(locations.map((l) => l.id));
  const allSals = [];
  for (let page = 1; ; page += 1) {
    const body = await getJson(tool, `/api/hsds/service_at_locations?per_page=100&page=${page}&full=true`);
    if (!body) break;
    allSals.push(...body.contents);
    if (body.last_page) break;
  }
  const termIds = new Set(terms.contents.map((t) => t.id));
  const scheduleIds = new Map();
  for (const sal of allSals) {
    if (!locationIds.has(sal.location_id)) report(tool, 'error', `service_at_location ${sal.id}: location ${sal.location_id} is not in /locations`);
    for (const schedule of sal.schedules ?? []) {
      if (schedule.service_at_location_id !== sal.id) report(tool, 'error', `schedule ${schedule.id}: service_at_location_id is not ${sal.id}`);
      if (scheduleIds.has(schedule.id)) report(tool, 'error', `schedule id ${schedule.id} is used twice`);
      scheduleIds.set(schedule.id, sal.id);
    }
  }
  const services = await getJson(tool, '/api/hsds/services?per_page=50&full=true');
  for (const service of services?.contents ?? []) {
    if (service.organization_id && !(await get(`/api/hsds/organizations/${service.organization_id}`)).ok) {
      report(tool, 'error', `service ${service.id}: organization ${service.organization_id} cannot be fetched`);
    }
    for (const attribute of service.attributes ?? []) {
      if (!termIds.has(attribute.taxonomy_term_id) && !(await get(`/api/hsds/taxonomy_terms/${attribute.taxonomy_term_id}`)).ok) {
        report(tool, 'error', `service ${service.id}: taxonomy term ${attribute.taxonomy_term_id} cannot be fetched`);
      }
    }
    for (const schedule of service.schedules ?? []) {
      if (scheduleIds.has(schedule.id)) report(tool, 'error', `schedule id ${schedule.id} names a service and a service_at_location schedule`);
    }
  }
  console.log(`hsds: ${calls} calls, ${allSals.length} service-at-locations, ${locations.length} locations followed`);
}

// ---------------------------------------------------------------------------------------------
// iCalendar

const FEED_DAYS = 90;

/** Parses with both libraries; returns ical.js events or null. */
function parseBoth(label, text) {
  let nodeCount = 0;
  try {
    nodeCount = Object.values(ical.sync.parseICS(text)).filter((entry) => entry.type === 'VEVENT').length;
  } catch (error) {
    report('ical', 'error', `${label}: node-ical cannot parse it: ${error.message}`);
    return null;
  }
  try {
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents('vevent');
    if (events.length !== nodeCount) report('ical', 'error', `${label}: node-ical sees ${nodeCount} events, ical.js ${events.length}`);
    return events;
  } catch (error) {
    report('ical', 'error', `${label}: ical.js cannot parse it: ${error.message}`);
    return null;
  }
}

/** Every EXDATE must be an instance of the event's rule (same weekday, an "on" week). */
function checkExdates(label, vevent) {
  const exdates = vevent.getAllProperties('exdate').flatMap((property) => property.getValues().map((value) => value.toString()));
  if (exdates.length === 0 || !vevent.hasProperty('rrule')) return;
  const copy = new ICAL.Component(JSON.parse(JSON.stringify(vevent.toJSON())));
  copy.removeAllProperties('exdate');
  const iterator = new ICAL.Event(copy).iterator();
  const last = exdates.toSorted().at(-1);
  const instances = new Set();
  for (let next = iterator.next(), n = 0; next && n < 5000; next = iterator.next(), n += 1) {
    const value = next.toString();
    instances.add(value);
    if (value > last) break;
  }
  for (const exdate of exdates) {
    if (!instances.has(exdate)) report('ical', 'error', `${label}: EXDATE ${exdate} is not an instance of the rule`);
  }
}

async function checkIcal() {
  touch('ical');
  const now = Date.now();
  const feed = await get('/api/feeds/activities.ics');
  if (feed.status !== 200) return report('ical', 'error', `/api/feeds/activities.ics answered ${feed.status}`);
  const events = parseBoth('search feed', await feed.text()) ?? [];
  const starts = events.map((event) => new ICAL.Event(event).startDate.toJSDate().getTime());
  const latest = Math.max(...starts);
  if (latest < now + (FEED_DAYS - 14) * 86_400_000) {
    report('ical', 'error', `search feed ends ${new Date(latest).toISOString().slice(0, 10)}, not near ${FEED_DAYS} days ahead`);
  }
  if (latest > now + (FEED_DAYS + 1) * 86_400_000) report('ical', 'error', 'search feed goes past its window');
  console.log(`ical: search feed has ${events.length} events up to ${new Date(latest).toISOString().slice(0, 10)}${feed.headers.get('link') ? ', more pages' : ''}`);

  const organizations = await getJson('ical', '/api/v1/organizations?limit=3');
  for (const org of organizations?.data ?? []) {
    const response = await get(`/api/feeds/organizations/${org.slug}.ics`);
    if (response.status !== 200) report('ical', 'error', `organisation feed ${org.slug} answered ${response.status}`);
    else parseBoth(`organisation feed ${org.slug}`, await response.text());
  }

  // One-activity files: every kind of schedule, EXDATEs included.
  const kinds = { 'one-off': 0, recurring: 0, period: 0 };
  let files = 0;
  let exdates = 0;
  for (let cursor = null, pages = 0; pages < 20; pages += 1) {
    const page = await getJson('ical', `/api/v1/activities?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    if (!page) break;
    for (const activity of page.data) {
      const schedule = activity.schedules?.find((s) => kinds[s.kind] !== undefined && (kinds[s.kind] < 15 || s.excludedDates?.length));
      if (!schedule) continue;
      kinds[schedule.kind] += 1;
      const response = await get(`/api/activities/${encodeURIComponent(activity.slug)}/ical?locale=sv`);
      if (response.status !== 200) {
        report('ical', 'error', `/api/activities/${activity.slug}/ical (${schedule.kind}) answered ${response.status}`);
        continue;
      }
      files += 1;
      for (const vevent of parseBoth(`activity ${activity.slug}`, await response.text()) ?? []) {
        if (vevent.hasProperty('exdate')) exdates += 1;
        checkExdates(`activity ${activity.slug}`, vevent);
      }
    }
    cursor = page.page.nextCursor;
    if (!cursor) break;
  }
  for (const [kind, count] of Object.entries(kinds)) if (count === 0) report('ical', 'error', `no ${kind} activity was checked`);
  console.log(`ical: ${files} activity files (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')}), ${exdates} with EXDATEs`);
}

// ---------------------------------------------------------------------------------------------
// Public pages: Nu HTML checker and metadata

async function publicPages() {
  const [activities, organizations] = await Promise.all([
    getJson('metadata', '/api/v1/activities?limit=100&locale=fi'),
    getJson('metadata', '/api/v1/organizations?limit=1'),
  ]);
  const withKind = (kind) => activities?.data.find((a) => a.schedules?.some((s) => s.kind === kind));
  const pages = ['/fi', '/sv', '/fi/saavutettavuus', '/sv/dataskydd', '/fi/lahete', '/fi/haku', '/sv/sok?q=kaffe'];
  // A theme and a stage page, as the front page links them.
  const home = await (await get('/fi', 'text/html')).text();
  for (const prefix of ['/fi/teemat/', '/fi/palvelupolku/']) {
    const link = new RegExp(`href="(${prefix}[^"?#]+)"`).exec(home)?.[1];
    if (link) pages.push(link);
    else report('metadata', 'error', `the front page links no ${prefix} page`);
  }
  if (organizations?.data[0]) pages.push(`/fi/jarjestajat/${organizations.data[0].slug}`, `/sv/arrangorer/${organizations.data[0].slug}`);
  for (const kind of ['recurring', 'period', 'one-off']) {
    const activity = withKind(kind);
    if (activity) pages.push(`/fi/toiminta/${encodeURIComponent(activity.slug)}`);
  }
  return pages;
}

async function checkMetadata(pages) {
  touch('metadata');
  const { locales } = JSON.parse(fs.readFileSync(path.join(work, 'locales.json'), 'utf8'));
  for (const pathname of pages) {
    const response = await get(pathname, 'text/html');
    if (response.status !== 200) {
      report('metadata', 'error', `${pathname} answered ${response.status}`);
      continue;
    }
    const html = await response.text();
    const head = html.slice(0, html.indexOf('</head>'));
    const need = (label, pattern) => {
      if (!pattern.test(head)) report('metadata', 'error', `${pathname}: no ${label}`);
    };
    need('canonical', /<link rel="canonical" href="http[^"]+"/);
    for (const locale of [...locales, 'x-default']) need(`hreflang ${locale}`, new RegExp(`<link rel="alternate" hrefLang="${locale}" href="http`, 'i'));
    need('og:title', /<meta property="og:title" content="[^"]+"/);
    need('og:url', /<meta property="og:url" content="http/);
    need('og:image', /<meta property="og:image" content="http[^"]+"/);
    const image = /<meta property="og:image" content="([^"]+)"/.exec(head)?.[1];
    if (image) {
      const local = new URL(image);
      const picture = await fetch(`${base}${local.pathname}`);
      if (!picture.ok || !(picture.headers.get('content-type') ?? '').startsWith('image/')) {
        report('metadata', 'error', `${pathname}: og:image ${image} is not an image`);
      }
    }
    if (/<form[^>]* action=""/.test(html)) report('metadata', 'error', `${pathname}: a form with an empty action`);
    const ldBlocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    if (/\/(jarjestajat|arrangorer|toiminta)\//.test(pathname) && ldBlocks.length === 0) report('metadata', 'error', `${pathname}: no JSON-LD`);
    for (const block of ldBlocks) {
      const text = JSON.stringify(JSON.parse(block));
      for (const [, time] of text.matchAll(/"(?:startTime|endTime)":"([^"]+)"/g)) {
        if (!/^\d{2}:\d{2}:\d{2}/.test(time)) report('metadata', 'error', `${pathname}: schema.org time ${time} has no seconds`);
      }
    }
  }
}

async function checkHtml(pages) {
  touch('html');
  // The checker refuses to fetch from private addresses: it gets the pages as files.
  const dir = path.join(work, 'html');
  fs.mkdirSync(dir);
  const files = new Map();
  for (const [index, pathname] of pages.entries()) {
    const file = path.join(dir, `page-${index}.html`);
    fs.writeFileSync(file, await (await get(pathname, 'text/html')).text());
    files.set(file, pathname);
  }
  const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
  const result = run('java', ['-Xss2m', '-jar', jar, '--format', 'json', '--exit-zero-always', ...files.keys()]);
  const start = result.stderr.indexOf('{');
  if (start < 0) return report('html', 'error', `vnu gave no report: ${result.stderr.slice(-300)}`);
  for (const message of JSON.parse(result.stderr.slice(start)).messages ?? []) {
    const where = files.get(decodeURIComponent(message.url?.replace(/^file:/, '') ?? '')) ?? message.url ?? '';
    if (message.type === 'error' || message.type === 'non-document-error') report('html', 'error', `${where}: ${message.message}`);
    else if (message.subType === 'warning') report('html', 'warning', `${where}: ${message.message}`);
  }
  console.log(`html: ${pages.length} pages checked`);
}

// ---------------------------------------------------------------------------------------------
// Sitemap

async function checkSitemap() {
  touch('sitemap');
  const response = await get('/sitemap.xml');
  if (response.status !== 200) return report('sitemap', 'error', `/sitemap.xml answered ${response.status}`);
  const file = path.join(work, 'sitemap.xml');
  const xml = await response.text();
  fs.writeFileSync(file, xml);
  const result = run('xmllint', ['--noout', '--schema', path.resolve('scripts/standards/xsd/sitemap-hreflang.xsd'), file]);
  for (const line of result.stderr.split('\n').filter((l) => /error/i.test(l))) report('sitemap', 'error', line);
  if (result.status !== 0 && !/error/i.test(result.stderr)) report('sitemap', 'error', result.stderr.trim() || `xmllint exited ${result.status}`);
  console.log(`sitemap: ${(xml.match(/<url>/g) ?? []).length} URLs`);
}

// ---------------------------------------------------------------------------------------------

async function waitForServer(server) {
  for (let i = 0; i < 120; i += 1) {
    if (server.exitCode !== null) throw new Error('next start exited');
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app did not answer on ${base}`);
}

async function main() {
  for (const tool of ['java', 'xmllint']) {
    if (run('sh', ['-c', `command -v ${tool}`]).status !== 0) {
      throw new Error(`${tool} is missing (Debian: apt-get install ${tool === 'java' ? 'default-jre-headless' : 'libxml2-utils'})`);
    }
  }
  console.log(`Demo database in ${env.PGLITE_DATA_DIR}`);
  npmRun('db:migrate');
  npmRun('db:seed');
  if (!process.argv.includes('--no-build')) npmRun('build');
  // The locales the pages must list, from the routing (run through tsx: it is TypeScript).
  const locales = run('npx', ['--no-install', 'tsx', '-e', "import('./src/i18n/routing.ts').then((m) => console.log(JSON.stringify({ locales: m.routing.locales })))"]);
  fs.writeFileSync(path.join(work, 'locales.json'), locales.stdout.trim().split('\n').at(-1));

  // Its own process group, so that stopping it also stops the server npx starts.
  const server = spawn('npx', ['--no-install', 'next', 'start', '-p', port], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  try {
    await waitForServer(server);
    await checkOpenApi();
    await checkHsds();
    await checkIcal();
    const pages = await publicPages();
    await checkMetadata(pages);
    await checkHtml(pages);
    await checkSitemap();
  } finally {
    process.kill(-server.pid, 'SIGTERM');
    if (!process.env.KEEP_STANDARDS_DIR) fs.rmSync(work, { recursive: true, force: true });
  }

  console.log('\nStandards check');
  let failed = false;
  for (const [tool, { errors, warnings, notes }] of results) {
    console.log(`  ${tool.padEnd(9)} ${String(errors).padStart(4)} errors ${String(warnings).padStart(4)} warnings`);
    for (const note of notes) console.log(`      ${note}`);
    if (errors > 0) failed = true;
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`check:standards: ${error.message}`, error.cause ?? '');
  process.exit(1);
});
