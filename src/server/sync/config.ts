import 'server-only';
import { z } from 'zod';
import { ConfigError } from '@/server/env';

/**
 * Configuration of the upstream sources and of the sync job, parsed once from the
 * environment. A source without its URL is simply not configured (its runs fail with a
 * clear message); a malformed value stops the job with one sentence for the operator.
 */

const optionalUrl = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
);
const optionalSecret = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.string().trim().min(1).optional(),
);
const positiveInt = (fallback: number, max: number) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? undefined : Number(v)),
    z.number({ message: 'must be a whole number' }).int('must be a whole number').min(0).max(max).default(fallback),
  );

const syncEnvSchema = z.object({
  LAHELLA_API_URL: optionalUrl,
  LAHELLA_API_TOKEN: optionalSecret,
  PTV_API_URL: optionalUrl,
  /** v11 (open, to be phased out in 2027) or v12 (needs PTV_API_KEY). */
  PTV_API_VERSION: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim().toLowerCase() : undefined),
    z.enum(['v11', 'v12'], { message: 'must be v11 or v12' }).default('v11'),
  ),
  PTV_API_KEY: optionalSecret,
  /** Optional: keep only PTV services this organisation is responsible for or produces. */
  PTV_ORGANIZATION_ID: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.uuid({ message: 'must be a PTV organisation id (a UUID)' }).optional(),
  ),
  CRON_SECRET: optionalSecret,
  SYNC_PAGE_SIZE: positiveInt(200, 1000),
  SYNC_TIMEOUT_MS: positiveInt(30_000, 600_000),
  SYNC_MAX_RETRIES: positiveInt(4, 20),
  SYNC_RETRY_BASE_MS: positiveInt(1_000, 60_000),
  SYNC_RETRY_MAX_WAIT_MS: positiveInt(120_000, 3_600_000),
  /** A list that has not ended after this many pages is broken (e.g. `hasMore: true` forever). */
  SYNC_MAX_PAGES: positiveInt(2_000, 100_000),
  /** One response larger than this is refused (the run fails) before it is parsed. */
  SYNC_MAX_RESPONSE_MB: positiveInt(32, 1_024),
  /** A source with incremental pulls still gets a complete one when the last is this old. */
  SYNC_FULL_EVERY_DAYS: positiveInt(7, 365),
});

export interface SyncConfig {
  lahella: { baseUrl?: string; token?: string };
  ptv: { baseUrl?: string; organizationId?: string; apiVersion: 'v11' | 'v12'; apiKey?: string };
  cronSecret?: string;
  pageSize: number;
  maxPages: number;
  fullEveryDays: number;
  http: HttpPolicy;
}

export interface HttpPolicy {
  /** Per-request timeout. */
  timeoutMs: number;
  /** Retries after the first attempt for 5xx, 429, timeouts, network errors and broken JSON. */
  maxRetries: number;
  /** First backoff; doubled on every retry (with jitter). */
  retryBaseMs: number;
  /** Upper bound for one wait, also for a server's Retry-After. */
  retryMaxWaitMs: number;
  /** Largest response body read. */
  maxResponseBytes: number;
}

const trimSlash = (url: string | undefined) => url?.replace(/\/+$/, '');

export function parseSyncConfig(source: Record<string, string | undefined>): SyncConfig {
  const result = syncEnvSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(`Configuration error: ${issue.path.join('.')} ${issue.message}.`);
  }
  const env = result.data;
  return {
    lahella: { baseUrl: trimSlash(env.LAHELLA_API_URL), token: env.LAHELLA_API_TOKEN },
    ptv: {
      baseUrl: trimSlash(env.PTV_API_URL),
      organizationId: env.PTV_ORGANIZATION_ID,
      apiVersion: env.PTV_API_VERSION,
      apiKey: env.PTV_API_KEY,
    },
    cronSecret: env.CRON_SECRET,
    pageSize: Math.max(1, env.SYNC_PAGE_SIZE),
    maxPages: Math.max(1, env.SYNC_MAX_PAGES),
    fullEveryDays: Math.max(1, env.SYNC_FULL_EVERY_DAYS),
    http: {
      timeoutMs: Math.max(1, env.SYNC_TIMEOUT_MS),
      maxRetries: env.SYNC_MAX_RETRIES,
      retryBaseMs: env.SYNC_RETRY_BASE_MS,
      retryMaxWaitMs: env.SYNC_RETRY_MAX_WAIT_MS,
      maxResponseBytes: Math.max(1, env.SYNC_MAX_RESPONSE_MB) * 1_048_576,
    },
  };
}

/** The sync configuration from process.env (read on every call: tests change it). */
export function getSyncConfig(): SyncConfig {
  return parseSyncConfig(process.env);
}
