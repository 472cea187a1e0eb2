import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { findPageGate } from '@/lib/http/page-gate';
import {
  checkActionBody,
  checkActionHeaders,
  checkUrl,
  isPossibleAction,
  requestKind,
  type Rejection,
  type RequestKind,
} from '@/lib/http/request-checks';
import { matchRoute } from '@/lib/http/route-match';
import { API_CSP, createNonce, pageCsp, tileOrigin } from '@/lib/http/security-headers';
import { renderStatusPage, statusPageLocale, type StatusPageKind } from '@/lib/http/status-page';
import { routing } from './i18n/routing';

/**
 * The edge of the app, before Next.js routes a request:
 * 1. input Next's own layers would answer with a 500 (undecodable paths, NUL bytes, foreign,
 *    oversize or undecodable server-action posts) gets a 400/403/413;
 * 2. during a database outage pages, the API and embeds answer 503 within seconds;
 * 3. unknown pages and missing activities, organisers, themes, stages and referrals get a
 *    server-rendered 404 (Next's own is an empty shell filled in by JavaScript);
 * 4. every page gets a nonce-based Content-Security-Policy;
 * 5. locale routing (next-intl): `/` by Accept-Language, translated paths.
 * The status pages are rendered here: complete HTML in the page's language, no scripts.
 */
const handleI18nRouting = createMiddleware(routing);

const development = process.env.NODE_ENV === 'development';
// Map tiles are images from the configured tile server: the page CSP allows that one origin.
const TILE_ORIGIN = tileOrigin();

// Routes that answer without the database, so they stay up (and truthful) during an outage.
const NO_DATABASE = new Set(['/api/health', '/api/v1/openapi.json', '/api/v1/docs']);

// The same types and titles as the API's own problem documents (src/server/api/http.ts).
const PROBLEMS: Record<number, { type: string; title: string }> = {
  400: { type: '/api/v1/docs#problem-invalid-request', title: 'Invalid request' },
  403: { type: 'about:blank', title: 'Forbidden' },
  404: { type: '/api/v1/docs#problem-not-found', title: 'Not found' },
  413: { type: 'about:blank', title: 'Content too large' },
  503: { type: '/api/v1/docs#problem-unavailable', title: 'Service unavailable' },
};

const PAGE_KINDS: Record<number, StatusPageKind> = {
  400: 'badRequest',
  403: 'forbidden',
  404: 'notFound',
  413: 'tooLarge',
  503: 'unavailable',
};

const RETRY_AFTER_SECONDS = '30';

function problem(status: number, detail: string, instance: string): NextResponse {
  const body = { ...PROBLEMS[status], status, detail, instance };
  return new NextResponse(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/problem+json',
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
      'Content-Security-Policy': API_CSP,
      ...(status === 503 ? { 'Retry-After': RETRY_AFTER_SECONDS } : {}),
    },
  });
}

function statusPage(request: NextRequest, status: number, nonce: string): NextResponse {
  const { pathname } = request.nextUrl;
  const html = renderStatusPage({
    kind: PAGE_KINDS[status]!,
    locale: statusPageLocale(pathname),
    nonce,
    retryHref: status === 503 ? request.nextUrl.pathname + request.nextUrl.search : undefined,
  });
  // HEAD gets the headers only; a page that failed is never cached.
  return new NextResponse(request.method === 'HEAD' ? null : html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': pageCsp(nonce, { development, tileOrigin: TILE_ORIGIN }),
      ...(status === 503 ? { 'Retry-After': RETRY_AFTER_SECONDS } : {}),
    },
  });
}

function reject(request: NextRequest, kind: RequestKind, rejection: Rejection | { status: 404 | 503; reason: string }, nonce: string): NextResponse {
  if (kind === 'page') return statusPage(request, rejection.status, nonce);
  return problem(rejection.status, rejection.reason, request.nextUrl.pathname);
}

/** The raw path and query as the client sent them (NextURL would re-encode them). */
function rawTarget(request: NextRequest): string {
  const url = request.url;
  const start = url.indexOf('/', url.indexOf('//') + 2);
  return start < 0 ? '/' : url.slice(start);
}

async function checkServerAction(request: NextRequest): Promise<Rejection | null> {
  const actionId = request.headers.get('next-action');
  const contentType = request.headers.get('content-type');
  if (!isPossibleAction(request.method, actionId, contentType)) return null;
  const headers = checkActionHeaders({
    origin: request.headers.get('origin'),
    host: request.headers.get('x-forwarded-host') ?? request.headers.get('host'),
    contentType,
    contentLength: request.headers.get('content-length'),
    actionId,
  });
  if (headers) return headers;
  return checkActionBody(await request.clone().arrayBuffer(), contentType ?? '', actionId !== null);
}

/** Locale routing skips Next's internals and files. */
function localeRouted(pathname: string): boolean {
  return !/^\/(_next|_vercel)(\/|$)/.test(pathname) && !pathname.includes('.');
}

export default async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  const kind = requestKind(pathname);
  const nonce = createNonce();

  // Only pages run server actions; API routes and embeds read their own bodies.
  const badInput = checkUrl(rawTarget(request)) ?? (kind === 'page' ? await checkServerAction(request) : null);
  if (badInput) return reject(request, kind, badInput, nonce);

  const gate = findPageGate();
  const route = kind === 'page' ? matchRoute(pathname) : null;
  const needsDatabase = kind !== 'page' ? !NO_DATABASE.has(pathname) : route?.kind === 'page';
  if (gate && needsDatabase && !(await gate.databaseAnswers())) {
    return reject(request, kind, { status: 503, reason: 'The service is temporarily unavailable; please try again shortly.' }, nonce);
  }

  if (kind !== 'page') return NextResponse.next();

  if (route?.kind === 'unknown') return statusPage(request, 404, nonce);
  if (gate && route?.kind === 'page' && route.gated) {
    try {
      if (!(await gate.pageExists(route.gated))) return statusPage(request, 404, nonce);
    } catch {
      return statusPage(request, 503, nonce);
    }
  }

  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  const csp = pageCsp(nonce, { development, tileOrigin: TILE_ORIGIN });
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', csp);
  headers.set('x-nonce', nonce);
  const forwarded = new NextRequest(request, { headers });
  const response = localeRouted(pathname) ? handleI18nRouting(forwarded) : NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Everything but Next's build output: bad input can be aimed at any path.
  matcher: '/((?!_next/static|_next/image).*)',
};
