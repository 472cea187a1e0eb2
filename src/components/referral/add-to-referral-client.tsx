'use client';

import { MAX_REFERRAL_ACTIVITIES, hasItem, toggleItem, updateBasket } from '@/lib/referral/basket';
import { useHydrated, useReferralBasket } from './use-referral-basket';

interface AddToReferralToggleProps {
  activityId: string;
  slug: string;
  title: string;
  /** Formatted on the server (add-to-referral.tsx): the visible text, the name, the "basket full" hint. */
  texts: { add: string; label: string; full: string };
}

/**
 * Toggles an activity in the referral basket (aria-pressed). The name stays "Lisää lähetteelle:
 * <title>" in both states; the pressed state is announced and shown with a tick and a fill.
 * Render it through AddToReferralButton (add-to-referral.tsx), which supplies the texts.
 */
export function AddToReferralToggle({ activityId, slug, title, texts }: AddToReferralToggleProps) {
  const basket = useReferralBasket();
  const hydrated = useHydrated();
  const pressed = hasItem(basket, activityId);
  const full = !pressed && basket.length >= MAX_REFERRAL_ACTIVITIES;
  const hintId = `referral-full-${activityId}`;

  return (
    <span className="inline-flex flex-col items-start gap-1 print:hidden">
      <button
        type="button"
        aria-pressed={pressed}
        aria-label={texts.label}
        aria-describedby={full ? hintId : undefined}
        aria-disabled={full || !hydrated || undefined}
        onClick={() => {
          if (full || !hydrated) return;
          updateBasket((items) => toggleItem(items, { id: activityId, slug, title }));
        }}
        className={`inline-flex min-h-11 items-center gap-2 rounded-md border-2 border-primary px-3 py-1.5 font-semibold ${
          pressed ? 'bg-primary text-on-primary' : 'bg-white text-primary hover:bg-tint'
        } aria-disabled:cursor-not-allowed aria-disabled:opacity-70`}
      >
        <span aria-hidden="true" className="inline-block w-4 text-center">
          {pressed ? '✓' : '+'}
        </span>
        {texts.add}
      </button>
      {full ? (
        <span id={hintId} className="text-sm text-muted">
          {texts.full}
        </span>
      ) : null}
    </span>
  );
}
