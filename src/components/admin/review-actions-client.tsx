'use client';

import { createContext, useActionState, useContext, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import {
  approveReviewItemAction,
  bulkApproveReviewItemsAction,
  dismissReviewItemAction,
  hideReviewedActivityAction,
} from '@/server/admin/review/actions';
import { BULK_FORM_ID, type ReviewActionResult } from '@/server/admin/review/schemas';

type Dispatch = (formData: FormData) => void;

interface ReviewActions {
  approve: Dispatch;
  hide: Dispatch;
  dismiss: Dispatch;
  bulkApprove: Dispatch;
  pending: boolean;
}

const ReviewActionsContext = createContext<ReviewActions | null>(null);

function useReviewActions(): ReviewActions {
  const actions = useContext(ReviewActionsContext);
  if (!actions) throw new Error('Review action buttons must sit inside <ReviewActionsProvider>.');
  return actions;
}

/** The newest result of the page's actions (an acted-on item leaves the list, so the page reports it). */
function newest(states: (ReviewActionResult | null)[]): ReviewActionResult | null {
  let latest: ReviewActionResult | null = null;
  for (const state of states) {
    if (state && (!latest || (state.at ?? 0) >= (latest.at ?? 0))) latest = state;
  }
  return latest;
}

/**
 * Holds the queue's actions and announces their results in one status region at the top of
 * the queue. Each form posts to its server action, so the queue works without JavaScript too.
 */
export function ReviewActionsProvider({ children }: { children: ReactNode }) {
  const t = useTranslations('Admin.review');
  const [approved, approve, approving] = useActionState(approveReviewItemAction, null);
  const [hidden, hide, hiding] = useActionState(hideReviewedActivityAction, null);
  const [dismissed, dismiss, dismissing] = useActionState(dismissReviewItemAction, null);
  const [bulk, bulkApprove, bulkApproving] = useActionState(bulkApproveReviewItemsAction, null);
  const state = newest([approved, hidden, dismissed, bulk]);
  let success: string | null = null;
  let error: string | null = null;
  if (state?.ok) {
    success = t(`done.${state.done}`, { count: state.count });
    if (state.skipped > 0) success = `${success} ${t('done.skipped', { count: state.skipped })}`;
  } else if (state) {
    const field = state.fieldErrors?.itemIds ?? state.fieldErrors?.itemId;
    error = field ? t(`errors.${field}`) : t(`errors.${state.code}`);
  }
  return (
    <ReviewActionsContext.Provider
      value={{ approve, hide, dismiss, bulkApprove, pending: approving || hiding || dismissing || bulkApproving }}
    >
      <div className="mt-4">
        <p role="status" className="font-semibold text-green-800">
          {success}
        </p>
        <p role="alert" className="font-semibold text-red-800">
          {error}
        </p>
      </div>
      {children}
    </ReviewActionsContext.Provider>
  );
}

const buttonClass = 'rounded-md border border-gray-500 px-3 py-1 disabled:opacity-70';

/** Approve, hide and dismiss for one item; `title` names the item for screen readers. */
export function ReviewItemActions({ itemId, title }: { itemId: string; title: string }) {
  const t = useTranslations('Admin.review');
  const { approve, hide, dismiss, pending } = useReviewActions();
  const forms = [
    { key: 'approve', action: approve, label: t('approve'), className: 'rounded-md bg-primary px-3 py-1 font-semibold text-on-primary disabled:opacity-70' },
    { key: 'hide', action: hide, label: t('hide'), className: buttonClass },
    { key: 'dismiss', action: dismiss, label: t('dismiss'), className: buttonClass },
  ] as const;
  return (
    <div role="group" aria-label={t('actionsFor', { title })} className="flex flex-wrap gap-2">
      {forms.map((form) => (
        <form key={form.key} action={form.action}>
          <input type="hidden" name="itemId" value={itemId} />
          <button type="submit" disabled={pending} className={form.className}>
            {form.label}
          </button>
        </form>
      ))}
    </div>
  );
}

/** The bulk approval form; the items' checkboxes join it with form={BULK_FORM_ID}. */
export function BulkApproveForm({ count }: { count: number }) {
  const t = useTranslations('Admin.review');
  const { bulkApprove, pending } = useReviewActions();
  return (
    <form id={BULK_FORM_ID} action={bulkApprove} className="mt-4 flex flex-wrap items-center gap-3 rounded-md border border-gray-300 p-3">
      <p className="text-sm">{t('bulkHint', { count })}</p>
      <button type="submit" disabled={pending} className="rounded-md bg-primary px-4 py-2 font-semibold text-on-primary disabled:opacity-70">
        {t('bulkApprove')}
      </button>
    </form>
  );
}
