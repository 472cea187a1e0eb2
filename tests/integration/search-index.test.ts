// The in-process search index follows the database: every committed change is visible
// to the next search, including transactions that commit after later ones.
import { describe, expect, it } from 'vitest';
import { runSearch } from '@/server/search/results';
import { useTestDatabase } from '../support/use-test-database';

const db = useTestDatabase();
const now = new Date('2026-11-25T10:00:00Z');

const titles = async (raw: Record<string, string>) =>
  (await runSearch(raw, { locale: 'fi', now })).cards.map((card) => card.title.text);

let seq = 0;
async function insertActivity(titleFi: string) {
  seq += 1;
  return db.current.prisma.activity.create({
    data: { slug: `index-${seq}`, status: 'PUBLISHED', providerType: 'ASSOCIATION', publishedAt: now, titleFi },
  });
}

describe('search index freshness', () => {
  it('sees inserts, edits, unpublishing, deletes and occurrences at the next search', async () => {
    const activity = await insertActivity('Sählyvuoro Pqz');
    expect(await titles({ q: 'sählyvuoro' })).toEqual(['Sählyvuoro Pqz']);

    await db.current.prisma.activity.update({ where: { id: activity.id }, data: { titleFi: 'Sulkapallovuoro Pqz' } });
    expect(await titles({ q: 'sählyvuoro' })).toEqual([]);
    expect(await titles({ q: 'sulkapallo' })).toEqual(['Sulkapallovuoro Pqz']);

    await db.current.prisma.activityOccurrence.create({
      data: { activityId: activity.id, startsAt: new Date('2026-11-27T15:00:00Z') },
    });
    expect(await titles({ q: 'pqz', date: 'range', from: '2026-11-27', to: '2026-11-27' })).toEqual([
      'Sulkapallovuoro Pqz',
    ]);
    expect(await titles({ q: 'pqz', date: 'range', from: '2026-11-28', to: '2026-11-28' })).toEqual([]);

    await db.current.prisma.activityTheme.create({ data: { activityId: activity.id, themeCode: 'money' } });
    const facets = (await runSearch({ q: 'pqz' }, { locale: 'fi', now })).facets;
    expect(facets.find((f) => f.dimension === 'theme')!.options).toEqual([
      expect.objectContaining({ value: 'money', count: 1 }),
    ]);

    await db.current.prisma.activity.update({ where: { id: activity.id }, data: { status: 'HIDDEN' } });
    expect(await titles({ q: 'pqz' })).toEqual([]);
    await db.current.prisma.activity.update({ where: { id: activity.id }, data: { status: 'PUBLISHED' } });
    expect(await titles({ q: 'pqz' })).toEqual(['Sulkapallovuoro Pqz']);

    await db.current.prisma.activity.delete({ where: { id: activity.id } });
    expect(await titles({ q: 'pqz' })).toEqual([]);
  });

  it('does not miss a transaction that commits after a later one', async (context) => {
    const { executor } = db.current.database;
    // PGlite runs one transaction at a time; the interleaving needs PostgreSQL.
    if (executor.mode === 'pglite') context.skip();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const insertedSignal = new Promise<void>((resolve) => (inserted = resolve));
    const slow = executor.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO "Activity" (id, slug, status, "providerType", "titleFi", "updatedAt", "publishedAt")
         VALUES (gen_random_uuid(), 'index-slow', 'PUBLISHED', 'ASSOCIATION', 'Hidaskerho Vkx', now(), now())`,
      );
      inserted();
      await gate;
    });
    await insertedSignal;
    await insertActivity('Nopeakerho Vkx');
    expect(await titles({ q: 'vkx' })).toEqual(['Nopeakerho Vkx']);
    release();
    await slow;
    expect((await titles({ q: 'vkx', sort: 'name' })).sort()).toEqual(['Hidaskerho Vkx', 'Nopeakerho Vkx']);
  });
});
