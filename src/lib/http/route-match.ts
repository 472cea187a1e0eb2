import { routing, type AppPathname, type Locale } from '@/i18n/routing';
import type { GatedRoute } from './page-gate';

export type RouteMatch =
  | { kind: 'page'; gated: GatedRoute | null }
  /** A path under a locale prefix that no page has: the proxy answers 404 itself. */
  | { kind: 'unknown'; locale: Locale }
  /** Anything else (the bare `/`, other prefixes, files): left to locale routing or Next. */
  | { kind: 'other' };

const GATED = new Set<AppPathname>(['/activities/[slug]', '/organizations/[slug]', '/themes/[slug]', '/stages/[slug]', '/l/[code]']);

interface Template {
  route: AppPathname;
  pattern: RegExp;
}

function templateRegExp(template: string): RegExp {
  const source = template
    .split('/')
    .map((part) => (/^\[\w+\]$/.test(part) ? '([^/]+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source === '' ? '' : source}/?$`);
}

// Both the translated paths and the internal ones (which locale routing redirects from).
const templates = Object.fromEntries(routing.locales.map((locale) => [locale, [] as Template[]])) as Record<Locale, Template[]>;
for (const [route, localized] of Object.entries(routing.pathnames) as [AppPathname, string | Record<Locale, string>][]) {
  for (const locale of routing.locales) {
    const path = typeof localized === 'string' ? localized : localized[locale];
    for (const candidate of new Set([path, route])) {
      templates[locale].push({ route, pattern: templateRegExp(candidate === '/' ? '' : candidate) });
    }
  }
}

function decodeSegment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Which page, if any, a request path under a locale prefix addresses. */
export function matchRoute(pathname: string): RouteMatch {
  const [, first = '', ...others] = pathname.split('/');
  if (!(routing.locales as readonly string[]).includes(first)) return { kind: 'other' };
  const locale = first as Locale;
  const rest = others.length > 0 ? `/${others.join('/')}` : '';
  if (rest.split('/').some((segment) => segment.includes('.'))) return { kind: 'other' };
  for (const { route, pattern } of templates[locale]) {
    const match = pattern.exec(rest);
    if (!match) continue;
    if (!GATED.has(route)) return { kind: 'page', gated: null };
    const value = decodeSegment(match[1]!);
    return {
      kind: 'page',
      gated: route === '/l/[code]' ? { route, code: value } : { route: route as Exclude<GatedRoute['route'], '/l/[code]'>, locale, slug: value },
    };
  }
  return { kind: 'unknown', locale };
}
