/**
 * Texts of the client's referral page and PDF (namespace ReferralClient), in any of the three
 * languages whatever the page's own language is.
 */
import { MESSAGES } from '@/i18n/messages';
import type { ClientLanguage } from './occurrence-text';

export type ClientTexts = (typeof MESSAGES)['fi']['ReferralClient'];

export function getClientTexts(language: ClientLanguage): ClientTexts {
  return MESSAGES[language].ReferralClient;
}

/** Fills `{name}` placeholders; these texts use no plural or select forms. */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The date as people write it in the client's language: 12.3.2027, or 12 March 2027 in English. */
export function formatClientDate(date: Date, language: ClientLanguage): string {
  if (language === 'en') {
    return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  }
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Helsinki',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(date);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${Number(get('day'))}.${Number(get('month'))}.${get('year')}`;
}
