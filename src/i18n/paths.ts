import { extractRouteParams, fillRouteTemplate } from '@/lib/i18n/path-params';
import { routing, type Locale } from './routing';

type ParamValue = string | number | readonly (string | number)[];
type QueryValue = string | number | boolean | readonly (string | number | boolean)[] | null | undefined;

/** What next-intl's navigation APIs take as an href (the types are narrowed in navigation.ts). */
export type HrefInput =
  | string
  | { pathname: string; params?: Record<string, ParamValue>; query?: Record<string, QueryValue> };

const PATHNAMES = routing.pathnames as Record<string, string | Record<Locale, string>>;

/** Internal pathnames, static ones first (`/admin/activities/new` before `…/[id]`). */
const INTERNAL = Object.keys(PATHNAMES).sort((a, b) => Number(a.includes('[')) - Number(b.includes('[')));

const templateOf = (internal: string, locale: Locale): string | undefined => {
  const config = PATHNAMES[internal];
  return config === undefined ? undefined : typeof config === 'string' ? config : config[locale];
};

/**
 * The public path of an href in a language, as next-intl's getPathname builds it (localized
 * template, params filled in and encoded, trailing slash dropped, prefix always, query).
 * Its own implementation so that pages need no next-intl/navigation: that module brings
 * next-intl's client Link, and with it use-intl, into every page's JavaScript.
 */
export function localizedPathname(href: HrefInput, locale: Locale): string {
  const { pathname, params, query } = typeof href === 'string' ? { pathname: href, params: undefined, query: undefined } : href;
  const template = templateOf(pathname, locale);
  let path = pathname;
  if (template !== undefined) {
    const values = Object.fromEntries(
      Object.entries(params ?? {}).map(([key, value]) => [key, Array.isArray(value) ? value.map(String) : String(value)]),
    );
    const filled = fillRouteTemplate(template, values);
    if (filled === null) {
      throw new Error(`Insufficient params provided for localized pathname.\nTemplate: ${template}\nParams: ${JSON.stringify(params)}`);
    }
    path = filled;
  }
  if (path !== '/' && path.endsWith('/')) path = path.slice(0, -1);
  if (query) path += serializeQuery(query);
  // An absolute URL or a relative path is left as it is; everything else gets the prefix.
  if (/^[a-z]+:/i.test(path) || !path.startsWith('/')) return path;
  return `/${locale}${/^\/(\?.*)?$/.test(path) ? path.slice(1) : path}`;
}

function serializeQuery(query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.set(key, String(value));
  }
  return `?${params.toString()}`;
}

/** The internal pathname (`/activities/[slug]`) of a public path without its locale prefix. */
export function internalPathname(unprefixed: string, locale: Locale): string {
  for (const internal of INTERNAL) {
    if (extractRouteParams(templateOf(internal, locale)!, unprefixed)) return internal;
  }
  return unprefixed;
}
