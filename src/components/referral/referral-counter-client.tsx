'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { useReferralBasket } from './use-referral-basket';

/**
 * The header link to the referral page with the number of activities in the basket. The count
 * comes from this browser's storage, so the server renders 0 and the browser corrects it.
 * Needs the `ReferralBasket` messages in the client provider.
 */
export function ReferralCounter() {
  const t = useTranslations('ReferralBasket');
  const count = useReferralBasket().length;
  return (
    <Link
      href="/referral"
      data-testid="referral-counter"
      className="inline-flex min-h-11 items-center gap-2 rounded-md border border-primary px-3 py-1.5 font-semibold no-underline hover:bg-tint"
    >
      {/* The accessible name reads "Lähete 3 toimintaa": the visible text plus the unit. */}
      {t('counter')}
      <span className="inline-flex min-w-7 justify-center rounded-full bg-primary px-2 text-sm text-on-primary">{count}</span>
      <span className="sr-only">{t('counterUnit', { count })}</span>
    </Link>
  );
}
