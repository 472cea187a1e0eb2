import { stampSocketAddress } from '@/server/client-address';
import { runWithRequestContext, type CookieToSet, type RequestContext } from '@/server/auth/request-context';

/**
 * A request context for calling login, server actions, pages and route handlers from a test as a
 * chosen caller: a browser with a cookie jar and a client address.
 */
export class FakeBrowser implements RequestContext {
  readonly jar = new Map<string, string>();
  readonly setCookies: CookieToSet[] = [];
  refreshes = 0;

  constructor(public address = '203.0.113.10') {}

  async headers(): Promise<Headers> {
    const headers = new Headers({ 'user-agent': 'vitest' });
    stampSocketAddress(headers, this.address);
    const cookie = [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
    if (cookie) headers.set('cookie', cookie);
    return headers;
  }

  async setCookie(cookie: CookieToSet): Promise<void> {
    this.setCookies.push(cookie);
    if (cookie.value === '' || cookie.options.maxAge === 0) this.jar.delete(cookie.name);
    else this.jar.set(cookie.name, cookie.value);
  }

  async refresh(): Promise<void> {
    this.refreshes += 1;
  }

  run<T>(fn: () => Promise<T>): Promise<T> {
    return runWithRequestContext(this, fn);
  }
}

/** The error Next's redirect() and notFound() throw, as "redirect:<url>" or "not-found". */
export function navigationOutcome(error: unknown): string | undefined {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== 'string') return undefined;
  if (digest.startsWith('NEXT_REDIRECT')) return `redirect:${digest.split(';')[2]}`;
  if (digest === 'NEXT_HTTP_ERROR_FALLBACK;404') return 'not-found';
  return undefined;
}
