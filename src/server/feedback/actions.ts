'use server';

import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { requestContext } from '@/server/auth/request-context';
import { clientAddress } from '@/server/client-address';
import { submitFeedback } from './mutations';
import { HONEYPOT_FIELD, type FeedbackActionResult } from './schemas';

const FIELDS = ['activityId', 'reason', 'message', 'token', HONEYPOT_FIELD] as const;

/**
 * A resident's "outdated or wrong information" report from an activity page. Public: no account,
 * guarded by a honeypot, a signed form token and rate limits instead. Errors come back as message
 * keys under Feedback.errors, which the form translates.
 */
export async function submitFeedbackAction(_previous: FeedbackActionResult | null, formData: FormData): Promise<FeedbackActionResult> {
  try {
    const locale = formData.get('locale');
    const headers = await requestContext().headers();
    return await submitFeedback({
      fields: Object.fromEntries(FIELDS.map((name) => [name, formData.get(name)])),
      address: clientAddress(headers),
      locale: typeof locale === 'string' && hasLocale(routing.locales, locale) ? locale : routing.defaultLocale,
    });
  } catch (error) {
    console.error('submitFeedbackAction failed', error);
    return { ok: false, code: 'FAILED' };
  }
}
