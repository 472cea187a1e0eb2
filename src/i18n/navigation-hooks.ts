'use client';

import { useMemo } from 'react';
import { useParams, usePathname as useNextPathname, useRouter as useNextRouter } from 'next/navigation';
import { internalPathname, localizedPathname, type HrefInput } from './paths';
import type { Locale } from './routing';

// next-intl's usePathname and useRouter, minus use-intl: the locale comes from the URL's
// [locale] segment. A 'use client' module so that navigation.ts, which server components
// import, can offer them; keep its imports light, as every page loads it.

function useCurrentLocale(): Locale {
  return useParams<{ locale: Locale }>().locale;
}

/** The current page's internal pathname (`/activities/[slug]`), like next-intl's. */
export function usePathname(): string {
  const pathname = useNextPathname();
  const locale = useCurrentLocale();
  return useMemo(() => {
    if (!pathname) return pathname;
    const prefix = `/${locale}`;
    if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return pathname;
    return internalPathname(pathname.slice(prefix.length) || '/', locale);
  }, [pathname, locale]);
}

type NavigateOptions = { locale?: Locale; scroll?: boolean };

/** next/navigation's router whose push, replace and prefetch take next-intl style hrefs. */
export function useRouter() {
  const router = useNextRouter();
  const current = useCurrentLocale();
  return useMemo(() => {
    const localize =
      <Options extends object>(navigate: (href: string, options?: Options) => void) =>
      (href: HrefInput, options?: NavigateOptions & Options) => {
        const { locale, ...rest } = options ?? {};
        if (locale && locale !== current) document.cookie = `NEXT_LOCALE=${locale}; path=/; samesite=lax`;
        navigate(localizedPathname(href, locale ?? current), Object.keys(rest).length > 0 ? (rest as Options) : undefined);
      };
    return {
      ...router,
      push: localize(router.push),
      replace: localize(router.replace),
      prefetch: localize(router.prefetch),
    };
  }, [router, current]);
}
