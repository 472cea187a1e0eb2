import { beforeAll, describe, expect, it } from 'vitest';
import { writeDemoCatalogue } from '@/server/demo/write';
import { getProfessionalFields } from '@/server/professionals/queries';
import { runSearch } from '@/server/search/results';
import { useTestDatabase } from '../support/use-test-database';

const db = useTestDatabase();

beforeAll(async () => {
  await writeDemoCatalogue(db.current.database.executor, { count: 300, seed: 11, now: new Date('2026-11-25T10:00:00Z') });
});

describe("professionals' page", () => {
  it('counts what each client field and offer finds, exactly as the linked search does', async () => {
    const fields = await getProfessionalFields('fi');
    expect(fields.map((field) => field.title)).toEqual([
      'Lapsiperheiden kanssa työskenteleville',
      'Nuorten kanssa työskenteleville',
      'Sote-keskuksissa ja sairaaloissa työskenteleville',
      'Ikäihmisten kanssa työskenteleville',
      'Vammaisten henkilöiden kanssa työskenteleville',
      'Mielenterveys- ja päihdepalveluissa työskenteleville',
    ]);
    for (const field of fields) {
      const all = await runSearch(field.query, { locale: 'fi' });
      expect(all.ignored, field.code).toEqual([]);
      expect(field.count).toBe(all.total);
      expect(field.count, field.code).toBeGreaterThan(0);
      for (const offer of field.offers) {
        const found = await runSearch(offer.query, { locale: 'fi' });
        // Every code in the offers exists in the taxonomies: nothing is ignored.
        expect(found.ignored, offer.label).toEqual([]);
        expect(offer.count, offer.label).toBe(found.total);
      }
    }
    // The demo catalogue has something for most offers (its templates do not combine every
    // target group with every kind of activity).
    const offers = fields.flatMap((field) => field.offers);
    expect(offers.filter((offer) => offer.count > 0).length).toBeGreaterThan(offers.length * 0.6);
  });

  it('follows the catalogue: a new matching activity counts at once', async () => {
    const before = (await getProfessionalFields('sv')).find((field) => field.code === 'older-people')!;
    expect(before.title).toBe('För dig som arbetar med äldre');
    await db.current.prisma.activity.create({
      data: {
        slug: 'professionals-count-test',
        status: 'PUBLISHED',
        providerType: 'PARISH',
        publishedAt: new Date(),
        titleSv: 'Vänverksamhet för äldre Zqx',
        ageGroups: { create: [{ ageGroupCode: 'seniors' }] },
        activityTypes: { create: [{ activityTypeCode: 'befriending' }] },
      },
    });
    const after = (await getProfessionalFields('sv')).find((field) => field.code === 'older-people')!;
    expect(after.count).toBe(before.count + 1);
    expect(after.offers[0]!.count).toBe(before.offers[0]!.count + 1);
  });
});
