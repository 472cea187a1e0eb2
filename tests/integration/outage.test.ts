import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as health } from '@/app/api/health/route';
import { GET as listActivities } from '@/app/api/v1/activities/route';
import { GET as embed } from '@/app/embed/activities/route';
import { openDatabase, type Database } from '@/server/db/connection';
import { parseDatabaseLimits } from '@/server/db/limits';
import { applyMigrations } from '@/server/db/migrate';
import { registerServerPageGate } from '@/server/page-gate';
import { loadTaxonomies } from '@/server/taxonomies/load';
import proxy from '@/proxy';
import { startFreezableProxy, type FreezableProxy } from '../support/freezable-proxy';

// The defaults an operator gets: a frozen database must give a 503 within a few seconds.
const DEFAULTS = parseDatabaseLimits({});
const WITHIN_MS = DEFAULTS.statementTimeoutMs + 3_000;

function install(database: Database | undefined): void {
  (globalThis as Record<string, unknown>).__polkuDb = database ? Promise.resolve({ database }) : undefined;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

const page = (path: string) => proxy(new NextRequest(`http://polku.test${path}`, { headers: { accept: 'text/html' } }));
const api = (path: string) => new Request(`http://polku.test${path}`);

async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('did not recover in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function expectUnavailableEverywhere(): Promise<void> {
  const apiAnswer = await timed(() => listActivities(api('/api/v1/activities')));
  expect(apiAnswer.value.status).toBe(503);
  expect(apiAnswer.value.headers.get('content-type')).toBe('application/problem+json');
  expect(apiAnswer.value.headers.get('retry-after')).toMatch(/^\d+$/);
  expect((await apiAnswer.value.json()).status).toBe(503);
  expect(apiAnswer.ms).toBeLessThan(WITHIN_MS);

  const embedAnswer = await timed(() => embed(api('/embed/activities?locale=sv')));
  expect(embedAnswer.value.status).toBe(503);
  expect(embedAnswer.value.headers.get('content-type')).toBe('application/problem+json');
  expect(await embedAnswer.value.text()).not.toMatch(/ogiltiga|virheellisiä|invalid/i);
  expect(embedAnswer.ms).toBeLessThan(WITHIN_MS);

  const fi = await timed(() => page('/fi/haku?q=kuoro'));
  expect(fi.value.status).toBe(503);
  const html = await fi.value.text();
  expect(html).toContain('<html lang="fi">');
  expect(html).toContain('Palvelu ei ole juuri nyt käytettävissä');
  expect(html).not.toContain('<script');
  expect(fi.ms).toBeLessThan(WITHIN_MS);

  const sv = await page('/sv/sok');
  expect(sv.status).toBe(503);
  expect(await sv.text()).toContain('<html lang="sv">');

  const apiThroughProxy = await proxy(new NextRequest('http://polku.test/api/v1/organizations'));
  expect(apiThroughProxy.status).toBe(503);
  expect(apiThroughProxy.headers.get('content-type')).toBe('application/problem+json');

  expect((await health()).status).toBe(503);
}

async function expectRecovered(): Promise<void> {
  // The gate re-checks the database at most once a second; the pool opens fresh connections.
  await eventually(async () => (await listActivities(api('/api/v1/activities'))).status === 200);
  await eventually(async () => (await page('/fi/haku')).status === 200);
  expect((await embed(api('/embed/activities'))).status).toBe(200);
  expect((await health()).status).toBe(200);
}

describe.runIf(process.env.TEST_DATABASE_URL)('a frozen PostgreSQL server', () => {
  const serverUrl = new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://localhost/postgres');
  const name = `polku_outage_${randomBytes(4).toString('hex')}`;
  let tcp: FreezableProxy;
  let database: Database;

  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl.toString() });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };

  beforeAll(async () => {
    await admin(`CREATE DATABASE "${name}"`);
    const direct = new URL(serverUrl);
    direct.pathname = `/${name}`;
    const setup = await openDatabase({ databaseUrl: direct.toString() });
    await applyMigrations(setup.executor);
    await loadTaxonomies(setup.executor);
    await setup.close();

    tcp = await startFreezableProxy({ host: serverUrl.hostname, port: Number(serverUrl.port || 5432) });
    const proxied = new URL(direct);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(tcp.port);
    const { openPostgres } = await import('@/server/db/postgres');
    database = await openPostgres(proxied.toString(), DEFAULTS);
    install(database);
    registerServerPageGate();
  });

  afterAll(async () => {
    install(undefined);
    tcp?.thaw();
    await database?.close().catch(() => undefined);
    await tcp?.close();
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('answers 503 within seconds while frozen (pages, API, embed, health) and recovers when it returns', async () => {
    expect((await listActivities(api('/api/v1/activities'))).status).toBe(200);
    expect((await page('/fi/haku')).status).toBe(200);

    tcp.freeze();
    // Let the gate's last good answer go stale.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await expectUnavailableEverywhere();

    tcp.thaw();
    await expectRecovered();
  });
});

describe.skipIf(process.env.TEST_DATABASE_URL)('a stuck embedded database', () => {
  let database: Database;
  let release: () => void = () => undefined;
  let holding: Promise<unknown> = Promise.resolve();

  beforeAll(async () => {
    const { openPglite } = await import('@/server/db/pglite');
    database = await openPglite('memory://', undefined, DEFAULTS);
    await applyMigrations(database.executor);
    await loadTaxonomies(database.executor);
    install(database);
    registerServerPageGate();
  });

  afterAll(async () => {
    release();
    await holding.catch(() => undefined);
    install(undefined);
    await database?.close();
  });

  it('answers 503 within seconds while a transaction holds it and recovers when it ends', async () => {
    expect((await listActivities(api('/api/v1/activities'))).status).toBe(200);

    // PGlite runs one transaction at a time: one that never ends stops every other caller.
    holding = database.executor.transaction(() => new Promise<void>((resolve) => (release = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await expectUnavailableEverywhere();

    release();
    await holding;
    await expectRecovered();
  });
});
