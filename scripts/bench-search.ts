// npm run bench:search -- [--count 100000] [--rounds 7] [--reseed]
//
// Seeds N demo activities into a dedicated benchmark database (the database
// "polku_bench" on the server of DATABASE_URL, or an embedded PGlite directory in
// .data/bench when DATABASE_URL is unset), then runs a fixed mix of searches
// through the same code the results page uses and prints p50/p95 per kind and
// overall, beside the same mix done as a naive ILIKE scan, and the in-process search
// index's build time and memory (run node with --expose-gc for exact heap figures:
// NODE_OPTIONS=--expose-gc). It prints figures and
// asserts nothing: the machine may be busy.
import { parseArgs } from 'node:util';
import path from 'node:path';
import pg from 'pg';
import { z } from 'zod';
import { PrismaClient } from '@/generated/prisma/client';
import { openDatabase, type Database } from '@/server/db/connection';
import { applyMigrations } from '@/server/db/migrate';
import { loadTaxonomies } from '@/server/taxonomies/load';
import { writeDemoCatalogue, clearDemoData } from '@/server/demo/write';
import { runSearch } from '@/server/search/results';
import { indexStore } from '@/server/search/index-store';
import { queryTerms } from '@/lib/search/text';
import { runCli } from './run-cli';

const argsSchema = z.object({
  count: z.coerce.number().int().min(100).max(1_000_000).default(100_000),
  rounds: z.coerce.number().int().min(1).max(100).default(7),
  reseed: z.boolean().default(false),
});

type Raw = Record<string, string | string[]>;
interface Case {
  kind: string;
  locale: 'fi' | 'sv';
  raw: Raw;
}

const CASES: Case[] = [
  { kind: 'one word', locale: 'fi', raw: { q: 'kahvila' } },
  { kind: 'one word', locale: 'fi', raw: { q: 'vertaistuki' } },
  { kind: 'one word', locale: 'fi', raw: { q: 'ryhmä' } },
  { kind: 'multi-word', locale: 'fi', raw: { q: 'omaishoitajien vertaistuki' } },
  { kind: 'multi-word', locale: 'fi', raw: { q: 'kävely ryhmä ikäihmisille' } },
  { kind: 'typo', locale: 'fi', raw: { q: 'kävelyrymä' } },
  { kind: 'typo', locale: 'fi', raw: { q: 'muistikahvla' } },
  { kind: 'typo', locale: 'fi', raw: { q: 'vertastuki' } },
  { kind: 'typo', locale: 'fi', raw: { q: 'omaishoitajien vertaistki' } },
  { kind: 'typo', locale: 'sv', raw: { q: 'kamratstod' } },
  { kind: 'inflection, compound', locale: 'fi', raw: { q: 'ystävätoimintaa' } },
  { kind: 'inflection, compound', locale: 'fi', raw: { q: 'vertaistukiryhmä' } },
  { kind: 'swedish', locale: 'sv', raw: { q: 'minneskafé' } },
  { kind: 'swedish', locale: 'sv', raw: { q: 'stöd för närstående' } },
  { kind: 'filters only', locale: 'fi', raw: {} },
  { kind: 'filters only', locale: 'fi', raw: { theme: 'mental-wellbeing', municipality: 'oulu' } },
  { kind: 'filters only', locale: 'sv', raw: { age: 'seniors', free: '1', date: 'week', sort: 'soonest' } },
  { kind: 'words + filters', locale: 'fi', raw: { q: 'ryhmä', area: 'lakeus', free: '1' } },
  { kind: 'words + filters', locale: 'fi', raw: { q: 'neuvonta', provider: 'parish', sort: 'name', page: '3' } },
  // Weekday, time of day, open now and nearest first (the naive scan leaves these out).
  { kind: 'when / near', locale: 'fi', raw: { day: 'sat', time: 'morning' } },
  { kind: 'when / near', locale: 'fi', raw: { date: 'weekend', time: 'evening', municipality: 'oulu' } },
  { kind: 'when / near', locale: 'fi', raw: { open: '1' } },
  { kind: 'when / near', locale: 'fi', raw: { near: '65.01,25.47' } },
  { kind: 'when / near', locale: 'sv', raw: { near: 'raahe', theme: 'mental-wellbeing' } },
];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(sorted, 95).toFixed(1).padStart(7)} ms`;
}

/** The obvious implementation: ILIKE over every text column, joins for filters. */
async function naiveSearch(database: Database, kase: Case): Promise<void> {
  const params: unknown[] = [];
  const where = [`a.status = 'PUBLISHED'`];
  for (const term of queryTerms(String(kase.raw.q ?? ''))) {
    params.push(`%${term}%`);
    const p = `$${params.length}`;
    where.push(`(a."titleFi" ILIKE ${p} OR a."titleSv" ILIKE ${p} OR a."summaryFi" ILIKE ${p} OR a."summarySv" ILIKE ${p}
      OR a."descriptionFi" ILIKE ${p} OR a."descriptionSv" ILIKE ${p})`);
  }
  const link = (table: string, column: string, value: string) => {
    params.push(value);
    where.push(`EXISTS (SELECT 1 FROM "${table}" l WHERE l."activityId" = a.id AND l."${column}" = $${params.length})`);
  };
  if (kase.raw.theme) link('ActivityTheme', 'themeCode', String(kase.raw.theme));
  if (kase.raw.age) link('ActivityAgeGroup', 'ageGroupCode', String(kase.raw.age));
  if (kase.raw.municipality) {
    params.push(String(kase.raw.municipality));
    where.push(`EXISTS (SELECT 1 FROM "ActivityMunicipality" l JOIN "Municipality" m ON m.code = l."municipalityCode"
      WHERE l."activityId" = a.id AND m.slug = $${params.length})`);
  }
  if (kase.raw.free) where.push(`a."isFree"`);
  const filter = where.join(' AND ');
  await Promise.all([
    database.executor.query(
      `SELECT a.id, count(*) OVER () FROM "Activity" a WHERE ${filter} ORDER BY a."publishedAt" DESC LIMIT 20`,
      params,
    ),
    database.executor.query(
      `SELECT t."themeCode", count(*) FROM "Activity" a JOIN "ActivityTheme" t ON t."activityId" = a.id
       WHERE ${filter} GROUP BY 1`,
      params,
    ),
  ]);
}

async function openBenchDatabase(): Promise<Database> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return openDatabase({ dataDir: path.resolve('.data/bench/pglite') });
  const url = new URL(serverUrl);
  url.pathname = '/polku_bench';
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'polku_bench'`);
  if (!rowCount) await admin.query('CREATE DATABASE polku_bench');
  await admin.end();
  return openDatabase({ databaseUrl: url.toString() });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { count: { type: 'string' }, rounds: { type: 'string' }, reseed: { type: 'boolean' } },
  });
  const args = argsSchema.parse(values);
  const database = await openBenchDatabase();
  const prisma = new PrismaClient({ adapter: database.adapter });
  (globalThis as Record<string, unknown>).__polkuDb = Promise.resolve({ database, prisma });
  try {
    console.log(`Benchmark database: ${database.describe}`);
    await applyMigrations(database.executor);
    await loadTaxonomies(database.executor);
    const [{ count } = { count: 0 }] = await database.executor.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "Activity" WHERE "isDemo"`,
    );
    if (count !== args.count || args.reseed) {
      if (count > 0) await clearDemoData(database.executor);
      const started = performance.now();
      let last = 0;
      await writeDemoCatalogue(database.executor, {
        count: args.count,
        seed: 42,
        concurrency: 2,
        onProgress: (done, total) => {
          if (done - last >= total / 10 || done === total) {
            last = done;
            process.stdout.write(`\r  seeding ${done}/${total}`);
          }
        },
      });
      const seconds = (performance.now() - started) / 1000;
      console.log(`\r  seeded ${args.count} activities in ${seconds.toFixed(1)} s (${Math.round(args.count / seconds)}/s)`);
      await database.executor.exec('ANALYZE');
    } else {
      console.log(`  reusing ${count} seeded activities (--reseed to write them again)`);
    }

    // The in-process index: first build (the first search after start-up waits for it),
    // then what an up-to-date check costs each search.
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    (globalThis as { gc?: () => void }).gc?.();
    const before = process.memoryUsage();
    const store = indexStore(database.executor);
    await store.current();
    (globalThis as { gc?: () => void }).gc?.();
    const after = process.memoryUsage();
    const { stats } = store;
    console.log(
      `  index: ${stats.documents} documents built in ${(stats.buildMs / 1000).toFixed(1)} s ` +
        `(${(stats.readMs / 1000).toFixed(1)} s reading the database); ` +
        `arrays ~${mb(stats.bytes)}; heap +${mb(after.heapUsed - before.heapUsed)}, ` +
        `array buffers +${mb(after.arrayBuffers - before.arrayBuffers)} (RSS ${mb(after.rss)})`,
    );
    const checks: number[] = [];
    for (let i = 0; i < 50; i++) {
      const started = performance.now();
      await store.current();
      checks.push(performance.now() - started);
    }
    console.log(`  up-to-date check per search: ${summary(checks)}`);

    const smart = new Map<string, number[]>();
    const naive = new Map<string, number[]>();
    const all: number[] = [];
    const allNaive: number[] = [];
    const totals = new Map<string, number>();
    for (let round = 0; round <= args.rounds; round++) {
      for (const kase of CASES) {
        let started = performance.now();
        const result = await runSearch(kase.raw, { locale: kase.locale });
        const ms = performance.now() - started;
        started = performance.now();
        await naiveSearch(database, kase);
        const naiveMs = performance.now() - started;
        if (round === 0) {
          totals.set(JSON.stringify(kase.raw), result.total);
          continue; // warm-up
        }
        smart.set(kase.kind, [...(smart.get(kase.kind) ?? []), ms]);
        naive.set(kase.kind, [...(naive.get(kase.kind) ?? []), naiveMs]);
        all.push(ms);
        allNaive.push(naiveMs);
      }
    }

    console.log(`\n${args.count} activities, ${CASES.length} queries × ${args.rounds} rounds (after one warm-up round)\n`);
    console.log('kind               Polku search (incl. facets, cards)    naive ILIKE scan');
    for (const kind of smart.keys()) {
      console.log(`${kind.padEnd(18)} ${summary(smart.get(kind)!)}    ${summary(naive.get(kind)!)}`);
    }
    console.log(`${'all'.padEnd(18)} ${summary(all)}    ${summary(allNaive)}`);
    const median = (v: number[]) => percentile([...v].sort((a, b) => a - b), 50);
    console.log(`\nnaive / Polku, medians: ${(median(allNaive) / median(all)).toFixed(1)}×`);
    console.log('\nresults per query:');
    for (const [raw, total] of totals) console.log(`  ${String(total).padStart(6)}  ${raw}`);
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}

void runCli(main);
