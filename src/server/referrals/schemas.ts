import 'server-only';
import { z } from 'zod';
import { MAX_REFERRAL_ACTIVITIES } from '@/lib/referral/basket';

export const MESSAGE_MAX_LENGTH = 1000;
export const CLIENT_LANGUAGES = ['fi', 'sv', 'en'] as const;

/** The shape a browser sends; values are checked one by one so that each gets its own answer. */
export const createReferralInputSchema = z.object({
  activityIds: z.array(z.unknown()),
  language: z.unknown(),
  message: z.string().nullish(),
  stepCodes: z.array(z.unknown()).max(100).default([]),
});

/**
 * Referrals are anonymous, so creation is limited per client address: generous for a busy
 * reception desk, tight for a script.
 */
export const REFERRAL_RATE_LIMIT = { limit: 60, windowMs: 15 * 60_000 } as const;

export const referralErrorCodes = [
  'activitiesRequired',
  'activitiesTooMany',
  'activitiesDuplicate',
  'activitiesUnknown',
  'activitiesUnavailable',
  'languageInvalid',
  'messageTooLong',
  'messageIdentityCode',
  'messagePhone',
  'messageEmail',
  'stepsUnknown',
  'invalid',
  'failed',
  'rateLimited',
] as const;
export type ReferralErrorCode = (typeof referralErrorCodes)[number];

export type ReferralField = 'activityIds' | 'language' | 'message' | 'stepCodes' | 'form';

export type ReferralErrors = Partial<Record<ReferralField, ReferralErrorCode[]>>;

export { MAX_REFERRAL_ACTIVITIES };
