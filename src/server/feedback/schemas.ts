import { z } from 'zod';
import { findPersonalData } from '@/lib/referral/personal-data';
import { FEEDBACK_MESSAGE_MAX_LENGTH, FEEDBACK_REASONS } from '@/lib/feedback';

// The form's constants and result types live in @/lib/feedback, which the browser loads without zod.
export * from '@/lib/feedback';

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
