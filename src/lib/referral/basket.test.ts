import { describe, expect, it } from 'vitest';
import { MAX_REFERRAL_ACTIVITIES, moveItem, parseBasket, removeItem, serializeBasket, toggleItem, type BasketItem } from './basket';

const item = (n: number): BasketItem => ({
  id: `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`,
  slug: `toiminta-${n}`,
  title: `Toiminta ${n}`,
});

describe('basket', () => {
  it('round-trips through storage and drops malformed items and duplicates', () => {
    const raw = serializeBasket([item(1), item(2)]);
    expect(parseBasket(raw)).toEqual([item(1), item(2)]);
    const tampered = JSON.stringify({ version: 1, items: [item(1), { id: 'x' }, item(1), { ...item(3), extra: 'dropped' }] });
    expect(parseBasket(tampered)).toEqual([item(1), item(3)]);
    expect(parseBasket('not json')).toEqual([]);
    expect(parseBasket(null)).toEqual([]);
  });

  it('rejects other versions, non-UUID ids and over-long texts', () => {
    const stored = (items: unknown[], version: unknown = 1) => JSON.stringify({ version, items });
    expect(parseBasket(stored([item(1)], 2))).toEqual([]);
    expect(parseBasket(JSON.stringify([item(1)]))).toEqual([]);
    expect(parseBasket(JSON.stringify({ version: 1, items: 'x' }))).toEqual([]);
    expect(parseBasket(stored([{ ...item(1), id: '01900000-0000-7000-c000-000000000001' }]))).toEqual([]);
    expect(parseBasket(stored([{ ...item(1), slug: '' }]))).toEqual([]);
    expect(parseBasket(stored([{ ...item(1), title: 'x'.repeat(301) }]))).toEqual([]);
    expect(parseBasket(stored([{ ...item(1), title: 'x'.repeat(300) }]))).toHaveLength(1);
    expect(parseBasket(stored([null, [item(2)], item(3)]))).toEqual([item(3)]);
    expect(parseBasket(stored(Array.from({ length: 30 }, (_, i) => item(i + 1))))).toHaveLength(MAX_REFERRAL_ACTIVITIES);
  });

  it('toggles, removes and moves', () => {
    let items = toggleItem([], item(1));
    items = toggleItem(items, item(2));
    items = toggleItem(items, item(3));
    expect(moveItem(items, item(3).id, -1).map((i) => i.slug)).toEqual(['toiminta-1', 'toiminta-3', 'toiminta-2']);
    expect(moveItem(items, item(1).id, -1)).toEqual(items);
    expect(toggleItem(items, item(2)).map((i) => i.slug)).toEqual(['toiminta-1', 'toiminta-3']);
    expect(removeItem(items, item(1).id)).toHaveLength(2);
  });

  it('takes no more than the maximum', () => {
    const full = Array.from({ length: MAX_REFERRAL_ACTIVITIES }, (_, i) => item(i + 1));
    expect(toggleItem(full, item(99))).toHaveLength(MAX_REFERRAL_ACTIVITIES);
  });
});
