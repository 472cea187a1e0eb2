import { describe, expect, it } from 'vitest';
import { findPersonalData, isValidIdentityCode } from './personal-data';

describe('isValidIdentityCode', () => {
  it.each(['131052-308T', '010101A123N', '131052Y308T', '131052+308T'])('accepts %s', (code) => {
    expect(isValidIdentityCode(code)).toBe(true);
  });
  it.each(['131052-308A', '320152-308T', '131052G308T', '1310523308T'])('rejects %s', (code) => {
    expect(isValidIdentityCode(code)).toBe(false);
  });
});

describe('findPersonalData', () => {
  it.each([
    ['Asiakas 131052-308T tulee mukaan', ['identityCode']],
    ['Soita numeroon 040 123 4567', ['phone']],
    ['Soita +358 40 1234567', ['phone']],
    ['Puh. 08-5551234', ['phone']],
    ['Viesti osoitteeseen matti.meikalainen@example.fi', ['email']],
  ])('finds personal data in %j', (text, kinds) => {
    expect(findPersonalData(text)).toEqual(kinds);
  });

  it.each([
    'Ryhmä kokoontuu tiistaisin klo 18–19.30, aloitus 13.1.2027.',
    'Postinumero 90100 Oulu, hinta 2 €.',
    'Mene rohkeasti mukaan! Ensimmäinen kerta on 01.02.2027.',
    'Tunnus 131052-308A ei ole oikea.',
  ])('lets ordinary text through: %j', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});
