import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { expandOccurrences } from '@/lib/schedule/occurrences';
import { readTaxonomyData } from '@/server/taxonomies/schemas';

import { createDemoCatalogue, generateDemoCatalogue } from './factory';

const taxonomies = readTaxonomyData('prisma/data');
const now = new Date('2026-03-10T09:00:00Z');
const { organizations, activities } = generateDemoCatalogue({ count: 400, seed: 42, now, taxonomies });
const published = activities.filter((a) => a.status === 'PUBLISHED');

const codesOf = (rows: { code: string }[]) => new Set(rows.map((r) => r.code));

describe('generateDemoCatalogue', () => {
  it('only uses images shipped under public/, each with an alt text in every language it has', () => {
    const withImage = activities.filter((a) => a.imageUrl);
    expect(withImage.length).toBeGreaterThan(100);
    for (const url of new Set(withImage.map((a) => a.imageUrl!))) {
      expect(url).toMatch(/^\/demo\/images\/[a-z]+\.svg$/);
      expect(fs.existsSync(path.join('public', url)), url).toBe(true);
    }
    for (const activity of withImage) {
      if (activity.titleFi) expect(activity.imageAltFi).toBeTruthy();
      if (activity.titleSv) expect(activity.imageAltSv).toBeTruthy();
    }
  });

  it('generates the requested number of activities and a plausible set of organisations', () => {
    expect(activities).toHaveLength(400);
    expect(organizations.length).toBeGreaterThanOrEqual(60);
    expect(organizations.length).toBeLessThanOrEqual(130);
    for (const org of organizations) {
      expect(`${org.nameFi}`).toMatch(/demo/);
      expect(org.isDemo).toBe(true);
    }
    expect(activities.every((a) => a.isDemo)).toBe(true);
  });

  it('covers every municipality, theme, stage, activity type and age group among published activities', () => {
    const covered = (pick: (a: (typeof activities)[number]) => string[]) => new Set(published.flatMap(pick));
    expect(covered((a) => a.municipalityCodes)).toEqual(codesOf(taxonomies.municipalities));
    expect(covered((a) => a.channels.flatMap((c) => (c.municipalityCode ? [c.municipalityCode] : [])))).toEqual(
      codesOf(taxonomies.municipalities),
    );
    expect(covered((a) => a.themeCodes)).toEqual(codesOf(taxonomies.themes));
    expect(covered((a) => a.stageCodes)).toEqual(codesOf(taxonomies.stages));
    expect(covered((a) => a.activityTypeCodes)).toEqual(codesOf(taxonomies.activityTypes));
    expect(covered((a) => a.ageGroupCodes)).toEqual(codesOf(taxonomies.ageGroups));
  });

  it('guarantees coverage even for a small count', () => {
    const small = generateDemoCatalogue({ count: 60, seed: 1, now, taxonomies }).activities;
    expect(new Set(small.flatMap((a) => a.themeCodes))).toEqual(codesOf(taxonomies.themes));
    expect(new Set(small.flatMap((a) => a.municipalityCodes))).toEqual(codesOf(taxonomies.municipalities));
  });

  it('uses only codes that exist in the data files', () => {
    const known = {
      themeCodes: codesOf(taxonomies.themes),
      stageCodes: codesOf(taxonomies.stages),
      activityTypeCodes: codesOf(taxonomies.activityTypes),
      ageGroupCodes: codesOf(taxonomies.ageGroups),
      specialGroupCodes: codesOf(taxonomies.specialGroups),
      languageCodes: codesOf(taxonomies.languages),
      accessibilityCodes: codesOf(taxonomies.accessibilityFeatures),
      municipalityCodes: codesOf(taxonomies.municipalities),
    };
    for (const a of activities) {
      for (const key of Object.keys(known) as (keyof typeof known)[]) {
        for (const code of a[key]) expect(known[key].has(code), `${key} ${code}`).toBe(true);
      }
    }
    // A code that is not in the data never appears.
    expect(activities.some((a) => a.themeCodes.includes('not-a-theme'))).toBe(false);
    expect(activities.some((a) => a.municipalityCodes.includes('751'))).toBe(false); // Simo
  });

  it('is deterministic for the same seed and different for another seed', () => {
    const again = generateDemoCatalogue({ count: 400, seed: 42, now, taxonomies });
    expect(again.activities).toEqual(activities);
    expect(again.organizations).toEqual(organizations);
    const other = generateDemoCatalogue({ count: 400, seed: 43, now, taxonomies });
    expect(other.activities.map((a) => a.slug)).not.toEqual(activities.map((a) => a.slug));
  });

  it('gives the same activity whichever way the catalogue is batched', () => {
    const catalogue = createDemoCatalogue({ count: 400, seed: 42, now, taxonomies });
    const batched = [...catalogue.batches(37)].flat();
    expect(batched).toEqual(activities);
    expect(catalogue.activity(123)).toEqual(activities[123]);
  });

  it('makes unique, URL-safe slugs and unique ids', () => {
    const big = createDemoCatalogue({ count: 20_000, seed: 9, now, taxonomies });
    const slugs = new Set<string>();
    const ids = new Set<string>();
    for (const batch of big.batches(5000)) {
      for (const a of batch) {
        expect(a.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        slugs.add(a.slug);
        ids.add(a.id);
      }
    }
    expect(slugs.size).toBe(20_000);
    expect(ids.size).toBe(20_000);
    expect(new Set(organizations.map((o) => o.slug)).size).toBe(organizations.length);
    // 20,000 generated activities: seconds of CPU, more on a busy machine than the 5 s default.
  }, 60_000);

  it('writes mostly bilingual texts, some Finnish-only, a few Swedish-only and some English', () => {
    const big = generateDemoCatalogue({ count: 2000, seed: 5, now, taxonomies }).activities;
    const share = (f: (a: (typeof big)[number]) => boolean) => big.filter(f).length / big.length;
    expect(share((a) => !!a.titleFi && !!a.titleSv)).toBeGreaterThan(0.8);
    expect(share((a) => !!a.titleFi && !a.titleSv)).toBeGreaterThan(0.05);
    expect(share((a) => !!a.titleFi && !a.titleSv)).toBeLessThan(0.15);
    expect(share((a) => !a.titleFi && !!a.titleSv)).toBeGreaterThan(0);
    expect(share((a) => !!a.titleEn)).toBeGreaterThan(0.2);
    expect(share((a) => !!a.titleEn)).toBeLessThan(0.4);
    for (const a of big) {
      expect(a.titleFi ?? a.titleSv ?? a.titleEn).toBeTruthy();
      if (a.titleFi) expect(a.descriptionFi).toContain('demoaineistoa');
      if (a.titleSv) expect(a.descriptionSv).toContain('demodata');
    }
    expect(new Set(big.map((a) => a.status))).toEqual(new Set(['PUBLISHED', 'DRAFT', 'HIDDEN', 'ARCHIVED']));
    expect(big.some((a) => a.featured)).toBe(true);
    expect(new Set(big.map((a) => a.source))).toEqual(new Set(['MANUAL', 'LAHELLA', 'PTV']));
    expect(new Set(big.map((a) => a.providerType))).toEqual(new Set(['ASSOCIATION', 'PARISH', 'POHDE', 'MUNICIPALITY']));
  });

  it('uses only invented contact details', () => {
    for (const a of activities) {
      for (const c of a.contacts) {
        if (c.type === 'EMAIL') expect(c.value).toMatch(/@[a-z0-9.-]+\.example$/);
        if (c.type === 'PHONE') expect(c.value).toMatch(/^\+358 \d{2} 0000 \d{3}$/);
        if (c.type === 'WEB') expect(c.value).toMatch(/^https:\/\/www\.[a-z0-9.-]+\.example$/);
      }
      if (a.registrationEmail) expect(a.registrationEmail).toMatch(/\.example$/);
    }
  });

  it('places channels near their municipality and gives remote activities no place', () => {
    const centres = new Map(taxonomies.municipalities.map((m) => [m.code, m.centre]));
    for (const a of activities) {
      for (const c of a.channels) {
        if (c.type === 'PLACE' || c.type === 'HYBRID') {
          const centre = centres.get(c.municipalityCode ?? '');
          expect(centre).toBeDefined();
          expect(Math.abs((c.latitude ?? 0) - (centre?.lat ?? 0))).toBeLessThan(0.05);
          expect(Math.abs((c.longitude ?? 0) - (centre?.lon ?? 0))).toBeLessThan(0.1);
        }
      }
      if (a.isRemote) expect(a.municipalityCodes).toEqual([]);
    }
  });

  it('schedules most published activities within the next six months', () => {
    const horizon = new Date(now.getTime() + 183 * 86_400_000);
    const upcoming = published.filter((a) =>
      a.schedules.some((s) => expandOccurrences(s, { from: now, to: horizon, limit: 1 }).length > 0),
    );
    expect(upcoming.length / published.length).toBeGreaterThan(0.6);
    const kinds = new Set(activities.flatMap((a) => a.schedules.map((s) => s.kind)));
    expect(kinds).toEqual(new Set(['ONE_OFF', 'RECURRING', 'PERIOD']));
    const oneOffs = activities.flatMap((a) => a.schedules).filter((s) => s.kind === 'ONE_OFF');
    for (const s of oneOffs) {
      expect(s.startsAt!.getTime()).toBeGreaterThan(now.getTime());
      expect(s.startsAt!.getTime()).toBeLessThan(now.getTime() + 130 * 86_400_000);
    }
  });
});
