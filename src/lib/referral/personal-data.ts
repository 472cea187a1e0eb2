/**
 * Recognises text that identifies a person, so that a referral message cannot carry it:
 * Finnish personal identity codes (henkilötunnus), phone numbers and e-mail addresses.
 * Errs towards refusing: a false alarm costs the professional a rewording, a miss puts
 * personal data in the database.
 */

export type PersonalDataKind = 'identityCode' | 'phone' | 'email';

const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

// DDMMYY, a century sign (+ 1800s; - U V W X Y 1900s; A B C D E F 2000s), NNN and a check character.
const IDENTITY_CODE = /(?<![0-9A-Za-z])(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])(?![0-9A-Za-z])/gi;

const CENTURY: Record<string, number> = {
  '+': 1800,
  '-': 1900, U: 1900, V: 1900, W: 1900, X: 1900, Y: 1900,
  A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};

/** True for a well-formed henkilötunnus whose date exists and whose check character matches. */
export function isValidIdentityCode(candidate: string): boolean {
  const match = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/i.exec(candidate.trim());
  if (!match) return false;
  const [, dd, mm, yy, sign, individual, check] = match as unknown as [string, string, string, string, string, string, string];
  const year = CENTURY[sign.toUpperCase()]! + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  const expected = CHECK_CHARACTERS[Number(`${dd}${mm}${yy}${individual}`) % 31];
  return expected === check.toUpperCase();
}

function containsIdentityCode(text: string): boolean {
  for (const match of text.matchAll(IDENTITY_CODE)) {
    if (isValidIdentityCode(match[0])) return true;
  }
  return false;
}

// Finnish numbers: +358 or 00358 and 7–10 digits, or a national number starting with 0
// (mobile 04x/050, landline area codes) of 7–10 digits; spaces, hyphens and parentheses allowed.
const INTERNATIONAL_PHONE = /(?:\+|\b00)\s*\d[\d\s\-().]{6,16}\d/;
const NATIONAL_PHONE = /(?<![\d.,:/])0[\d\s\-()]{5,14}\d(?![\d.,:/])/g;

function containsPhone(text: string): boolean {
  if (INTERNATIONAL_PHONE.test(text)) return true;
  for (const match of text.matchAll(NATIONAL_PHONE)) {
    const digits = match[0].replace(/\D/g, '');
    // 0 + area or operator code + subscriber number: 7–10 digits in all. Dates and clock times
    // (01.02.2027, 09–10) are kept out by the separators the pattern allows.
    if (digits.length >= 7 && digits.length <= 10) return true;
  }
  return false;
}

const EMAIL = /[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+\.[a-z]{2,}/i;

function containsEmail(text: string): boolean {
  return EMAIL.test(text);
}

/** The kinds of personal data found in the text, in a fixed order; empty when none. */
export function findPersonalData(text: string): PersonalDataKind[] {
  const found: PersonalDataKind[] = [];
  if (containsIdentityCode(text)) found.push('identityCode');
  if (containsPhone(text)) found.push('phone');
  if (containsEmail(text)) found.push('email');
  return found;
}
