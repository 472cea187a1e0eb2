'use server';

import { getPrisma } from '@/server/db';
import { defineAction, type Parsed } from '@/server/admin/action';
import { bulkApproveNewItems, resolveReviewItem, type ReviewDecision } from './mutations';
import { bulkApproveSchema, reviewItemSchema, type ReviewActionResult, type ReviewDone, type ReviewErrorKey } from './schemas';

// Admin action module (see README, "Admin guards"): every export is made by defineAction.

const DONE: Record<ReviewDecision, ReviewDone> = { approve: 'approved', hide: 'hidden', dismiss: 'dismissed' };

function readItem(formData: FormData): Parsed<string, ReviewActionResult> {
  const parsed = reviewItemSchema.safeParse({ itemId: formData.get('itemId') ?? undefined });
  if (!parsed.success) return { ok: false, result: { ok: false, code: 'INVALID', fieldErrors: { itemId: 'item' }, at: Date.now() } };
  return { ok: true, input: parsed.data.itemId };
}

const decide = (decision: ReviewDecision) =>
  defineAction({
    name: `review.${decision}`,
    roles: ['ADMIN', 'COORDINATOR'],
    parse: readItem,
    async run(itemId, { user }): Promise<ReviewActionResult> {
      const outcome = await resolveReviewItem(await getPrisma(), user, itemId, decision);
      if (!outcome.ok) return { ok: false, code: outcome.code, at: Date.now() };
      return { ok: true, done: DONE[decision], count: 1, skipped: 0, at: Date.now() };
    },
    // Already handled by someone else: show the queue as it is now.
    refresh: (result) => result.ok || result.code === 'ALREADY_HANDLED',
  });

export const approveReviewItemAction = decide('approve');
export const hideReviewedActivityAction = decide('hide');
export const dismissReviewItemAction = decide('dismiss');

function readItems(formData: FormData): Parsed<string[], ReviewActionResult> {
  const parsed = bulkApproveSchema.safeParse({ itemIds: formData.getAll('itemIds').filter((v) => typeof v === 'string') });
  if (parsed.success) return { ok: true, input: parsed.data.itemIds };
  const key = (parsed.error.issues[0]?.message ?? 'noneSelected') as ReviewErrorKey;
  return { ok: false, result: { ok: false, code: 'INVALID', fieldErrors: { itemIds: key }, at: Date.now() } };
}

export const bulkApproveReviewItemsAction = defineAction({
  name: 'review.bulk_approve',
  roles: ['ADMIN', 'COORDINATOR'],
  parse: readItems,
  async run(itemIds, { user }): Promise<ReviewActionResult> {
    const { approved, skipped } = await bulkApproveNewItems(await getPrisma(), user, itemIds);
    if (approved === 0) return { ok: false, code: 'ALREADY_HANDLED', at: Date.now() };
    return { ok: true, done: 'bulkApproved', count: approved, skipped, at: Date.now() };
  },
  // Some may have been handled meanwhile: the queue is shown as it is now either way.
  refresh: () => true,
});
