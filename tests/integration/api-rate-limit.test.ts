import { afterEach, describe, expect, it } from 'vitest';
import { GET as taxonomies } from '@/app/api/v1/taxonomies/route';
import { hitRateLimit } from '@/server/rate-limit/rate-limit';
import { stampSocketAddress } from '@/server/client-address';
import { useTestDatabase } from '../support/use-test-database';

const db = useTestDatabase();
const saved = process.env.API_RATE_LIMIT_PER_MINUTE;
afterEach(() => {
  if (saved === undefined) delete process.env.API_RATE_LIMIT_PER_MINUTE;
  else process.env.API_RATE_LIMIT_PER_MINUTE = saved;
});

/** A request from `address` (its socket), with whatever X-Forwarded-For the client chose to send. */
function call(address: string, forwardedFor = '192.0.2.99') {
  const headers = new Headers({ 'x-forwarded-for': forwardedFor });
  stampSocketAddress(headers, address);
  return taxonomies(new Request('http://localhost/api/v1/taxonomies', { headers }));
}

describe('API rate limiting', () => {
  it('shares one count between instances through the database', async () => {
    const sql = db.current.database.executor;
    const now = new Date('2026-11-25T10:00:10Z');
    const options = { scope: 'test', subject: '203.0.113.5', limit: 3, windowMs: 60_000, now };
    // Two "instances": nothing but the database is shared between the calls.
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hitRateLimit(sql, options));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    expect(results[3]!.resetSeconds).toBe(50);
    const parallel = await Promise.all(Array.from({ length: 6 }, () => hitRateLimit(sql, { ...options, subject: '203.0.113.6' })));
    expect(parallel.filter((r) => r.allowed)).toHaveLength(3);

    const rows = await sql.query<{ key: string }>(`SELECT key FROM "RateLimit" WHERE key LIKE 'test:%'`);
    expect(rows.map((r) => r.key).join()).not.toContain('203.0.113');

    // The next window starts from zero and clears the finished window's rows.
    const next = await hitRateLimit(sql, { ...options, now: new Date('2026-11-25T10:01:01Z') });
    expect(next).toMatchObject({ allowed: true, remaining: 2 });
    const left = await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "RateLimit" WHERE key LIKE 'test:%' AND "windowStart" < '2026-11-25T10:01:00Z'`,
    );
    expect(left[0]!.n).toBe(0);
  });

  it('answers 429 with Retry-After and RateLimit headers once the limit is used', async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = '2';
    const first = await call('198.51.100.7');
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-limit')).toBe('2');
    expect(first.headers.get('ratelimit-remaining')).toBe('1');
    expect((await call('198.51.100.7')).status).toBe(200);
    const limited = await call('198.51.100.7');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('access-control-allow-origin')).toBe('*');
    expect(await limited.json()).toMatchObject({ status: 429 });
    // Another client address has its own count.
    expect((await call('198.51.100.8')).status).toBe(200);
  });

  it('does not let a client escape the limit by rotating X-Forwarded-For', async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = '3';
    const statuses = [];
    for (let i = 1; i <= 6; i++) statuses.push((await call('198.51.100.20', `203.0.113.${i}`)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
  });

  it('rejects a bad limit setting with a clear message, and 0 turns the limit off', async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = '0';
    for (let i = 0; i < 3; i++) expect((await call('198.51.100.9')).status).toBe(200);
    process.env.API_RATE_LIMIT_PER_MINUTE = 'lots';
    const { getApiConfig } = await import('@/server/api/config');
    expect(() => getApiConfig()).toThrow(/API_RATE_LIMIT_PER_MINUTE/);
  });
});
