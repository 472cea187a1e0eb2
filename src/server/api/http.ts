import 'server-only';
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { parseQuery } from '@/lib/api/query';
import type { ParameterError, Problem } from '@/lib/api/schemas';
import { getSql } from '@/server/db';
import { clientAddress } from '@/server/client-address';
import { isDatabaseUnavailable } from '@/server/db/unavailable';
import { hitRateLimit, type RateLimitResult } from '@/server/rate-limit/rate-limit';
import { getApiConfig } from './config';

/** Problem types are documented on the docs page under these anchors. */
export const PROBLEM_TYPES = {
  400: { type: '/api/v1/docs#problem-invalid-request', title: 'Invalid request' },
  404: { type: '/api/v1/docs#problem-not-found', title: 'Not found' },
  429: { type: '/api/v1/docs#problem-rate-limited', title: 'Too many requests' },
  500: { type: '/api/v1/docs#problem-server-error', title: 'Server error' },
  503: { type: '/api/v1/docs#problem-unavailable', title: 'Service unavailable' },
} as const;

/** Seconds a client should wait before retrying during a database outage. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 30;

type ProblemStatus = keyof typeof PROBLEM_TYPES;

/** Thrown by handlers for an expected failure; answered as a problem document. */
export class ApiProblem extends Error {
  constructor(
    readonly status: ProblemStatus,
    readonly detail: string,
    readonly errors?: ParameterError[],
  ) {
    super(detail);
  }
}

export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers':
    'ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy',
};

export const CACHE_CONTROL = 'public, max-age=60';

export function problemResponse(request: Request, status: ProblemStatus, detail: string, errors?: ParameterError[]): Response {
  const body: Problem = {
    ...PROBLEM_TYPES[status],
    status,
    detail,
    instance: new URL(request.url).pathname,
    ...(errors ? { errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' },
  });
}

/** Validates the query with `schema`; throws a 400 problem listing every bad parameter. */
export function validateQuery<S extends z.ZodType>(schema: S, request: Request): z.output<S> {
  const result = parseQuery(schema, new URL(request.url).searchParams);
  if (!result.ok) throw new ApiProblem(400, 'Some query parameters are invalid; see errors.', result.errors);
  return result.data;
}

export function weakEtag(body: string): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  // Weak comparison (RFC 9110 8.8.3.2): the opaque tags must match, W/ prefixes aside.
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}

/** A cacheable body with a weak ETag; answers 304 when the client already has it. */
export function cachedResponse(
  request: Request,
  body: string,
  contentType: string,
  extraHeaders: Record<string, string> = {},
): Response {
  const etag = weakEtag(body);
  const headers = { ETag: etag, 'Cache-Control': CACHE_CONTROL, ...extraHeaders };
  if (matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { 'Content-Type': contentType, ...headers } });
}

export function jsonResponse(request: Request, data: unknown): Response {
  return cachedResponse(request, JSON.stringify(data), 'application/json; charset=utf-8');
}

const WINDOW_MS = 60_000;

async function checkRateLimit(request: Request): Promise<RateLimitResult | null> {
  const { rateLimitPerMinute } = getApiConfig();
  if (rateLimitPerMinute === 0) return null;
  return hitRateLimit(await getSql(), {
    scope: 'api',
    subject: clientAddress(request.headers),
    limit: rateLimitPerMinute,
    windowMs: WINDOW_MS,
  });
}

function rateHeaders(rate: RateLimitResult): Record<string, string> {
  return {
    'RateLimit-Limit': String(rate.limit),
    'RateLimit-Remaining': String(rate.remaining),
    'RateLimit-Reset': String(rate.resetSeconds),
    'RateLimit-Policy': `${rate.limit};w=${WINDOW_MS / 1000}`,
  };
}

/**
 * Every public read goes through here: rate limit, run the handler, turn expected
 * failures into problem documents and unexpected ones into a 500 that reveals nothing,
 * and add the CORS and RateLimit headers.
 */
export async function handleApi(request: Request, handler: () => Promise<Response>): Promise<Response> {
  const render = (status: ProblemStatus, detail: string, errors?: ParameterError[]) =>
    problemResponse(request, status, detail, errors);
  let rate: RateLimitResult | null = null;
  let response: Response;
  try {
    rate = await checkRateLimit(request);
    if (rate && !rate.allowed) {
      response = render(429, `At most ${rate.limit} requests a minute are allowed; try again later.`);
      response.headers.set('Retry-After', String(rate.resetSeconds));
    } else {
      response = await handler();
    }
  } catch (error) {
    if (error instanceof ApiProblem) {
      response = render(error.status, error.detail, error.errors);
    } else if (isDatabaseUnavailable(error)) {
      response = render(503, 'The service is temporarily unavailable; please try again shortly.');
      response.headers.set('Retry-After', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
    } else {
      console.error(`[api] ${new URL(request.url).pathname} failed: ${(error as Error).message}`);
      response = render(500, 'The request could not be answered; please try again later.');
    }
  }
  for (const [name, value] of Object.entries({ ...CORS_HEADERS, ...(rate ? rateHeaders(rate) : {}) })) {
    response.headers.set(name, value);
  }
  return response;
}

/** CORS preflight for the read-only API. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'If-None-Match, Accept, Accept-Language',
      'Access-Control-Max-Age': '86400',
    },
  });
}
