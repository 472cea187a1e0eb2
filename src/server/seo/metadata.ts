import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { absoluteUrl, type AppHref } from './urls';

/** The site-wide Open Graph image (public/og-image.png, made by scripts/og-image.ts). */
export const DEFAULT_OG_IMAGE = { url: '/og-image.png', width: 1200, height: 630, type: 'image/png' } as const;

/** Open Graph wants language_TERRITORY: Finnish and Swedish as used in Finland, British English. */
const OPEN_GRAPH_LOCALES: Record<string, string> = { fi: 'fi_FI', sv: 'sv_FI', en: 'en_GB' };
export const openGraphLocale = (locale: string) => OPEN_GRAPH_LOCALES[locale] ?? `${locale}_FI`;

export interface PageMetadataInput {
  locale: Locale;
  /** The page, or the page per language when its slug is translated (themes, stages). */
  href: AppHref | ((locale: Locale) => AppHref);
  title: string;
  description?: string;
  /** The home page's title stands alone, without the "– Polku" suffix of the others. */
  absoluteTitle?: boolean;
  /** A page's own picture; the site image otherwise. */
  image?: { url: string; alt?: string };
  robots?: Metadata['robots'];
}

/**
 * The one place that writes a public page's canonical address, hreflang alternates (every
 * locale of the routing, plus x-default) and Open Graph data, so that a new locale shows
 * up on every page at once.
 */
export async function pageMetadata(input: PageMetadataInput): Promise<Metadata> {
  const { locale, href, title, description, absoluteTitle, image, robots } = input;
  const imageAlt = (await getTranslations({ locale, namespace: 'Metadata' }))('titleDefault');
  const hrefIn = (target: Locale) => (typeof href === 'function' ? href(target) : href);
  const url = absoluteUrl(hrefIn(locale), locale);
  const languages: Record<string, string> = Object.fromEntries(
    routing.locales.map((target) => [target, absoluteUrl(hrefIn(target), target)]),
  );
  languages['x-default'] = languages[routing.defaultLocale]!;
  const images = image
    ? [{ url: image.url, alt: image.alt ?? imageAlt }]
    : [{ ...DEFAULT_OG_IMAGE, alt: imageAlt }];
  return {
    title: absoluteTitle ? { absolute: title } : title,
    ...(description ? { description } : {}),
    ...(robots ? { robots } : {}),
    alternates: { canonical: url, languages },
    openGraph: {
      type: 'website',
      siteName: 'Polku',
      title,
      ...(description ? { description } : {}),
      url,
      locale: openGraphLocale(locale),
      alternateLocale: routing.locales.filter((other) => other !== locale).map(openGraphLocale),
      images,
    },
    twitter: { card: 'summary_large_image', title, ...(description ? { description } : {}), images: images.map((i) => i.url) },
  };
}
