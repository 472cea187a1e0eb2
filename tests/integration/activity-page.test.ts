import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/use-test-database';
import { getActivityPage } from '@/server/activities/activity-page';
import { getOrganizationPage } from '@/server/organizations/queries';
import { writeDemoCatalogue } from '@/server/demo/write';

const db = useTestDatabase();
/** A Wednesday in March 2027; Finland moves to summer time on Sunday 28 March. */
const now = new Date('2027-03-10T10:00:00Z');
const ORG_ID = '01900000-0000-7000-8000-000000000001';

async function createActivity(slug: string, status: 'PUBLISHED' | 'HIDDEN' | 'ARCHIVED' | 'DRAFT') {
  const prisma = db.current.prisma;
  return prisma.activity.create({
    data: {
      slug,
      status,
      providerType: 'ASSOCIATION',
      organizationId: ORG_ID,
      titleFi: 'Iltapäiväkahvit',
      summaryFi: 'Kahvia ja juttelua.',
      descriptionFi: '<p>Tervetuloa <strong>kaikki</strong>.</p><script>alert(1)</script>',
      isFree: false,
      priceNoteFi: '2 € kahvista',
      registrationRequired: true,
      registrationEmail: 'kahvit@example.org',
      source: 'LAHELLA',
      externalId: `ext-${slug}`,
      upstreamModifiedAt: new Date('2026-11-12T08:00:00Z'),
      publishedAt: status === 'DRAFT' ? null : new Date('2027-01-01T00:00:00Z'),
      channels: {
        create: {
          type: 'PLACE',
          nameFi: 'Seurakuntatalo',
          nameSv: 'Församlingshemmet',
          streetAddressFi: 'Kirkkokatu 1',
          postalCode: '90100',
          postOfficeFi: 'OULU',
          postOfficeSv: 'ULEÅBORG',
          municipalityCode: '564',
          latitude: 65.0121,
          longitude: 25.4651,
        },
      },
      schedules: {
        create: {
          kind: 'RECURRING',
          frequency: 'WEEKLY',
          weekdays: [2],
          validFrom: new Date('2027-03-01'),
          validUntil: new Date('2027-05-25'),
          startTime: '18:00',
          endTime: '19:30',
          excludedDates: [new Date('2027-03-23'), new Date('2027-01-05')],
          noteFi: 'Ei kokoontumista pyhäpäivinä.',
        },
      },
      themes: { create: [{ themeCode: 'relationships-participation' }] },
      stages: { create: [{ stageCode: (await prisma.servicePathStage.findFirstOrThrow({ orderBy: { number: 'asc' } })).code }] },
      languages: { create: [{ languageCode: 'fi' }] },
      accessibility: { create: [{ featureCode: 'wheelchair' }] },
      municipalities: { create: [{ municipalityCode: '564' }] },
    },
  });
}

beforeAll(async () => {
  await db.current.prisma.organization.create({
    data: { id: ORG_ID, slug: 'kahvilayhdistys', nameFi: 'Kahvilayhdistys ry', providerType: 'ASSOCIATION', email: 'info@example.org' },
  });
  await createActivity('kahvit-oulu', 'PUBLISHED');
  await createActivity('kahvit-piilotettu', 'HIDDEN');
  await createActivity('kahvit-arkistoitu', 'ARCHIVED');
  await createActivity('kahvit-luonnos', 'DRAFT');
});

describe('getActivityPage', () => {
  it('returns a published activity with occurrences computed in Helsinki time', async () => {
    const page = await getActivityPage('kahvit-oulu', 'fi', { now });
    expect(page).not.toBeNull();
    expect(page!.title).toEqual({ text: 'Iltapäiväkahvit', lang: 'fi' });
    expect(page!.textLanguage).toBe('fi');
    expect(page!.organization).toEqual({ slug: 'kahvilayhdistys', name: { text: 'Kahvilayhdistys ry', lang: 'fi' } });
    // 18:00 local is 16:00 UTC before the change and 15:00 UTC after it; 23.3. is excluded.
    expect(page!.upcoming.slice(0, 3).map((o) => [o.startsAt.toISOString(), o.endsAt?.toISOString()])).toEqual([
      ['2027-03-16T16:00:00.000Z', '2027-03-16T17:30:00.000Z'],
      ['2027-03-30T15:00:00.000Z', '2027-03-30T16:30:00.000Z'],
      ['2027-04-06T15:00:00.000Z', '2027-04-06T16:30:00.000Z'],
    ]);
    expect(page!.upcoming).toHaveLength(8);
    expect(page!.hasCalendar).toBe(true);
    expect(page!.schedules).toEqual([
      expect.objectContaining({
        kind: 'RECURRING',
        summary: 'Joka tiistai klo 18–19.30, 1.3.–25.5.2027.',
        note: { text: 'Ei kokoontumista pyhäpäivinä.', lang: 'fi' },
        // Past exclusions are not worth mentioning.
        excludedDates: ['2027-03-23'],
      }),
    ]);
    expect(page!.channels[0]).toMatchObject({
      type: 'PLACE',
      streetAddress: 'Kirkkokatu 1',
      postalCode: '90100',
      postOffice: 'OULU',
      municipality: 'Oulu',
      latitude: 65.0121,
    });
    expect(page!.themes).toEqual([
      { code: 'relationships-participation', slug: 'suhteet-ja-osallisuus', name: expect.any(String) },
    ]);
    expect(page!.stages).toHaveLength(1);
    expect(page!.languages).toEqual(['suomi']);
    expect(page!.languageCodes).toEqual(['fi']);
    expect(page!.accessibility).toEqual(['Esteetön kulku pyörätuolilla']);
    expect(page!.municipalities).toEqual(['Oulu']);
    expect(page!.registration).toMatchObject({ required: true, email: 'kahvit@example.org' });
    expect(page!.price).toEqual({ isFree: false, note: { text: '2 € kahvista', lang: 'fi' } });
    expect(page!.provenance).toMatchObject({ source: 'LAHELLA', updatedAt: new Date('2026-11-12T08:00:00Z'), lastVerifiedAt: null });
    // The image path of the demo data does not exist in public/, so there is no image.
    expect(page!.image).toBeNull();
    // A plain object, not a Prisma row: no internals leak to components. The public id
    // stays: the referral basket refers to activities by it.
    expect(page).not.toHaveProperty('upstreamData');
    expect(page).not.toHaveProperty('overriddenFields');
    expect(page).not.toHaveProperty('contentHash');
  });

  it('shows Finnish text on the Swedish page and says so with lang', async () => {
    const page = await getActivityPage('kahvit-oulu', 'sv', { now });
    expect(page!.title).toEqual({ text: 'Iltapäiväkahvit', lang: 'fi' });
    expect(page!.textLanguage).toBe('fi');
    expect(page!.description?.lang).toBe('fi');
    // Labels and summaries are in Swedish, as is the channel's name where one exists.
    expect(page!.schedules[0]!.summary).toBe('Varje tisdag kl. 18–19.30, 1.3–25.5.2027.');
    expect(page!.channels[0]).toMatchObject({ name: { text: 'Församlingshemmet', lang: 'sv' }, postOffice: 'ULEÅBORG', municipality: 'Uleåborg' });
    expect(page!.languages).toEqual(['finska']);
    expect(page!.themes[0]!.slug).not.toBe('suhteet-ja-osallisuus');
  });

  it('returns null for hidden, archived, draft and unknown activities', async () => {
    for (const slug of ['kahvit-piilotettu', 'kahvit-arkistoitu', 'kahvit-luonnos', 'ei-ole-olemassa']) {
      expect(await getActivityPage(slug, 'fi', { now }), slug).toBeNull();
    }
  });

  it('resolves every published activity of the demo catalogue', async () => {
    await writeDemoCatalogue(db.current.database.executor, { count: 40, seed: 7, now });
    const rows = await db.current.prisma.activity.findMany({ where: { isDemo: true }, select: { slug: true, status: true } });
    expect(rows.length).toBe(40);
    for (const { slug, status } of rows) {
      const page = await getActivityPage(slug, 'sv', { now });
      if (status !== 'PUBLISHED') {
        expect(page, slug).toBeNull();
        continue;
      }
      expect(page, slug).not.toBeNull();
      for (const o of page!.upcoming) expect(o.startsAt.getTime()).toBeGreaterThanOrEqual(now.getTime() - 7 * 86_400_000);
      expect(page!.schedules.length).toBeGreaterThan(0);
    }
  });
});

describe('getOrganizationPage', () => {
  it('lists only published activities of the organiser', async () => {
    const page = await getOrganizationPage('kahvilayhdistys', 'fi');
    expect(page).toMatchObject({ name: { text: 'Kahvilayhdistys ry', lang: 'fi' }, activityCount: 1, page: 1, pageCount: 1 });
    expect(page!.activities.map((a) => a.slug)).toEqual(['kahvit-oulu']);
    expect(await getOrganizationPage('ei-ole', 'fi')).toBeNull();
  });
});
