import { describe, expect, it } from 'vitest';
import { runCatalogueMaintenance } from '@/server/maintenance';
import { useTestDatabase } from '../support/use-test-database';

const db = useTestDatabase();
const now = new Date('2026-12-01T10:00:00Z');

describe('catalogue maintenance after a sync', () => {
  it('deletes expired referrals and keeps the others', async () => {
    const { prisma } = db.current;
    await prisma.referral.create({
      data: { code: 'expired-code-000000000', language: 'fi', activityIds: [], expiresAt: new Date('2026-11-30T00:00:00Z') },
    });
    await prisma.referral.create({
      data: { code: 'valid-code-00000000000', language: 'sv', activityIds: [], expiresAt: new Date('2027-02-01T00:00:00Z') },
    });
    const result = await runCatalogueMaintenance(now);
    expect(result.expiredReferralsDeleted).toBe(1);
    expect((await prisma.referral.findMany()).map((r) => r.code)).toEqual(['valid-code-00000000000']);
  });

  it('moves the next occurrence on once it has passed', async () => {
    const { prisma } = db.current;
    const past = new Date('2026-11-24T16:00:00Z');
    const future = new Date('2026-12-08T16:00:00Z');
    const activity = await prisma.activity.create({
      data: {
        slug: 'viikkoryhma',
        titleFi: 'Viikkoryhmä',
        status: 'PUBLISHED',
        providerType: 'ASSOCIATION',
        nextOccurrenceAt: past,
        occurrences: { create: [{ startsAt: past }, { startsAt: future }] },
      },
    });
    const ended = await prisma.activity.create({
      data: {
        slug: 'paattynyt',
        titleFi: 'Päättynyt kurssi',
        status: 'PUBLISHED',
        providerType: 'ASSOCIATION',
        nextOccurrenceAt: past,
        occurrences: { create: [{ startsAt: past }] },
      },
    });
    const result = await runCatalogueMaintenance(now);
    expect(result.nextOccurrencesRefreshed).toBe(2);
    expect((await prisma.activity.findUnique({ where: { id: activity.id } }))?.nextOccurrenceAt).toEqual(future);
    expect((await prisma.activity.findUnique({ where: { id: ended.id } }))?.nextOccurrenceAt).toBeNull();
  });
});
