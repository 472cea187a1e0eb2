// npm run bench:pages -- [--db postgres|pglite|both] [--count 10000] [--duration 10] [--reseed] [--rebuild]
// (also `npm run bench:load`)
//
// Load-tests a production build the way a user meets it: `next start` on loopback,
// autocannon at 10 connections, each catalogue page beside the accessibility statement
// page of the same build and run (the statement page is measured right before each page,
// so the ratio compares neighbours on a noisy machine). Prints req/s and p50/p99 latency,
// the ratio of req/s to the statement page, and the server's resident memory (RSS)
// after 10,000 requests.
//
// Databases: PostgreSQL (a dedicated database "polku_bench_pages" on the server of
// BENCH_DATABASE_URL, else DATABASE_URL, else postgresql://root@127.0.0.1:5432/postgres,
// seeded with --count demo activities and reused on the next run) and the embedded
// default (PGlite in .data/bench-pages, with the normal demo data).
// The open API's rate limit is switched off for the run (API_RATE_LIMIT_PER_MINUTE=0):
// 10 connections from one address would otherwise measure the limiter's 429s.
// It prints figures and asserts nothing: the machine may be busy.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    count: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    reseed: { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
  },
});
const databases = values.db === 'both' ? ['postgres', 'pglite'] : [values.db];
if (!databases.every((db) => db === 'postgres' || db === 'pglite')) {
  console.error('--db must be postgres, pglite or both');
  process.exit(2);
}
const count = Number(values.count);
const duration = Number(values.duration);
const connections = Number(values.connections);
if (!(count >= 100 && duration >= 1 && connections >= 1)) {
  console.error('--count must be at least 100, --duration and --connections at least 1');
  process.exit(2);
}
const port = process.env.PORT ?? '3340';
const origin = `http://127.0.0.1:${port}`;
const RSS_AFTER_REQUESTS = 10_000;
const BENCH_DB = 'polku_bench_pages';

const baseEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  API_RATE_LIMIT_PER_MINUTE: '0',
  // Production refuses demo mode (its logins are public); the bench needs none of it.
  DEMO_MODE: '0',
  AUTH_SECRET: process.env.AUTH_SECRET ?? 'bench-pages-secret-bench-pages-secret-0123456789',
  PUBLIC_BASE_URL: origin,
};
delete baseEnv.PGLITE_DATA_DIR;

function npm(args, env) {
  const result = spawnSync('npm', ['run', '--silent', ...args], { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`npm run ${args.join(' ')} failed`);
}

async function postgresEnv() {
  const serverUrl =
    process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgresql://root@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  if (values.reseed) await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
  const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [BENCH_DB]);
  if (!rowCount) await admin.query(`CREATE DATABASE ${BENCH_DB}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${BENCH_DB}`;
  const env = { ...baseEnv, DATABASE_URL: url.toString() };
  npm(['db:migrate'], env);
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Activity" WHERE "isDemo"`);
  await client.end();
  if (rows[0].n !== count) npm(['db:seed', '--', '--reset', '--count', String(count)], env);
  else npm(['db:seed'], env);
  return env;
}

function pgliteEnv() {
  const dir = path.resolve('.data/bench-pages/pglite');
  if (values.reseed) fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  const env = { ...baseEnv, PGLITE_DATA_DIR: dir };
  delete env.DATABASE_URL;
  npm(['db:migrate'], env);
  npm(['db:seed'], env);
  return env;
}

function startServer(env) {
  // The server itself, not npx or npm around it, so its RSS is the one measured.
  // As in production (Dockerfile, README "Deployment"): a bounded heap. Unbounded, Node lets the
  // heap grow towards ~2 GB before collecting in earnest, which reads as a leak in the RSS figure.
  const heap = process.env.NODE_OPTIONS ? [] : ['--max-old-space-size=384'];
  const child = spawn(process.execPath, [...heap, 'node_modules/next/dist/bin/next', 'start', '-p', port], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return child;
}

async function waitForHealth(child) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the server did not answer /api/health within 120 s');
}

async function json(pathname) {
  const response = await fetch(`${origin}${pathname}`);
  if (!response.ok) throw new Error(`${pathname} answered ${response.status}`);
  return response.json();
}

async function pickTargets() {
  const list = await json('/api/v1/activities?locale=fi&limit=1&q=vertaistuki');
  const activity = list.data?.[0] ?? (await json('/api/v1/activities?locale=fi&limit=1')).data?.[0];
  if (!activity?.slug) throw new Error('no published activity to load');
  return [
    { name: 'front page', path: '/fi' },
    { name: 'results page', path: '/fi/haku?q=vertaistuki&municipality=raahe' },
    { name: 'activity page', path: `/fi/toiminta/${encodeURIComponent(activity.slug)}` },
    { name: 'theme page', path: '/fi/teemat/mielen-hyvinvointi' },
    { name: 'API list', path: '/api/v1/activities?locale=fi' },
  ];
}

function cannon(pathname, seconds) {
  return new Promise((resolve, reject) => {
    autocannon({ url: `${origin}${pathname}`, connections, duration: seconds }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

const STATEMENT = { name: 'accessibility statement', path: '/fi/saavutettavuus' };

async function benchDatabase(db) {
  console.log(`\n== ${db === 'postgres' ? `PostgreSQL (${count} activities)` : 'embedded PGlite (demo data)'} ==`);
  const env = db === 'postgres' ? await postgresEnv() : pgliteEnv();
  const server = startServer(env);
  try {
    await waitForHealth(server);
    const targets = await pickTargets();
    // Warm-up: the search index builds in the background at start; JIT and caches settle.
    for (const target of [STATEMENT, ...targets]) {
      const status = (await fetch(`${origin}${target.path}`)).status;
      if (status !== 200) throw new Error(`${target.path} answered ${status}`);
      await cannon(target.path, 1);
    }
    const rssStart = rssMb(server.pid);
    let requests = 0;
    const rows = [];
    for (const target of targets) {
      const statement = await cannon(STATEMENT.path, duration);
      const page = await cannon(target.path, duration);
      requests += statement.requests.total + page.requests.total;
      rows.push({ target, statement, page });
      console.log(
        `  ${target.name}: ${page.requests.average.toFixed(1)} req/s beside ${statement.requests.average.toFixed(1)} (statement)`,
      );
    }
    // Top up to 10,000 requests for the memory figure, but never for longer than 5 minutes.
    const topUpUntil = Date.now() + 300_000;
    while (requests < RSS_AFTER_REQUESTS && Date.now() < topUpUntil) {
      for (const target of [STATEMENT, ...targets]) {
        const result = await cannon(target.path, 1);
        requests += result.requests.total;
      }
    }
    const rssEnd = rssMb(server.pid);

    const pad = (text, width) => String(text).padEnd(width);
    const num = (value, width, digits = 0) => value.toFixed(digits).padStart(width);
    console.log(
      `${pad('page', 24)}${pad('path', 46)}${'req/s'.padStart(8)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}` +
        `${'statement req/s'.padStart(17)}${'ratio'.padStart(7)}${'non-2xx'.padStart(9)}`,
    );
    for (const { target, statement, page } of rows) {
      const bad = page.non2xx + page.errors + page.timeouts + statement.non2xx + statement.errors + statement.timeouts;
      console.log(
        `${pad(target.name, 24)}${pad(target.path.slice(0, 45), 46)}${num(page.requests.average, 8, 1)}` +
          `${num(page.latency.p50, 8)}${num(page.latency.p99, 8)}${num(statement.requests.average, 17, 1)}` +
          `${num(page.requests.average / statement.requests.average, 7, 2)}${num(bad, 9)}`,
      );
    }
    const statementLatency = rows.map((row) => row.statement.latency);
    console.log(
      `statement page p50 ${Math.min(...statementLatency.map((l) => l.p50))}–${Math.max(...statementLatency.map((l) => l.p50))} ms, ` +
        `p99 ${Math.min(...statementLatency.map((l) => l.p99))}–${Math.max(...statementLatency.map((l) => l.p99))} ms over its ${rows.length} runs`,
    );
    console.log(
      `server RSS: ${rssStart.toFixed(0)} MB after warm-up, ${rssEnd.toFixed(0)} MB after ${requests} requests ` +
        `(${connections} connections, ${duration} s per run)`,
    );
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)));
  }
}

if (!fs.existsSync('.next/BUILD_ID') || values.rebuild) npm(['build'], { ...baseEnv });
console.log(`bench:pages at ${new Date().toISOString()}, load average ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
for (const db of databases) await benchDatabase(db);
