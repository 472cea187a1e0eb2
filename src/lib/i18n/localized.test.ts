import { describe, expect, it } from 'vitest';
import { pickLocalized } from './localized';

describe('pickLocalized', () => {
  it('returns the value in the page language', () => {
    expect(pickLocalized({ fi: 'Kerho', sv: 'Klubb', en: 'Club' }, 'sv')).toEqual({ text: 'Klubb', lang: 'sv' });
    expect(pickLocalized({ fi: 'Kerho', sv: 'Klubb', en: 'Club' }, 'fi')).toEqual({ text: 'Kerho', lang: 'fi' });
  });

  it('falls back to Finnish, then Swedish, then English', () => {
    expect(pickLocalized({ fi: 'Kerho', en: 'Club' }, 'sv')).toEqual({ text: 'Kerho', lang: 'fi' });
    expect(pickLocalized({ sv: 'Klubb', en: 'Club' }, 'fi')).toEqual({ text: 'Klubb', lang: 'sv' });
    expect(pickLocalized({ en: 'Club' }, 'fi')).toEqual({ text: 'Club', lang: 'en' });
  });

  it('treats null, undefined and blank strings as missing', () => {
    expect(pickLocalized({ fi: '  ', sv: null, en: 'Club' }, 'fi')).toEqual({ text: 'Club', lang: 'en' });
    expect(pickLocalized({ fi: undefined, sv: '' }, 'sv')).toBeNull();
    expect(pickLocalized({}, 'fi')).toBeNull();
  });

  it('trims surrounding whitespace', () => {
    expect(pickLocalized({ fi: '  Kerho \n' }, 'fi')).toEqual({ text: 'Kerho', lang: 'fi' });
  });

  it('uses the fallback order for a locale it does not know', () => {
    expect(pickLocalized({ sv: 'Klubb', fi: 'Kerho' }, 'de')).toEqual({ text: 'Kerho', lang: 'fi' });
  });

  it('accepts English as the page language', () => {
    expect(pickLocalized({ fi: 'Kerho', en: 'Club' }, 'en')).toEqual({ text: 'Club', lang: 'en' });
  });
});
