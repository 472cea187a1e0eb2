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
});

export interface SyncConfig {
  lahella: { baseUrl?: string; token?: string };
  ptv: { baseUrl?: string; organizationId?: string };
  cronSecret?: string;
  pageSize: number;
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
    ptv: { baseUrl: trimSlash(env.PTV_API_URL), organizationId: env.PTV_ORGANIZATION_ID },
    cronSecret: env.CRON_SECRET,
    pageSize: Math.max(1, env.SYNC_PAGE_SIZE),
    http: {
      timeoutMs: Math.max(1, env.SYNC_TIMEOUT_MS),
      maxRetries: env.SYNC_MAX_RETRIES,
      retryBaseMs: env.SYNC_RETRY_BASE_MS,
      retryMaxWaitMs: env.SYNC_RETRY_MAX_WAIT_MS,
    },
  };
}

/** The sync configuration from process.env (read on every call: tests change it). */
export function getSyncConfig(): SyncConfig {
  return parseSyncConfig(process.env);
}
