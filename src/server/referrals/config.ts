import 'server-only';
import { z } from 'zod';
import { ConfigError } from '@/server/env';

const referralConfigSchema = z.object({
  /** How many days a referral stays open before it expires and is deleted. */
  REFERRAL_TTL_DAYS: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.coerce.number().int().min(1).max(3650).default(90),
  ),
});

export interface ReferralConfig {
  ttlDays: number;
}

export function parseReferralConfig(source: Record<string, string | undefined>): ReferralConfig {
  const result = referralConfigSchema.safeParse(source);
  if (!result.success) {
    throw new ConfigError(
      `Configuration error: REFERRAL_TTL_DAYS must be a whole number of days between 1 and 3650.`,
    );
  }
  return { ttlDays: result.data.REFERRAL_TTL_DAYS };
}

let cached: ReferralConfig | undefined;

export function getReferralConfig(): ReferralConfig {
  cached ??= parseReferralConfig(process.env);
  return cached;
}
