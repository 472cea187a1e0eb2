'use client';

import Link from 'next/link';
import { useReferralBasket } from './use-referral-basket';

interface ReferralCounterProps {
  /** The referral page's public path. */
  href: string;
  label: string;
  /** The unit for each possible count, formatted on the server: `units[3]` is "toimintaa". */
  units: string[];
}

/**
 * The header link to the referral page with the number of activities in the basket. The count
 * comes from this browser's storage, so the server renders 0 and the browser corrects it.
 */
export function ReferralCounter({ href, label, units }: ReferralCounterProps) {
  const count = useReferralBasket().length;
  return (
    <Link
      href={href}
      data-testid="referral-counter"
      className="inline-flex min-h-11 items-center gap-2 rounded-md border border-primary px-3 py-1.5 font-semibold no-underline hover:bg-tint"
    >
      {/* The accessible name reads "Lähete 3 toimintaa": the visible text plus the unit. */}
      {label}
      <span className="inline-flex min-w-7 justify-center rounded-full bg-primary px-2 text-sm text-on-primary">{count}</span>
      <span className="sr-only">{units[Math.min(count, units.length - 1)]}</span>
    </Link>
  );
}
