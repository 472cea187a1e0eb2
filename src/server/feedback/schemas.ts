import { z } from 'zod';
import { findPersonalData } from '@/lib/referral/personal-data';

export const FEEDBACK_REASONS = ['outdated', 'wrongTime', 'wrongPlace', 'wrongContact', 'ended', 'other'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

export const FEEDBACK_MESSAGE_MAX_LENGTH = 1000;

/** The honeypot: hidden from people, so only a bot fills it in. */
export const HONEYPOT_FIELD = 'extraInfo';

/** Messages are keys under Feedback.errors, translated by the form. */
export const feedbackSchema = z.object({
  activityId: z.uuid({ message: 'activity' }),
  reason: z.enum(FEEDBACK_REASONS, { message: 'reason' }),
  message: z
    .string()
    .trim()
    .max(FEEDBACK_MESSAGE_MAX_LENGTH, { message: 'messageTooLong' })
    // The queue is read by people: no client's identity may end up there.
    .refine((text) => findPersonalData(text).length === 0, { message: 'personalData' })
    .transform((text) => (text === '' ? null : text)),
});
export type FeedbackInput = z.infer<typeof feedbackSchema>;

export type FeedbackField = 'reason' | 'message';
export type FeedbackErrorKey = 'reason' | 'messageTooLong' | 'personalData';

export type FeedbackErrorCode = 'INVALID' | 'TOO_FAST' | 'EXPIRED' | 'REFUSED' | 'RATE_LIMITED' | 'NOT_FOUND' | 'FAILED';

export type FeedbackActionResult =
  | { ok: true; token: string }
  | {
      ok: false;
      code: FeedbackErrorCode;
      fieldErrors?: Partial<Record<FeedbackField, FeedbackErrorKey>>;
      /** A fresh form token, so the resident can send again without reloading the page. */
      token?: string;
      /** What was sent, so the form can show it again (the browser resets a form after posting). */
      values?: { reason: string; message: string };
    };
