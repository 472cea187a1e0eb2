/** Contact addresses and dates in the legal statements. Demo values: replace before production. */
export const ACCESSIBILITY_FEEDBACK_EMAIL = 'saavutettavuus@polku-demo.example';
export const PRIVACY_CONTACT_EMAIL = 'tietosuoja@polku-demo.example';

/** Noon in Helsinki, so the date is the same in every time zone it is formatted in. */
export const ACCESSIBILITY_STATEMENT_DATE = new Date('2026-11-23T12:00:00+02:00');
export const PRIVACY_NOTICE_DATE = new Date('2026-11-23T12:00:00+02:00');
