import { describe, expect, it } from 'vitest';
import { contactRole, priceNoteBeyond } from './format';

describe('priceNoteBeyond', () => {
  it('drops a note that only repeats the price label', () => {
    expect(priceNoteBeyond('Avgiftsfri', 'Avgiftsfri.')).toBeNull();
    expect(priceNoteBeyond('Maksuton', ' maksuton ')).toBeNull();
    expect(priceNoteBeyond('Free of charge', 'Free of charge.')).toBeNull();
    expect(priceNoteBeyond('Maksuton', '')).toBeNull();
  });

  it('keeps a note that says more', () => {
    expect(priceNoteBeyond('Maksullinen', '5 € / kerta, kahvi 1 €.')).toBe('5 € / kerta, kahvi 1 €.');
  });
});

describe('contactRole', () => {
  it('translates the roles sources use and leaves unknown ones as written', () => {
    expect(contactRole('Koordinaattori', 'sv')).toEqual({ text: 'Koordinator', lang: 'sv' });
    expect(contactRole('Koordinaattori', 'en')).toEqual({ text: 'Coordinator', lang: 'en' });
    expect(contactRole('Koordinaattori', 'fi')).toEqual({ text: 'Koordinaattori', lang: 'fi' });
    expect(contactRole('Kuorovastaava Liisa', 'en')).toEqual({ text: 'Kuorovastaava Liisa', lang: null });
  });
});
