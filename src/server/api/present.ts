import 'server-only';
import { routing } from '@/i18n/routing';
import { pickLocalized } from '@/lib/i18n/localized';
import type { ApiLocale, ApiText } from '@/lib/api/schemas';
import { getEnv } from '@/server/env';

type Values = { fi?: string | null; sv?: string | null; en?: string | null };

const clean = (value: string | null | undefined) => (value?.trim() ? value : null);

/** A text field: every language, or one language (with fallback) when the caller chose a locale. */
export function apiText(values: Values, locale: ApiLocale | undefined): ApiText {
  if (locale) return pickLocalized(values, locale)?.text ?? null;
  const text = { fi: clean(values.fi), sv: clean(values.sv), en: clean(values.en) };
  return text.fi === null && text.sv === null && text.en === null ? null : text;
}

/** The Polku UI has Finnish and Swedish pages; English readers get the Finnish one. */
export function pageLocale(locale: ApiLocale | undefined): 'fi' | 'sv' {
  return locale === 'sv' ? 'sv' : 'fi';
}

type PublicPath = '/activities/[slug]' | '/organizations/[slug]' | '/search';

/**
 * An absolute page URL from the routing table (prefix always on). Reads the table instead
 * of next-intl's getPathname so that this module also runs outside Next (tests, scripts).
 */
function pageUrl(pathname: PublicPath, locale: 'fi' | 'sv', slug = ''): string {
  const localized = routing.pathnames[pathname][locale].replace('[slug]', encodeURIComponent(slug));
  return `${getEnv().PUBLIC_BASE_URL}/${locale}${localized}`;
}

export function activityPageUrl(slug: string, locale: ApiLocale | undefined): string {
  return pageUrl('/activities/[slug]', pageLocale(locale), slug);
}

export function organizationPageUrl(slug: string, locale: ApiLocale | undefined): string {
  return pageUrl('/organizations/[slug]', pageLocale(locale), slug);
}

export function searchPageUrl(query: URLSearchParams, locale: 'fi' | 'sv'): string {
  const search = query.toString();
  return `${pageUrl('/search', locale)}${search ? `?${search}` : ''}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A lookup by id when the value is a UUID, otherwise by slug. */
export function idOrSlug(value: string): { id: string } | { slug: string } {
  return UUID.test(value) ? { id: value.toLowerCase() } : { slug: value };
}

export const isoDate = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);
export const isoInstant = (date: Date | null | undefined) => (date ? date.toISOString() : null);
