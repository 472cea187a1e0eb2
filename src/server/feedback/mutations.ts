import 'server-only';
import { getPrisma, getSql } from '@/server/db';
import { hitRateLimit } from '@/server/rate-limit/rate-limit';
import { checkFeedbackToken, issueFeedbackToken } from './token';
import { feedbackSchema, HONEYPOT_FIELD, type FeedbackActionResult, type FeedbackErrorKey, type FeedbackField } from './schemas';

export const FEEDBACK_WINDOW_MS = 60 * 60 * 1000;
/** Reports per client address per hour: a resident rarely has more, a bot gets no further. */
export const FEEDBACK_LIMIT_PER_ADDRESS = 5;
/** Reports from everyone together per hour, so that no spam wave can flood the review queue. */
export const FEEDBACK_LIMIT_GLOBAL = 100;

export interface FeedbackSubmission {
  fields: Record<string, FormDataEntryValue | null>;
  /** The client's address, only ever stored hashed in the rate-limit counters. */
  address: string;
  locale: string;
  now?: Date;
  limits?: { perAddress: number; global: number };
}

const text = (value: FormDataEntryValue | null | undefined) => (typeof value === 'string' ? value : '');

/**
 * Checks a resident's report (honeypot, signed form token, fields, personal data, rate limits,
 * the activity) and files it in the review queue. Nothing is stored unless every check passes.
 */
export async function submitFeedback(submission: FeedbackSubmission): Promise<FeedbackActionResult> {
  const now = submission.now ?? new Date();
  const { fields } = submission;
  const activityId = text(fields.activityId);
  const values = { reason: text(fields.reason), message: text(fields.message).slice(0, 5000) };
  const fresh = () => issueFeedbackToken(activityId, now);

  if (text(fields[HONEYPOT_FIELD]) !== '') return { ok: false, code: 'REFUSED' };
  const token = checkFeedbackToken(fields.token, activityId, now);
  if (token === 'invalid') return { ok: false, code: 'REFUSED' };
  if (token === 'tooFast') return { ok: false, code: 'TOO_FAST', token: fresh(), values };
  if (token === 'expired') return { ok: false, code: 'EXPIRED', token: fresh(), values };

  const parsed = feedbackSchema.safeParse({ activityId, reason: fields.reason ?? undefined, message: values.message });
  if (!parsed.success) {
    const fieldErrors: Partial<Record<FeedbackField, FeedbackErrorKey>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === 'reason' || field === 'message') fieldErrors[field] ??= issue.message as FeedbackErrorKey;
    }
    if (Object.keys(fieldErrors).length === 0) return { ok: false, code: 'REFUSED' };
    return { ok: false, code: 'INVALID', fieldErrors, token: fresh(), values };
  }

  const limits = submission.limits ?? { perAddress: FEEDBACK_LIMIT_PER_ADDRESS, global: FEEDBACK_LIMIT_GLOBAL };
  const sql = await getSql();
  const byAddress = await hitRateLimit(sql, {
    scope: 'feedback-address',
    subject: submission.address,
    limit: limits.perAddress,
    windowMs: FEEDBACK_WINDOW_MS,
    now,
  });
  // The address's own limit first: a report it refuses never reaches the shared budget, so one
  // address cannot use up everyone's reports.
  if (!byAddress.allowed) return { ok: false, code: 'RATE_LIMITED', token: fresh(), values };
  const everyone = await hitRateLimit(sql, { scope: 'feedback-all', subject: 'all', limit: limits.global, windowMs: FEEDBACK_WINDOW_MS, now });
  if (!everyone.allowed) return { ok: false, code: 'RATE_LIMITED', token: fresh(), values };

  const prisma = await getPrisma();
  const activity = await prisma.activity.findFirst({ where: { id: parsed.data.activityId, status: 'PUBLISHED' }, select: { id: true } });
  if (!activity) return { ok: false, code: 'NOT_FOUND' };
  await prisma.reviewItem.create({
    data: {
      activityId: activity.id,
      reason: 'RESIDENT_REPORT',
      details: { category: parsed.data.reason, locale: submission.locale },
      message: parsed.data.message,
      createdAt: now,
    },
  });
  return { ok: true, token: fresh() };
}
