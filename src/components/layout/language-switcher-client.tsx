'use client';

import { useEffect, useSyncExternalStore } from 'react';
import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import type { AppPathname, Locale } from '@/i18n/routing';
import { extractRouteParams, fillRouteTemplate, type RouteParams } from '@/lib/i18n/path-params';

/** Each language is offered in its own name, whatever the page language is. */
const LANGUAGE_NAMES: Record<Locale, string> = {
  fi: 'Suomeksi',
  sv: 'På svenska',
  en: 'In English',
};

/** A route's internal path (the folder under src/app/[locale]) and its public path per language. */
export interface LanguageRoute {
  internal: string;
  localized: Record<Locale, string>;
}

interface LanguageLinksProps {
  label: string;
  locale: Locale;
  /** From the server (src/i18n/routing.ts): this component stays free of next-intl. */
  routes: LanguageRoute[];
  /** The query string, with its `?`, or empty. */
  query?: string;
}

/**
 * Links to the current page in the other languages. Plain links, so they work without
 * JavaScript. Unknown paths (a 404) lead to the other language's front page.
 */
export function LanguageLinks({ label, locale, routes, query = '' }: LanguageLinksProps) {
  // The public path in the browser (/fi/toiminta/x); while rendering on the server it can be
  // the rewritten internal one (/fi/activities/x). Null while Next renders an error page.
  const pathname = usePathname() as string | null;
  const alternate = useSyncExternalStore(subscribeToAlternate, getAlternate, getNoAlternate);
  const others = (Object.keys(LANGUAGE_NAMES) as Locale[]).filter((other) => other !== locale);

  return (
    <nav aria-label={label}>
      <ul className="flex gap-2">
        {others.map((other) => (
          <li key={other}>
            <Link
              href={hrefIn(other, { locale, routes, query, pathname, alternate })}
              prefetch={false}
              onClick={() => rememberLocale(other)}
              lang={other}
              hrefLang={other}
              className="inline-flex min-h-11 items-center rounded-md border border-primary px-3 py-1.5 font-semibold no-underline hover:bg-tint"
            >
              {LANGUAGE_NAMES[other]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Same links, keeping the query string (search filters). Needs a Suspense boundary. */
export function LanguageLinksWithQuery(props: Omit<LanguageLinksProps, 'query'>) {
  const query = useSearchParams().toString();
  return <LanguageLinks {...props} query={query ? `?${query}` : ''} />;
}

interface CurrentPage {
  locale: Locale;
  routes: LanguageRoute[];
  query: string;
  pathname: string | null;
  alternate: AlternateParamsProps | null;
}

/**
 * The current page in another language. The params are read from the URL against the
 * route's localized template rather than from the route folder, so that the link is right
 * even where a catch-all or not-found page is shown for a known path.
 */
function hrefIn(other: Locale, { locale, routes, query, pathname, alternate }: CurrentPage): string {
  const prefix = `/${locale}`;
  if (!pathname || (pathname !== prefix && !pathname.startsWith(`${prefix}/`))) return `/${other}`;
  const unprefixed = pathname.slice(prefix.length) || '/';
  for (const route of routes) {
    const params = extractRouteParams(route.localized[locale], unprefixed) ?? extractRouteParams(route.internal, unprefixed);
    if (!params) continue;
    const translated = alternate?.pathname === route.internal ? alternate.params[other] : undefined;
    const path = fillRouteTemplate(route.localized[other], translated ?? params);
    if (path === null) break;
    return `/${other}${path === '/' ? '' : path}${query}`;
  }
  return `/${other}`;
}

/**
 * What next-intl's Link does when it changes the language: the cookie that `/` uses to pick
 * the language is updated at once, as a client-side navigation may not reach the middleware.
 */
function rememberLocale(locale: Locale) {
  document.cookie = `NEXT_LOCALE=${locale}; path=/; samesite=lax`;
}

export interface AlternateParamsProps {
  pathname: AppPathname;
  /** The page's params in each language, where they differ (a translated slug). */
  params: Partial<Record<Locale, RouteParams>>;
}

// The page announces its params in the other languages; the switcher in the header reads them.
let alternate: AlternateParamsProps | null = null;
const alternateListeners = new Set<() => void>();

function setAlternate(value: AlternateParamsProps | null) {
  alternate = value;
  for (const listener of alternateListeners) listener();
}

function subscribeToAlternate(listener: () => void) {
  alternateListeners.add(listener);
  return () => {
    alternateListeners.delete(listener);
  };
}

const getAlternate = () => alternate;
const getNoAlternate = () => null;

/**
 * Rendered by a page whose slug is translated, so that the language links lead straight to
 * the same page in the other language. Before hydration, and without JavaScript, the links
 * carry this language's slug and the page redirects to the right one.
 */
export function AlternateParams({ pathname, params }: AlternateParamsProps) {
  const key = JSON.stringify(params);
  useEffect(() => {
    setAlternate({ pathname, params: JSON.parse(key) as AlternateParamsProps['params'] });
    return () => setAlternate(null);
  }, [pathname, key]);
  return null;
}
