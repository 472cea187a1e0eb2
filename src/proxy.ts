import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// Locale routing only: redirects `/` by Accept-Language and rewrites translated paths.
export default createMiddleware(routing);

export const config = {
  // Everything except API routes, Next internals, embeds and files with an extension.
  matcher: '/((?!api|_next|_vercel|embed|.*\\..*).*)',
};
