import { createElement, type ComponentProps } from 'react';
import NextLink from 'next/link';
import { permanentRedirect as nextPermanentRedirect, redirect as nextRedirect } from 'next/navigation';
import { useLocale } from 'next-intl';
import type { createNavigation } from 'next-intl/navigation';
import { usePathname as usePathnameHook, useRouter as useRouterHook } from './navigation-hooks';
import { localizedPathname, type HrefInput } from './paths';
import { locales, routing, type Locale } from './routing';

/*
 * next-intl's navigation APIs (typed by next-intl, for the pathnames in routing.ts) without
 * next-intl/navigation at run time. That module imports next-intl's client Link, and a client
 * component anywhere in a page's server modules is loaded with the page whether it is rendered
 * or not: use-intl with its message formatter was in every page's JavaScript. The public pages
 * have no NextIntlClientProvider; their client components take server-built hrefs and
 * next/link. `Link`, `useRouter` and `usePathname` also work in client components.
 */

type Navigation = ReturnType<typeof createNavigation<typeof locales, 'always', typeof routing.pathnames, never>>;

/** The public path of a route in a language: `getPathname({ href: '/search', locale: 'sv' })` is `/sv/sok`. */
export const getPathname: Navigation['getPathname'] = ({ href, locale }) =>
  localizedPathname(href as HrefInput, locale as Locale);

export const redirect: Navigation['redirect'] = (args, type) => nextRedirect(getPathname(args), type);
export const permanentRedirect: Navigation['permanentRedirect'] = (args, type) =>
  nextPermanentRedirect(getPathname(args), type);

export const usePathname = usePathnameHook as Navigation['usePathname'];
export const useRouter = useRouterHook as unknown as Navigation['useRouter'];

type LinkProps = ComponentProps<Navigation['Link']>;

/**
 * next-intl's `Link`: the href is localized where the link is rendered and handed to next/link.
 * In a server component the locale comes from the request; in a client component it needs a
 * NextIntlClientProvider (admin, referral page), so public client components use next/link.
 */
export function Link({ href, locale, ...rest }: LinkProps) {
  const current = useLocale() as Locale;
  const target = (locale ?? current) as Locale;
  let localized: ComponentProps<typeof NextLink>['href'];
  if (typeof href === 'string') {
    localized = isLocalizable(href) ? localizedPathname(href, target) : href;
  } else {
    const { pathname, params, ...url } = href as typeof href & { params?: Record<string, string | string[]> };
    localized = isLocalizable(href) ? { ...url, pathname: localizedPathname({ pathname, params }, target) } : href;
  }
  // Like next-intl: a link to another language is marked and not prefetched.
  const localeProps = target !== current ? { hrefLang: target, prefetch: false } : {};
  return createElement(NextLink, { ...localeProps, ...rest, href: localized } as ComponentProps<typeof NextLink>);
}

/** Same rule as next-intl: absolute URLs and relative paths are left as they are. */
function isLocalizable(href: LinkProps['href']): boolean {
  if (typeof href === 'string') return !/^[a-z]+:/i.test(href) && href.startsWith('/');
  const pathname = href.pathname as string | null | undefined;
  return href.host == null && href.hostname == null && (pathname == null || pathname.startsWith('/'));
}
