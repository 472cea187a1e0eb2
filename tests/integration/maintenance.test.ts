import { describe, expect, it } from 'vitest';
import { expandOccurrences } from '@/lib/schedule/occurrences';
import { emptyFilters } from '@/lib/search/filters';
import { runCatalogueMaintenance, SEARCH_LOG_RETENTION_DAYS } from '@/server/maintenance';
import { recordSearch } from '@/server/search/results';
import { OCCURRENCE_HORIZON_DAYS } from '@/server/sync/store';
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

  it(`keeps residents' searches ${SEARCH_LOG_RETENTION_DAYS} days, and never ones that look like personal data`, async () => {
    const { prisma } = db.current;
    const words = (q: string) => ({ ...emptyFilters(), q });
    expect(await recordSearch(words('vertaistuki omaishoitajille'), 'fi', 0)).toBe(true);
    for (const personal of ['hetu 131052-308T', 'soita 040 123 4567', 'matti.meikalainen@example.fi']) {
      expect(await recordSearch(words(personal), 'fi', 0)).toBe(false);
    }
    expect((await prisma.searchLog.findMany()).map((log) => log.query)).toEqual(['vertaistuki omaishoitajille']);

    const DAY = 86_400_000;
    await prisma.searchLog.create({ data: { locale: 'fi', query: 'vanha haku', resultCount: 0, at: new Date(now.getTime() - 91 * DAY) } });
    await prisma.searchLog.create({ data: { locale: 'sv', query: 'ny sökning', resultCount: 2, at: new Date(now.getTime() - 89 * DAY) } });
    const before = await prisma.searchLog.count();
    const result = await runCatalogueMaintenance(now);
    expect(result.searchLogsDeleted).toBe(1);
    expect(await prisma.searchLog.count()).toBe(before - 1);
    expect(await prisma.searchLog.count({ where: { query: 'vanha haku' } })).toBe(0);
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

  describe('occurrence windows', () => {
    const DAY = 86_400_000;
    const weekly = {
      kind: 'RECURRING' as const,
      timeZone: 'Europe/Helsinki',
      frequency: 'WEEKLY' as const,
      interval: 1,
      weekdays: [2],
      startTime: '18:00',
      endTime: '19:30',
      validFrom: new Date('2026-09-01T00:00:00Z'),
      validUntil: new Date('2027-12-31T00:00:00Z'),
    };
    const later = new Date('2027-01-05T10:00:00Z');
    const windowEnd = (at: Date) => new Date(at.getTime() + OCCURRENCE_HORIZON_DAYS * DAY);
    const sql = () => db.current.database.executor;

    /** A weekly group expanded by a sync two months earlier (its window ends in four months). */
    async function syncedTwoMonthsAgo(slug: string, status: 'PUBLISHED' | 'ARCHIVED' = 'PUBLISHED') {
      const syncedAt = new Date(now.getTime() - 61 * DAY);
      const occurrences = expandOccurrences(weekly, { from: syncedAt, to: windowEnd(syncedAt) });
      const activity = await db.current.prisma.activity.create({
        data: {
          slug,
          titleFi: `Viikkoryhmä ${slug}`,
          status,
          providerType: 'ASSOCIATION',
          nextOccurrenceAt: occurrences[0]!.startsAt,
          schedules: { create: [weekly] },
          occurrences: { create: occurrences },
        },
      });
      await sql().query(`UPDATE "Activity" SET "occurrencesUntil" = $2::timestamptz WHERE id = $1::uuid`, [
        activity.id,
        windowEnd(syncedAt).toISOString(),
      ]);
      return activity.id;
    }

    const upcoming = async (id: string, from: Date) =>
      (
        await sql().query<{ startsAt: string }>(
          `SELECT to_char("startsAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "startsAt"
             FROM "ActivityOccurrence" WHERE "activityId" = $1::uuid AND "startsAt" >= $2::timestamptz ORDER BY 1`,
          [id, from.toISOString()],
        )
      ).map((r) => r.startsAt);
    const until = async (id: string) =>
      (
        await sql().query<{ until: string | null }>(
          `SELECT to_char("occurrencesUntil" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS until FROM "Activity" WHERE id = $1::uuid`,
          [id],
        )
      )[0]!.until;
    const expected = (from: Date) =>
      expandOccurrences(weekly, { from, to: windowEnd(from) }).map((o) => o.startsAt.toISOString());

    it('extends the occurrences of unchanged recurring activities as the window moves, in batches', async () => {
      const synced = await syncedTwoMonthsAgo('viikkoryhma-synkattu');
      const archived = await syncedTwoMonthsAgo('viikkoryhma-arkistoitu', 'ARCHIVED');
      // Schedules written without a recorded window (e.g. an older writer): expanded in full.
      const unknown = await db.current.prisma.activity.create({
        data: { slug: 'viikkoryhma-tuntematon', titleFi: 'Viikkoryhmä ilman ikkunaa', status: 'PUBLISHED', providerType: 'ASSOCIATION', schedules: { create: [weekly] } },
      });
      const before = await upcoming(synced, now);
      expect(before.length).toBeLessThan(expected(now).length);

      const result = await runCatalogueMaintenance(now, { extendBatch: 1 });
      expect(result.occurrenceWindowsExtended).toBe(2);
      expect(await upcoming(synced, now)).toEqual(expected(now));
      expect(await upcoming(unknown.id, now)).toEqual(expected(now));
      expect(result.occurrencesAdded).toBe(expected(now).length - before.length + expected(now).length);
      expect(await until(synced)).toBe(windowEnd(now).toISOString());
      expect(await until(archived)).not.toBe(windowEnd(now).toISOString());
      expect((await db.current.prisma.activity.findUniqueOrThrow({ where: { id: unknown.id } })).nextOccurrenceAt?.toISOString()).toBe(expected(now)[0]);

      // Nothing is due again until the window has moved by a week.
      expect(await runCatalogueMaintenance(new Date(now.getTime() + 6 * DAY))).toMatchObject({ occurrenceWindowsExtended: 0, occurrencesAdded: 0 });

      // Five weeks on: at most `extendMax` per run, the rest on the next run.
      const first = await runCatalogueMaintenance(later, { extendMax: 1 });
      expect(first.occurrenceWindowsExtended).toBe(1);
      const second = await runCatalogueMaintenance(later, { extendMax: 1 });
      expect(second.occurrenceWindowsExtended).toBe(1);
      expect(await upcoming(synced, later)).toEqual(expected(later));
      expect(await upcoming(unknown.id, later)).toEqual(expected(later));
      expect((await db.current.prisma.activity.findUniqueOrThrow({ where: { id: synced } })).nextOccurrenceAt?.toISOString()).toBe(expected(later)[0]);
    });
  });
});
