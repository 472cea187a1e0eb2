import { z } from 'zod';
import type { ActionResult } from '@/lib/admin/action-result';

export const REVIEW_REASONS = ['NEW_FROM_SYNC', 'OVERRIDE_CONFLICT', 'RESIDENT_REPORT'] as const;
export type ReviewReasonCode = (typeof REVIEW_REASONS)[number];

/** Items on one page of the queue. */
export const REVIEW_PAGE_SIZE = 20;
/** At most this many items in one bulk approval (a page's worth and then some). */
export const BULK_APPROVE_MAX = 200;

/** The bulk approval form's id; the items' checkboxes join it with its `form` attribute. */
export const BULK_FORM_ID = 'review-bulk-approve';

/** Messages are keys under Admin.review.errors, translated by the page. */
export const reviewItemSchema = z.object({ itemId: z.uuid({ message: 'item' }) });
export const bulkApproveSchema = z.object({
  itemIds: z
    .array(z.uuid({ message: 'item' }), { message: 'noneSelected' })
    .min(1, { message: 'noneSelected' })
    .max(BULK_APPROVE_MAX, { message: 'tooMany' }),
});

/** The queue's filter from the URL; anything unknown falls back to all open items, page 1. */
export const reviewFilterSchema = z.object({
  reason: z.enum(REVIEW_REASONS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type ReviewFilter = z.infer<typeof reviewFilterSchema>;

export type ReviewDone = 'approved' | 'hidden' | 'dismissed' | 'bulkApproved';
export type ReviewErrorKey = 'item' | 'noneSelected' | 'tooMany';

export type ReviewActionResult = ActionResult<
  {
    ok: true;
    done: ReviewDone;
    /** Items this call resolved; for a bulk approval, also how many had been handled already. */
    count: number;
    skipped: number;
    /** When the server answered: the page shows the newest of its actions' results. */
    at: number;
  },
  {
    ok: false;
    code: 'INVALID' | 'NOT_FOUND' | 'ALREADY_HANDLED';
    fieldErrors?: { itemId?: ReviewErrorKey; itemIds?: ReviewErrorKey };
    at?: number;
  }
>;
