'use server';

import { getPrisma } from '@/server/db';
import { authorizeAction } from '@/server/auth/session';
import { requestContext } from '@/server/auth/request-context';
import { bulkApproveNewItems, resolveReviewItem, type ReviewDecision } from './mutations';
import { bulkApproveSchema, reviewItemSchema, type ReviewActionResult, type ReviewDone, type ReviewErrorKey } from './schemas';

// Admin action module (see README, "Admin guards"): every export checks the role first.

const DONE: Record<ReviewDecision, ReviewDone> = { approve: 'approved', hide: 'hidden', dismiss: 'dismissed' };

async function decide(formData: FormData, decision: ReviewDecision): Promise<ReviewActionResult> {
  const caller = await authorizeAction(['ADMIN', 'COORDINATOR']);
  if (!caller.ok) return caller;
  const parsed = reviewItemSchema.safeParse({ itemId: formData.get('itemId') ?? undefined });
  if (!parsed.success) return { ok: false, code: 'INVALID', fieldErrors: { itemId: 'item' }, at: Date.now() };
  const outcome = await resolveReviewItem(await getPrisma(), caller.user, parsed.data.itemId, decision);
  // Already handled by someone else: show the queue as it is now.
  if (outcome.ok || outcome.code === 'ALREADY_HANDLED') await requestContext().refresh();
  if (!outcome.ok) return { ok: false, code: outcome.code, at: Date.now() };
  return { ok: true, done: DONE[decision], count: 1, skipped: 0, at: Date.now() };
}

export async function approveReviewItemAction(_previous: ReviewActionResult | null, formData: FormData): Promise<ReviewActionResult> {
  return decide(formData, 'approve');
}

export async function hideReviewedActivityAction(
  _previous: ReviewActionResult | null,
  formData: FormData,
): Promise<ReviewActionResult> {
  return decide(formData, 'hide');
}

export async function dismissReviewItemAction(_previous: ReviewActionResult | null, formData: FormData): Promise<ReviewActionResult> {
  return decide(formData, 'dismiss');
}

export async function bulkApproveReviewItemsAction(
  _previous: ReviewActionResult | null,
  formData: FormData,
): Promise<ReviewActionResult> {
  const caller = await authorizeAction(['ADMIN', 'COORDINATOR']);
  if (!caller.ok) return caller;
  const parsed = bulkApproveSchema.safeParse({ itemIds: formData.getAll('itemIds').filter((v) => typeof v === 'string') });
  if (!parsed.success) {
    const key = (parsed.error.issues[0]?.message ?? 'noneSelected') as ReviewErrorKey;
    return { ok: false, code: 'INVALID', fieldErrors: { itemIds: key }, at: Date.now() };
  }
  const { approved, skipped } = await bulkApproveNewItems(await getPrisma(), caller.user, parsed.data.itemIds);
  await requestContext().refresh();
  if (approved === 0) return { ok: false, code: 'ALREADY_HANDLED', at: Date.now() };
  return { ok: true, done: 'bulkApproved', count: approved, skipped, at: Date.now() };
}
