/**
 * The referral basket: the activities a professional has picked, kept in this browser's
 * localStorage under one key until a referral is created. Only ids, slugs and titles; nothing
 * about the client. Framework-free: the React hook lives in components/referral.
 */
import { z } from 'zod';

export const BASKET_STORAGE_KEY = 'polku.referral-basket';
/** The most activities one referral can hold; the server checks the same limit. */
export const MAX_REFERRAL_ACTIVITIES = 20;

export const basketItemSchema = z.object({
  id: z.uuid(),
  slug: z.string().min(1).max(200),
  title: z.string().min(1).max(300),
});
export type BasketItem = z.infer<typeof basketItemSchema>;

const storedBasketSchema = z.object({ version: z.literal(1), items: z.array(z.unknown()) });

export const EMPTY_BASKET: readonly BasketItem[] = Object.freeze([]);

/** Reads a stored value; anything malformed is dropped item by item, never thrown. */
export function parseBasket(raw: string | null): BasketItem[] {
  if (!raw) return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return [];
  }
  const stored = storedBasketSchema.safeParse(json);
  if (!stored.success) return [];
  const seen = new Set<string>();
  const items: BasketItem[] = [];
  for (const candidate of stored.data.items) {
    const item = basketItemSchema.safeParse(candidate);
    if (!item.success || seen.has(item.data.id)) continue;
    seen.add(item.data.id);
    items.push(item.data);
    if (items.length === MAX_REFERRAL_ACTIVITIES) break;
  }
  return items;
}

export function serializeBasket(items: readonly BasketItem[]): string {
  return JSON.stringify({ version: 1, items: items.map(({ id, slug, title }) => ({ id, slug, title })) });
}

export function hasItem(items: readonly BasketItem[], id: string): boolean {
  return items.some((item) => item.id === id);
}

/** Adds the item at the end, or removes it when it is already there. Full baskets take no more. */
export function toggleItem(items: readonly BasketItem[], item: BasketItem): BasketItem[] {
  if (hasItem(items, item.id)) return items.filter((other) => other.id !== item.id);
  if (items.length >= MAX_REFERRAL_ACTIVITIES) return [...items];
  return [...items, item];
}

export function removeItem(items: readonly BasketItem[], id: string): BasketItem[] {
  return items.filter((item) => item.id !== id);
}

/** Moves an item one place up (-1) or down (+1); out-of-range moves change nothing. */
export function moveItem(items: readonly BasketItem[], id: string, direction: -1 | 1): BasketItem[] {
  const from = items.findIndex((item) => item.id === id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

// ---------------------------------------------------------------------------
// The store: one snapshot per stored string, so React sees a stable value between changes.
// ---------------------------------------------------------------------------

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cachedItems: readonly BasketItem[] = EMPTY_BASKET;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Storage can be switched off; the basket then lives as long as the page.
    return null;
  }
}

let memoryRaw: string | null = null;

function readRaw(): string | null {
  const store = storage();
  if (!store) return memoryRaw;
  try {
    return store.getItem(BASKET_STORAGE_KEY);
  } catch {
    return memoryRaw;
  }
}

export function getBasket(): readonly BasketItem[] {
  const raw = readRaw();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedItems = Object.freeze(parseBasket(raw));
  }
  return cachedItems;
}

export function getServerBasket(): readonly BasketItem[] {
  return EMPTY_BASKET;
}

export function setBasket(items: readonly BasketItem[]): void {
  const raw = serializeBasket(items);
  memoryRaw = raw;
  const store = storage();
  try {
    if (items.length === 0) store?.removeItem(BASKET_STORAGE_KEY);
    else store?.setItem(BASKET_STORAGE_KEY, raw);
  } catch {
    // Quota or privacy mode: keep the in-memory copy.
  }
  for (const listener of listeners) listener();
}

export function updateBasket(change: (items: readonly BasketItem[]) => readonly BasketItem[]): void {
  setBasket(change(getBasket()));
}

/** Subscribes to changes from this tab and, through the `storage` event, from other tabs. */
export function subscribeToBasket(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === BASKET_STORAGE_KEY) listener();
  };
  if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
  };
}
