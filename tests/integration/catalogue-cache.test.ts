// The catalogue pages' data is cached in Next's data cache (the real one, as `next start`
// builds it), keyed on the catalogue version. Nothing in a write path tells the cache about
// a change, so what this test writes stands for any writer: a coordinator on another
// instance, the sync run from cron in its own process. Each change must show on the very
// next read of a cached page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Next's server sets up its AsyncLocalStorage global this way before anything of it loads.
import 'next/dist/server/node-environment-baseline';
import { IncrementalCache } from 'next/dist/server/lib/incremental-cache';
import { nodeFs } from 'next/dist/server/lib/node-fs-methods';
import { useTestDatabase } from '../support/use-test-database';
import { lahellaKey, startFakeUpstream, type FakeUpstream } from '../support/fake-upstream';
import { parseSyncConfig, type SyncConfig } from '@/server/sync/config';
import { runSync } from '@/server/sync/run-sync';
import { runSearch } from '@/server/search/results';
import { listNewestActivities } from '@/server/activities/queries';
import { getFrontPageCatalogue, listFeaturedActivities } from '@/server/catalogue/front-page';
import { catalogueVersion } from '@/server/cache/catalogue-cache';

const db = useTestDatabase();
const COUNT = 6;
let fake: FakeUpstream;
let config: SyncConfig;
let cacheDir: string;
const globalForCache = globalThis as unknown as { __incrementalCache?: IncrementalCache };

beforeAll(async () => {
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'polku-cache-'));
  globalForCache.__incrementalCache = new IncrementalCache({
    fs: nodeFs,
    dev: false,
    minimalMode: false,
    flushToDisk: false,
    serverDistDir: cacheDir,
    requestHeaders: {},
    maxMemoryCacheSize: 50 * 1024 * 1024,
    previewProps: { previewModeId: 'test', previewModeSigningKey: 'test', previewModeEncryptionKey: 'test' },
    prerenderManifest: {
      version: 4,
      routes: {},
      dynamicRoutes: {},
      notFoundRoutes: [],
      preview: { previewModeId: 'test', previewModeSigningKey: 'test', previewModeEncryptionKey: 'test' },
    },
  });
  fake = await startFakeUpstream({ lahellaCount: COUNT, lahellaToken: 'test-token' });
  config = parseSyncConfig({ ...fake.env, SYNC_PAGE_SIZE: '10' });
});

afterAll(async () => {
  globalForCache.__incrementalCache = undefined;
  fs.rmSync(cacheDir, { recursive: true, force: true });
  await fake?.close();
});

async function sync(): Promise<void> {
  const result = await runSync({ sources: ['LAHELLA'], trigger: 'CLI', config });
  if (result.status !== 'finished' || result.summaries[0]?.status !== 'SUCCEEDED') throw new Error('the sync failed');
}

const resultTitles = async (raw: Record<string, string>) =>
  (await runSearch(raw, { locale: 'fi' })).cards.map((card) => card.title.text);
const newestTitles = async () => (await listNewestActivities({ locale: 'fi', limit: 12 })).map((card) => card.title.text);

describe('cached catalogue pages', () => {
  it('keep their data while nothing changes', async () => {
    await sync();
    const version = await catalogueVersion();
    const first = await runSearch({ sort: 'name' }, { locale: 'fi' });
    expect(first.total).toBe(COUNT);
    expect(await runSearch({ sort: 'name' }, { locale: 'fi' })).toEqual(first);
    expect(await catalogueVersion()).toBe(version);
  });

  it('show a sync’s changes on the next read: results, front page, newest', async () => {
    const key = lahellaKey(2);
    const before = await resultTitles({ sort: 'name' });
    expect(before.some((title) => title.endsWith('(muutettu)'))).toBe(false);
    expect((await newestTitles()).some((title) => title.endsWith('(muutettu)'))).toBe(false);

    fake.control({ changeKeys: [key] });
    await sync();
    const renamed = (await resultTitles({ sort: 'name' })).filter((title) => title.endsWith('(muutettu)'));
    expect(renamed).toHaveLength(1);
    expect(await newestTitles()).toContain(renamed[0]);
    const upcoming = (await getFrontPageCatalogue('fi', 20)).upcoming.map((card) => card.title.text);
    if (upcoming.length === COUNT) expect(upcoming).toContain(renamed[0]);
  });

  it('show a coordinator’s edits on the next read: featured, hidden, themes, organisation names', async () => {
    const { prisma } = db.current;
    const activity = await prisma.activity.findFirstOrThrow({ where: { source: 'LAHELLA' }, orderBy: { titleFi: 'asc' } });
    expect(await listFeaturedActivities({ locale: 'fi', limit: 3 })).toEqual([]);
    await prisma.activity.update({ where: { id: activity.id }, data: { featured: true } });
    expect((await listFeaturedActivities({ locale: 'fi', limit: 3 })).map((card) => card.slug)).toEqual([activity.slug]);

    const themeSlugs = async () => (await runSearch({ theme: 'money' }, { locale: 'fi' })).cards.map((c) => c.slug);
    await prisma.activityTheme.deleteMany({ where: { activityId: activity.id } });
    expect(await themeSlugs()).not.toContain(activity.slug);
    const countBefore = (await getFrontPageCatalogue('fi', 4)).themeCounts.money ?? 0;
    await prisma.activityTheme.create({ data: { activityId: activity.id, themeCode: 'money' } });
    expect(await themeSlugs()).toContain(activity.slug);
    expect((await getFrontPageCatalogue('fi', 4)).themeCounts.money).toBe(countBefore + 1);

    const organization = await prisma.organization.findFirstOrThrow({ where: { activities: { some: { id: activity.id } } } });
    await prisma.organization.update({ where: { id: organization.id }, data: { nameFi: 'Uusinimi ry' } });
    const card = (await runSearch({ sort: 'name' }, { locale: 'fi' })).cards.find((c) => c.slug === activity.slug);
    expect(card?.organizerName?.text).toBe('Uusinimi ry');

    await prisma.activity.update({ where: { id: activity.id }, data: { status: 'HIDDEN' } });
    expect(await listFeaturedActivities({ locale: 'fi', limit: 3 })).toEqual([]);
    expect((await runSearch({ theme: 'money' }, { locale: 'fi' })).cards.map((c) => c.slug)).not.toContain(activity.slug);
    expect((await newestTitles())).not.toContain(activity.titleFi);
  });
});
