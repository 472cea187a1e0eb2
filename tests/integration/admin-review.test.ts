import { beforeAll, describe, expect, it } from 'vitest';
import {
  approveReviewItemAction,
  bulkApproveReviewItemsAction,
  dismissReviewItemAction,
  hideReviewedActivityAction,
} from '@/server/admin/review/actions';
import { countOpenReviewItems, listOpenReviewItems } from '@/server/admin/review/queries';
import { reviewFilterSchema } from '@/server/admin/review/schemas';
import { getActivityPage } from '@/server/activities/activity-page';
import { useTestDatabase } from '../support/use-test-database';
import { FakeBrowser } from '../support/fake-request';
import { loggedInAs } from '../support/auth-users';

const db = useTestDatabase();
let coordinator: Awaited<ReturnType<typeof loggedInAs>>;
let admin: Awaited<ReturnType<typeof loggedInAs>>;
let counter = 0;

beforeAll(async () => {
  coordinator = await loggedInAs(db.current.prisma, 'COORDINATOR');
  admin = await loggedInAs(db.current.prisma, 'ADMIN');
});

const form = (values: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
};

async function activityWithItem(
  reason: 'NEW_FROM_SYNC' | 'OVERRIDE_CONFLICT' | 'RESIDENT_REPORT',
  extra: { details?: object; message?: string; titleFi?: string; overriddenFields?: string[]; createdAt?: Date } = {},
) {
  counter += 1;
  const prisma = db.current.prisma;
  const activity = await prisma.activity.create({
    data: {
      slug: `tarkistettava-${counter}`,
      status: 'PUBLISHED',
      providerType: 'ASSOCIATION',
      titleFi: extra.titleFi ?? `Tarkistettava toiminta ${counter}`,
      publishedAt: new Date('2026-11-01T00:00:00Z'),
      source: 'LAHELLA',
      externalId: `review-${counter}`,
      overriddenFields: extra.overriddenFields ?? [],
    },
  });
  const item = await prisma.reviewItem.create({
    data: {
      activityId: activity.id,
      reason,
      details: extra.details ?? { runId: '01900000-0000-7000-8000-00000000aaaa', source: 'LAHELLA' },
      message: extra.message ?? null,
      ...(extra.createdAt ? { createdAt: extra.createdAt } : {}),
    },
  });
  return { activity, item };
}

describe('review queue actions', () => {
  it('approve resolves the item with an audit entry; a second try is "already handled"', async () => {
    const { item } = await activityWithItem('NEW_FROM_SYNC');
    const result = await coordinator.browser.run(() => approveReviewItemAction(null, form({ itemId: item.id })));
    expect(result).toMatchObject({ ok: true, done: 'approved', count: 1 });
    expect(coordinator.browser.refreshes).toBeGreaterThan(0);
    const stored = await db.current.prisma.reviewItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored).toMatchObject({ status: 'RESOLVED', resolvedById: coordinator.userId });
    expect(stored.resolvedAt).toBeInstanceOf(Date);
    const audit = await db.current.prisma.auditLog.findFirstOrThrow({ where: { action: 'review.approve', entityId: item.id } });
    expect(audit).toMatchObject({ actorId: coordinator.userId, entityType: 'ReviewItem' });
    expect(audit.before).toMatchObject({ status: 'OPEN', reason: 'NEW_FROM_SYNC' });
    expect(audit.after).toMatchObject({ status: 'RESOLVED' });

    for (const action of [approveReviewItemAction, hideReviewedActivityAction, dismissReviewItemAction]) {
      expect(await admin.browser.run(() => action(null, form({ itemId: item.id })))).toMatchObject({ ok: false, code: 'ALREADY_HANDLED' });
    }
    expect(await db.current.prisma.auditLog.count({ where: { entityId: item.id } })).toBe(1);
  });

  it('hide hides the activity from the public site, bumps its version and resolves the item', async () => {
    const { activity, item } = await activityWithItem('RESIDENT_REPORT', { details: { category: 'ended', locale: 'fi' }, message: 'Ryhmä ei enää kokoonnu.' });
    expect(await getActivityPage(activity.slug, 'fi')).not.toBeNull();
    const result = await coordinator.browser.run(() => hideReviewedActivityAction(null, form({ itemId: item.id })));
    expect(result).toMatchObject({ ok: true, done: 'hidden' });
    const after = await db.current.prisma.activity.findUniqueOrThrow({ where: { id: activity.id } });
    expect(after.status).toBe('HIDDEN');
    expect(after.version).toBe(activity.version + 1);
    expect(await getActivityPage(activity.slug, 'fi')).toBeNull();
    expect(await db.current.prisma.reviewItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: 'RESOLVED' });
    const activityAudit = await db.current.prisma.auditLog.findFirstOrThrow({ where: { action: 'activity.hide', entityId: activity.id } });
    expect(activityAudit.before).toEqual({ status: 'PUBLISHED', version: activity.version });
    expect(activityAudit.after).toMatchObject({ status: 'HIDDEN', version: activity.version + 1, reviewItemId: item.id });
    expect(await db.current.prisma.auditLog.count({ where: { action: 'review.hide', entityId: item.id } })).toBe(1);
  });

  it('dismiss marks the item dismissed and leaves the activity alone', async () => {
    const { activity, item } = await activityWithItem('RESIDENT_REPORT', { details: { category: 'other', locale: 'sv' } });
    expect(await coordinator.browser.run(() => dismissReviewItemAction(null, form({ itemId: item.id })))).toMatchObject({
      ok: true,
      done: 'dismissed',
    });
    expect(await db.current.prisma.reviewItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: 'DISMISSED' });
    expect(await db.current.prisma.activity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({
      status: 'PUBLISHED',
      version: activity.version,
    });
    const audit = await db.current.prisma.auditLog.findFirstOrThrow({ where: { action: 'review.dismiss', entityId: item.id } });
    expect(audit.after).toMatchObject({ status: 'DISMISSED' });
  });

  it('bulk approve resolves only the open "new from sync" items among the selected', async () => {
    const a = await activityWithItem('NEW_FROM_SYNC');
    const b = await activityWithItem('NEW_FROM_SYNC');
    const conflict = await activityWithItem('OVERRIDE_CONFLICT', { details: { runId: 'x', source: 'LAHELLA', fields: [] } });
    const handled = await activityWithItem('NEW_FROM_SYNC');
    await coordinator.browser.run(() => dismissReviewItemAction(null, form({ itemId: handled.item.id })));

    const result = await coordinator.browser.run(() =>
      bulkApproveReviewItemsAction(null, form({ itemIds: [a.item.id, b.item.id, conflict.item.id, handled.item.id] })),
    );
    expect(result).toMatchObject({ ok: true, done: 'bulkApproved', count: 2, skipped: 2 });
    const rows = await db.current.prisma.reviewItem.findMany({
      where: { id: { in: [a.item.id, b.item.id, conflict.item.id, handled.item.id] } },
      select: { id: true, status: true },
    });
    const status = Object.fromEntries(rows.map((row) => [row.id, row.status]));
    expect(status).toEqual({ [a.item.id]: 'RESOLVED', [b.item.id]: 'RESOLVED', [conflict.item.id]: 'OPEN', [handled.item.id]: 'DISMISSED' });
    expect(await db.current.prisma.auditLog.count({ where: { action: 'review.approve', entityId: { in: [a.item.id, b.item.id] } } })).toBe(2);

    expect(await coordinator.browser.run(() => bulkApproveReviewItemsAction(null, form({ itemIds: [a.item.id, b.item.id] })))).toMatchObject({
      ok: false,
      code: 'ALREADY_HANDLED',
    });
  });

  it('refuse bad input with translated field errors and change nothing', async () => {
    const auditBefore = await db.current.prisma.auditLog.count();
    expect(await coordinator.browser.run(() => approveReviewItemAction(null, form({ itemId: 'ei-uuid' })))).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { itemId: 'item' },
    });
    expect(await coordinator.browser.run(() => hideReviewedActivityAction(null, form({})))).toMatchObject({ ok: false, code: 'INVALID' });
    expect(
      await coordinator.browser.run(() => dismissReviewItemAction(null, form({ itemId: '01900000-0000-7000-8000-0000000fffff' }))),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await coordinator.browser.run(() => bulkApproveReviewItemsAction(null, form({})))).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { itemIds: 'noneSelected' },
    });
    expect(await coordinator.browser.run(() => bulkApproveReviewItemsAction(null, form({ itemIds: ['x'] })))).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { itemIds: 'item' },
    });
    expect(await db.current.prisma.auditLog.count()).toBe(auditBefore);
  });

  it('refuse anonymous callers', async () => {
    const { item } = await activityWithItem('NEW_FROM_SYNC');
    expect(await new FakeBrowser().run(() => approveReviewItemAction(null, form({ itemId: item.id })))).toEqual({
      ok: false,
      code: 'UNAUTHENTICATED',
    });
    expect(await db.current.prisma.reviewItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: 'OPEN' });
  });
});

describe('review queue listing', () => {
  it('shows open items newest first with counts, filters by reason and pages', async () => {
    await db.current.prisma.reviewItem.updateMany({ where: { status: 'OPEN' }, data: { status: 'DISMISSED' } });
    const older = await activityWithItem('RESIDENT_REPORT', {
      details: { category: 'wrongTime', locale: 'fi' },
      message: 'Ryhmä kokoontuu nykyään torstaisin.',
      createdAt: new Date('2026-11-20T10:00:00Z'),
    });
    const conflict = await activityWithItem('OVERRIDE_CONFLICT', {
      titleFi: 'Koordinaattorin nimi',
      overriddenFields: ['titleFi', 'themes'],
      createdAt: new Date('2026-11-21T10:00:00Z'),
      details: {
        runId: 'r',
        source: 'LAHELLA',
        fields: [
          { field: 'titleFi', previousUpstream: 'Vanha nimi', upstream: 'Uusi nimi' },
          { field: 'themes', previousUpstream: ['a'], upstream: ['a', 'b'] },
          { field: 'channels', previousUpstream: [], upstream: [{ type: 'PLACE' }] },
        ],
      },
    });
    for (let i = 0; i < 21; i += 1) await activityWithItem('NEW_FROM_SYNC', { createdAt: new Date(Date.UTC(2026, 10, 22, 10, i)) });

    expect(await countOpenReviewItems()).toEqual({ all: 23, NEW_FROM_SYNC: 21, OVERRIDE_CONFLICT: 1, RESIDENT_REPORT: 1 });

    const all = await listOpenReviewItems(reviewFilterSchema.parse({}), 'fi');
    expect(all).toMatchObject({ total: 23, page: 1, pageCount: 2 });
    expect(all.items).toHaveLength(20);
    expect(all.items[0]!.createdAt.getTime()).toBeGreaterThan(all.items[19]!.createdAt.getTime());
    const second = await listOpenReviewItems(reviewFilterSchema.parse({ page: '2' }), 'fi');
    expect(second.items).toHaveLength(3);
    expect(second.items.slice(-2).map((item) => item.id)).toEqual([conflict.item.id, older.item.id]);

    const conflicts = await listOpenReviewItems(reviewFilterSchema.parse({ reason: 'OVERRIDE_CONFLICT' }), 'fi');
    expect(conflicts.items).toHaveLength(1);
    expect(conflicts.items[0]!.activity.title?.text).toBe('Koordinaattorin nimi');
    expect(conflicts.items[0]!.conflicts).toEqual([
      { field: 'titleFi', current: 'Koordinaattorin nimi', previousUpstream: 'Vanha nimi', upstream: 'Uusi nimi' },
      { field: 'themes', current: [], previousUpstream: ['a'], upstream: ['a', 'b'] },
      { field: 'channels', current: undefined, previousUpstream: [], upstream: [{ type: 'PLACE' }] },
    ]);

    const reports = await listOpenReviewItems(reviewFilterSchema.parse({ reason: 'RESIDENT_REPORT' }), 'fi');
    expect(reports.items[0]!.report).toEqual({ category: 'wrongTime', message: 'Ryhmä kokoontuu nykyään torstaisin.' });

    // Unknown filters fall back to all items, and a page past the end shows the last page.
    expect(reviewFilterSchema.parse({ reason: 'NOPE', page: '-3' })).toEqual({ reason: undefined, page: 1 });
    expect((await listOpenReviewItems(reviewFilterSchema.parse({ page: '99' }), 'fi')).page).toBe(2);
  });
});
