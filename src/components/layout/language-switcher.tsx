import { Suspense } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { LanguageLinks, LanguageLinksWithQuery, type LanguageRoute } from './language-switcher-client';

/** Every route's public path template per language, static routes first (`…/uusi` before `…/[id]`). */
const ROUTES: LanguageRoute[] = Object.entries(routing.pathnames)
  .map(([internal, config]) => ({
    internal,
    localized: Object.fromEntries(
      routing.locales.map((locale) => [locale, typeof config === 'string' ? config : config[locale]]),
    ) as Record<Locale, string>,
  }))
  .sort((a, b) => Number(a.internal.includes('[')) - Number(b.internal.includes('[')));

export async function LanguageSwitcher() {
  const [t, locale] = await Promise.all([getTranslations('LanguageSwitcher'), getLocale()]);
  const props = { label: t('label'), locale: locale as Locale, routes: ROUTES };
  // On prerendered pages the query string is unknown at build time: the fallback links to
  // the same page without it, and the client fills it in.
  return (
    <Suspense fallback={<LanguageLinks {...props} />}>
      <LanguageLinksWithQuery {...props} />
    </Suspense>
  );
}
