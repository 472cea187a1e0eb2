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
] as const;
export type ReferralErrorCode = (typeof referralErrorCodes)[number];

export type ReferralField = 'activityIds' | 'language' | 'message' | 'stepCodes' | 'form';

export type ReferralErrors = Partial<Record<ReferralField, ReferralErrorCode[]>>;

export { MAX_REFERRAL_ACTIVITIES };
