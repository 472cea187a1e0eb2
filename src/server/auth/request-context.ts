import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';

export interface CookieToSet {
  name: string;
  value: string;
  options: {
    maxAge?: number;
    expires?: Date;
    path?: string;
    domain?: string;
    secure?: boolean;
    httpOnly?: boolean;
    sameSite?: 'lax' | 'strict' | 'none';
  };
}

/** What authentication needs from the current request: its headers, and a way to set cookies. */
export interface RequestContext {
  headers(): Promise<Headers>;
  setCookie(cookie: CookieToSet): Promise<void>;
  /** After a server action changed data: re-render the page the browser shows. */
  refresh(): Promise<void>;
}

const nextRequestContext: RequestContext = {
  async headers() {
    const { headers } = await import('next/headers');
    return new Headers(await headers());
  },
  async setCookie({ name, value, options }) {
    const { cookies } = await import('next/headers');
    (await cookies()).set(name, value, options);
  },
  async refresh() {
    const { refresh } = await import('next/cache');
    refresh();
  },
};

// On globalThis so that every copy of this module (dev-mode reloads, fresh test imports) agrees.
const globalForContext = globalThis as unknown as { __polkuRequestContext?: AsyncLocalStorage<RequestContext> };
const override = (globalForContext.__polkuRequestContext ??= new AsyncLocalStorage<RequestContext>());

/**
 * Runs `fn` with a request context other than Next's, e.g. a command-line tool or a test
 * calling server actions, pages and route handlers as a chosen caller.
 */
export function runWithRequestContext<T>(context: RequestContext, fn: () => Promise<T>): Promise<T> {
  return override.run(context, fn);
}

export function requestContext(): RequestContext {
  return override.getStore() ?? nextRequestContext;
}
