import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import type { CurrentUser } from '@/server/auth/session';
import { writeAudit } from '@/server/auth/users';
import { actorOf } from '@/server/admin/action';

export type ReviewDecision = 'approve' | 'hide' | 'dismiss';

export type ResolveOutcome = { ok: true } | { ok: false; code: 'NOT_FOUND' | 'ALREADY_HANDLED' };

/**
 * Closes one open review item. "hide" also hides the activity from the public site. The item
 * is closed with a conditional update, so two coordinators acting at once cannot both handle
 * it: the second one is told it was already handled. Item, activity and audit entries are
 * written in one transaction.
 */
export async function resolveReviewItem(
  prisma: PrismaClient,
  user: CurrentUser,
  itemId: string,
  decision: ReviewDecision,
  now = new Date(),
): Promise<ResolveOutcome> {
  return prisma.$transaction(async (tx) => {
    const item = await tx.reviewItem.findUnique({
      where: { id: itemId },
      select: { id: true, status: true, reason: true, activityId: true },
    });
    if (!item) return { ok: false, code: 'NOT_FOUND' };
    const status = decision === 'dismiss' ? 'DISMISSED' : 'RESOLVED';
    const [closed] = await tx.reviewItem.updateManyAndReturn({
      where: { id: itemId, status: 'OPEN' },
      data: { status, resolvedAt: now, resolvedById: user.id },
      select: { id: true, status: true, resolvedAt: true },
    });
    if (!closed) return { ok: false, code: 'ALREADY_HANDLED' };

    if (decision === 'hide') {
      const before = await tx.activity.findUniqueOrThrow({ where: { id: item.activityId }, select: { status: true, version: true } });
      if (before.status !== 'HIDDEN') {
        const after = await tx.activity.update({
          where: { id: item.activityId },
          data: { status: 'HIDDEN', version: { increment: 1 } },
          select: { status: true, version: true },
        });
        await writeAudit(tx, {
          ...actorOf(user),
          action: 'activity.hide',
          entityType: 'Activity',
          entityId: item.activityId,
          before,
          after: { ...after, reviewItemId: item.id },
        });
      }
    }
    await writeAudit(tx, {
      ...actorOf(user),
      action: `review.${decision}`,
      entityType: 'ReviewItem',
      entityId: item.id,
      before: { status: item.status, reason: item.reason, activityId: item.activityId },
      after: { status: closed.status, resolvedAt: closed.resolvedAt?.toISOString() ?? null },
    });
    return { ok: true };
  });
}

/**
 * Approves the open "new from sync" items among `itemIds` (a sync brings many at once); other
 * reasons need a look one by one and are skipped, as are items already handled.
 */
export async function bulkApproveNewItems(
  prisma: PrismaClient,
  user: CurrentUser,
  itemIds: readonly string[],
  now = new Date(),
): Promise<{ approved: number; skipped: number }> {
  const unique = [...new Set(itemIds)];
  return prisma.$transaction(async (tx) => {
    const closed = await tx.reviewItem.updateManyAndReturn({
      where: { id: { in: unique }, status: 'OPEN', reason: 'NEW_FROM_SYNC' },
      data: { status: 'RESOLVED', resolvedAt: now, resolvedById: user.id },
      select: { id: true, activityId: true, status: true, resolvedAt: true },
    });
    for (const item of closed) {
      await writeAudit(tx, {
        ...actorOf(user),
        action: 'review.approve',
        entityType: 'ReviewItem',
        entityId: item.id,
        before: { status: 'OPEN', reason: 'NEW_FROM_SYNC', activityId: item.activityId },
        after: { status: item.status, resolvedAt: item.resolvedAt?.toISOString() ?? null, bulk: true },
      });
    }
    return { approved: closed.length, skipped: unique.length - closed.length };
  });
}
