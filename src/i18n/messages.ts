import en from '../../messages/en.json';
import fi from '../../messages/fi.json';
import sv from '../../messages/sv.json';
import type { Locale } from './routing';

export type Messages = typeof fi;

/**
 * Every locale's messages, for code that translates outside a page request (route handlers,
 * server actions, CSV files, the referral PDF). The type keeps the files key-for-key equal.
 */
export const MESSAGES: Record<Locale, Messages> = { fi, sv, en };
