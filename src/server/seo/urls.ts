import 'server-only';
import { getPathname } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';
import { getEnv } from '@/server/env';

export type AppHref = Parameters<typeof getPathname>[0]['href'];

/** The absolute public URL of a page in one language. */
export function absoluteUrl(href: AppHref, locale: Locale): string {
  return `${getEnv().PUBLIC_BASE_URL}${getPathname({ href, locale })}`;
}

/** Absolute URLs of a page in every language, plus x-default (Finnish), for hreflang. */
export function languageAlternates(href: AppHref): Record<Locale | 'x-default', string> {
  const urls = Object.fromEntries(routing.locales.map((locale) => [locale, absoluteUrl(href, locale)])) as Record<
    Locale,
    string
  >;
  return { ...urls, 'x-default': urls[routing.defaultLocale] };
}
