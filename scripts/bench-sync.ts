// Benchmarks the Lähellä sync at full scale:
//
//   npm run bench:sync -- [--items 20000] [--page-size 200] [--runs 1] [--profile] [--keep]
//
// Starts the fake upstream in a child process (so its memory is not counted), opens a
// fresh database (in-memory PGlite, or a throwaway database on the server in DATABASE_URL),
// migrates it, loads taxonomies, then times a first sync and an unchanged re-sync, printing
// wall time and peak RSS (sampled every 20 ms) of each. Targets: first ≤ 60 s and ≤ 300 MB,
// re-sync ≤ 10 s; before that it times the HTML sanitiser on hostile input (< 200 ms each).
// --profile also prints the statements that took the most time; --keep leaves the server
// database in place (for EXPLAIN; drop it afterwards).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase, type Database } from '@/server/db/connection';
import type { SqlExecutor } from '@/server/db/sql-executor';
import { applyMigrations } from '@/server/db/migrate';
import { loadTaxonomies } from '@/server/taxonomies/load';
import { parseSyncConfig } from '@/server/sync/config';
import { runSync, type SyncSummary } from '@/server/sync/run-sync';
import { htmlToText, sanitizeHtml } from '@/server/sync/sanitize-html';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '20000' },
    'page-size': { type: 'string', default: '200' },
    runs: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const items = Number(values.items);
const runs = Number(values.runs);

async function startUpstream(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=react-server', path.resolve(import.meta.dirname, 'fake-upstream.ts'), '--port', '0', '--lahella', String(items), '--ptv', '0'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /LAHELLA_API_URL=(\S+)/.exec(buffer);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`fake upstream exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

async function freshDatabase(): Promise<{ database: Database; drop: () => Promise<void>; where: string }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({ dataDir: 'memory://' });
    return { database, drop: async () => undefined, where: database.describe };
  }
  const name = `polku_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  return {
    database,
    where: `${database.describe} (throwaway)`,
    drop: async () => {
      if (values.keep) return console.log(`kept database ${name}`);
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

async function measure(label: string, fn: () => Promise<SyncSummary>): Promise<{ seconds: number; peakMb: number; summary: SyncSummary }> {
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  try {
    const summary = await fn();
    const seconds = (performance.now() - started) / 1000;
    peak = Math.max(peak, process.memoryUsage().rss);
    const peakMb = peak / 1024 / 1024;
    const cpu = process.cpuUsage(cpuBefore);
    // Node's own CPU time: the rest of the wall time is PostgreSQL, the upstream, or waiting for a core.
    console.log(
      `${label.padEnd(9)} ${seconds.toFixed(1).padStart(6)} s  peak RSS ${peakMb.toFixed(0).padStart(4)} MB  ` +
        `Node CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s  ` +
        `${summary.status} created ${summary.created} updated ${summary.updated} unchanged ${summary.unchanged}`,
    );
    return { seconds, peakMb, summary };
  } finally {
    clearInterval(timer);
  }
}

/** --profile: time spent per SQL statement (by its text), printed after each measured sync. */
const statementTimes = new Map<string, { calls: number; ms: number }>();

function profiled(sql: SqlExecutor): SqlExecutor {
  return {
    mode: sql.mode,
    async query<T>(text: string, params?: unknown[]) {
      const started = performance.now();
      try {
        return await sql.query<T>(text, params);
      } finally {
        const key = text.replace(/\s+/g, ' ').trim().slice(0, 110);
        const entry = statementTimes.get(key) ?? { calls: 0, ms: 0 };
        entry.calls++;
        entry.ms += performance.now() - started;
        statementTimes.set(key, entry);
      }
    },
    exec: (text) => sql.exec(text),
    transaction: (fn) => sql.transaction((tx) => fn(profiled(tx))),
  };
}

function printProfile(): void {
  const top = [...statementTimes.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12);
  for (const [text, { calls, ms }] of top) {
    console.log(`  ${(ms / 1000).toFixed(2).padStart(7)} s ${String(calls).padStart(6)}×  ${text}`);
  }
  statementTimes.clear();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Upstream text is hostile input: the sanitiser and the text conversion must stay linear.
 * Prints the median of five runs for each shape (target: under 200 ms each).
 */
function benchSanitiser(): boolean {
  const inputs: [string, string][] = [
    ["'<a '.repeat(1e5)", '<a '.repeat(100_000)],
    ['unclosed quotes', '<a href="'.repeat(30_000)],
    ['unclosed comments', '<!--'.repeat(50_000)],
    ['deep nesting', '<b>'.repeat(50_000) + '</i>'.repeat(50_000)],
    ['entity-like text', '&#x'.repeat(50_000) + '&a'.repeat(50_000)],
  ];
  let ok = true;
  for (const [label, input] of inputs) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      sanitizeHtml(input);
      htmlToText(input);
      times.push(performance.now() - started);
    }
    const ms = median(times);
    if (ms >= 200) ok = false;
    console.log(`sanitiser ${label.padEnd(20)} ${ms.toFixed(1).padStart(7)} ms (${input.length} characters, sanitise + text, median of 5)`);
  }
  return ok;
}

async function main(): Promise<void> {
  const sanitiserOk = benchSanitiser();
  const upstream = await startUpstream();
  const results: { first: number[]; firstMb: number[]; again: number[]; againMb: number[] } = { first: [], firstMb: [], again: [], againMb: [] };
  try {
    for (let i = 0; i < runs; i++) {
      const { database, drop, where } = await freshDatabase();
      const measured = values.profile ? { ...database, executor: profiled(database.executor) } : database;
      // As in `npm run sync`: the job runs SQL only; Prisma's client would be made on first use.
      (globalThis as Record<string, unknown>).__polkuDb = Promise.resolve({ database: measured });
      try {
        await applyMigrations(database.executor);
        await loadTaxonomies(database.executor);
        if (i === 0) console.log(`${items} Lähellä items from ${upstream.url} into ${where}; baseline RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
        const config = parseSyncConfig({ LAHELLA_API_URL: upstream.url, SYNC_PAGE_SIZE: values['page-size'] });
        const sync = async () => {
          const result = await runSync({ sources: ['LAHELLA'], trigger: 'CLI', config });
          if (result.status !== 'finished') throw new Error('already running');
          const summary = result.summaries[0]!;
          if (summary.status === 'FAILED') throw new Error(summary.errors.join('; '));
          return summary;
        };
        const first = await measure('first', sync);
        if (values.profile) printProfile();
        const again = await measure('re-sync', sync);
        if (values.profile) printProfile();
        results.first.push(first.seconds);
        results.firstMb.push(first.peakMb);
        results.again.push(again.seconds);
        results.againMb.push(again.peakMb);
      } finally {
        (globalThis as Record<string, unknown>).__polkuDb = undefined;
        await database.close();
        await drop();
      }
    }
  } finally {
    upstream.stop();
  }
  if (runs > 1) {
    console.log(
      `median of ${runs}: first ${median(results.first).toFixed(1)} s / ${median(results.firstMb).toFixed(0)} MB, ` +
        `re-sync ${median(results.again).toFixed(1)} s / ${median(results.againMb).toFixed(0)} MB`,
    );
  }
  const ok = sanitiserOk && median(results.first) <= 60 && median(results.firstMb) <= 300 && median(results.again) <= 10;
  console.log(
    ok
      ? 'Within targets (≤ 60 s, ≤ 300 MB; re-sync ≤ 10 s; sanitiser < 200 ms).'
      : 'OUTSIDE the targets (≤ 60 s, ≤ 300 MB; re-sync ≤ 10 s; sanitiser < 200 ms).',
  );
  if (!ok) process.exitCode = 1;
}

await main();
