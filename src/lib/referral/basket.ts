/**
 * The referral basket: the activities a professional has picked, kept in this browser's
 * localStorage under one key until a referral is created. Only ids, slugs and titles; nothing
 * about the client. Framework-free: the React hook lives in components/referral.
 *
 * Checked by hand rather than with zod: this module is in the header of every public page,
 * and zod would add some 30 KiB (gzip) to it. The server checks the items again anyway.
 */

export const BASKET_STORAGE_KEY = 'polku.referral-basket';
/** The most activities one referral can hold; the server checks the same limit. */
export const MAX_REFERRAL_ACTIVITIES = 20;

export interface BasketItem {
  id: string;
  slug: string;
  title: string;
}

/** A UUID as zod's `z.uuid()` accepts it (RFC 9562 versions 1–8, the nil and the max UUID). */
const UUID =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length >= 1 && value.length <= max;

/** A stored item with just the known fields, or null when it is malformed. */
export function parseBasketItem(value: unknown): BasketItem | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, slug, title } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !UUID.test(id) || !isText(slug, 200) || !isText(title, 300)) return null;
  return { id, slug, title };
}

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
  if (typeof json !== 'object' || json === null) return [];
  const stored = json as { version?: unknown; items?: unknown };
  if (stored.version !== 1 || !Array.isArray(stored.items)) return [];
  const seen = new Set<string>();
  const items: BasketItem[] = [];
  for (const candidate of stored.items) {
    const item = parseBasketItem(candidate);
    if (!item || seen.has(item.id)) continue;
    seen.add(item.id);
    items.push(item);
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
