'use client';

import type { ComponentProps } from 'react';
import { usePathname as useExternalPathname, useSearchParams } from 'next/navigation';
import { useLocale } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { routing, type AppPathname, type Locale } from '@/i18n/routing';
import { extractRouteParams } from '@/lib/i18n/path-params';

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

  return (
    <nav aria-label={label}>
      <ul className="flex gap-2">
        {routing.locales
          .filter((other) => other !== locale)
          .map((other) => (
            <li key={other}>
              <Link
                href={href}
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
