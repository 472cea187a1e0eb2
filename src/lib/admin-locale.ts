import { hasLocale } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';

/** The route's locale; the [locale] layout has already answered 404 for anything else. */
export function adminLocale(value: string): Locale {
  return hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}
