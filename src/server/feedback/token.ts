import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { getAuthConfig } from '@/server/auth/config';

/** A person needs at least this long to read the form and choose a reason. */
export const FEEDBACK_TOKEN_MIN_AGE_MS = 3_000;
/** A form left open longer than this has to be sent again with a fresh token. */
export const FEEDBACK_TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export type TokenCheck = 'ok' | 'invalid' | 'tooFast' | 'expired';

// A key of its own, derived from the app secret, so a form token can never pass as anything else.
function key(): Buffer {
  return createHmac('sha256', getAuthConfig().secret).update('polku:feedback-form-token:v1').digest();
}

function signature(activityId: string, issuedAt: number): Buffer {
  return createHmac('sha256', key()).update(`${activityId}\n${issuedAt}`).digest();
}

/**
 * A signed "this form was shown at" stamp for one activity's feedback form. Stateless, so any
 * app instance can check it; it stops bots that post without loading the page, post at once,
 * or replay an old form.
 */
export function issueFeedbackToken(activityId: string, now: Date = new Date()): string {
  const issuedAt = now.getTime();
  return `${issuedAt}.${signature(activityId, issuedAt).toString('base64url')}`;
}

export function checkFeedbackToken(token: unknown, activityId: string, now: Date = new Date()): TokenCheck {
  if (typeof token !== 'string' || token.length > 100) return 'invalid';
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return 'invalid';
  const issuedAt = Number(match[1]);
  const given = Buffer.from(match[2]!, 'base64url');
  const expected = signature(activityId, issuedAt);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  const age = now.getTime() - issuedAt;
  if (age < FEEDBACK_TOKEN_MIN_AGE_MS) return 'tooFast';
  if (age > FEEDBACK_TOKEN_MAX_AGE_MS) return 'expired';
  return 'ok';
}
