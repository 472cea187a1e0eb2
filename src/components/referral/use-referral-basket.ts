'use client';

import { useSyncExternalStore } from 'react';
import { getBasket, getServerBasket, subscribeToBasket, type BasketItem } from '@/lib/referral/basket';

/** The basket in this browser; empty on the server and before hydration. */
export function useReferralBasket(): readonly BasketItem[] {
  return useSyncExternalStore(subscribeToBasket, getBasket, getServerBasket);
}

const subscribeNever = () => () => {};
/** False on the server and during hydration, true once the browser has taken over. */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeNever, () => true, () => false);
}
