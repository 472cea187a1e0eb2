import 'server-only';
import { z } from 'zod';
import { ConfigError } from '@/server/env';

const apiConfigSchema = z.object({
  /** Requests per client address and minute across all instances; 0 turns the limit off. */
  API_RATE_LIMIT_PER_MINUTE: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.coerce.number().int().min(0).max(1_000_000).default(120),
  ),
});

export interface ApiConfig {
  rateLimitPerMinute: number;
}

let cached: { raw: string | undefined; config: ApiConfig } | undefined;

/** The open API's settings from the environment, validated (re-read when the variable changes). */
export function getApiConfig(source: Record<string, string | undefined> = process.env): ApiConfig {
  const raw = source.API_RATE_LIMIT_PER_MINUTE;
  if (cached && cached.raw === raw && source === process.env) return cached.config;
  const result = apiConfigSchema.safeParse({ API_RATE_LIMIT_PER_MINUTE: raw });
  if (!result.success) {
    throw new ConfigError(
      `Configuration error: API_RATE_LIMIT_PER_MINUTE ${result.error.issues[0]!.message} (a whole number of requests, 0 = no limit).`,
    );
  }
  const config = { rateLimitPerMinute: result.data.API_RATE_LIMIT_PER_MINUTE };
  if (source === process.env) cached = { raw, config };
  return config;
}
