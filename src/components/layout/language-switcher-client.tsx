'use client';

import { useEffect, useSyncExternalStore, type ComponentProps } from 'react';
import { usePathname as useExternalPathname, useSearchParams } from 'next/navigation';
import { useLocale } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { routing, type AppPathname, type Locale } from '@/i18n/routing';
import { extractRouteParams, type RouteParams } from '@/lib/i18n/path-params';

/** Each language is offered in its own name, whatever the page language is. */
const LANGUAGE_NAMES: Record<Locale, string> = {
  fi: 'Suomeksi',
  sv: 'På svenska',
};

type Href = ComponentProps<typeof Link>['href'];
type Query = Record<string, string | string[]>;

interface LanguageLinksProps {
  label: string;
  query?: Query;
}

/**
 * Links to the current page in the other languages. Plain links, so they work without
 * JavaScript. Unknown paths (a 404) lead to the other language's front page.
 */
export function LanguageLinks({ label, query }: LanguageLinksProps) {
  const locale = useLocale() as Locale;
  const href = useCurrentPageHref(locale, query);
  const alternate = useSyncExternalStore(subscribeToAlternate, getAlternate, getNoAlternate);
  const hrefIn = (other: Locale): Href => {
    const params = alternate?.params[other];
    if (!params || typeof href !== 'object' || href.pathname !== alternate.pathname) return href;
    return { ...href, params } as Href;
  };

  return (
    <nav aria-label={label}>
      <ul className="flex gap-2">
        {routing.locales
          .filter((other) => other !== locale)
          .map((other) => (
            <li key={other}>
              <Link
                href={hrefIn(other)}
                locale={other}
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
export function LanguageLinksWithQuery({ label }: { label: string }) {
  const searchParams = useSearchParams();
  const query: Query = {};
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return <LanguageLinks label={label} query={query} />;
}

/**
 * The current page as a locale-independent href. The params are read from the URL against
 * the route's localized template rather than from the route folder, so that the link is
 * right even where a catch-all or not-found page is shown for a known path.
 */
function useCurrentPageHref(locale: Locale, query: Query | undefined): Href {
  // Both can be null while Next renders an error or not-found page on the server.
  const template = usePathname() as string | null;
  const externalPathname = useExternalPathname() as string | null;
  if (!template || !externalPathname || !isAppPathname(template)) return '/';
  const config = routing.pathnames[template];
  const localizedTemplate = typeof config === 'string' ? config : config[locale];
  const unprefixed = externalPathname.slice(`/${locale}`.length) || '/';
  // In the browser the pathname is the public one (/fi/toiminta/x); while rendering on the
  // server it can be the rewritten internal one (/fi/activities/x).
  const params = extractRouteParams(localizedTemplate, unprefixed) ?? extractRouteParams(template, unprefixed);
  if (!params) return '/';
  return { pathname: template, params, query } as Href;
}

function isAppPathname(pathname: string): pathname is AppPathname {
  return Object.hasOwn(routing.pathnames, pathname);
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
