import type { ClientLanguage } from './occurrence-text';

/**
 * The client's page: /fi/l/<code>, /sv/l/<code> or /en/l/<code>. The same path in every
 * language, so it is built here rather than through the translated pathnames.
 */
export function clientReferralPath(language: ClientLanguage, code: string): string {
  return `/${language}/l/${encodeURIComponent(code)}`;
}
