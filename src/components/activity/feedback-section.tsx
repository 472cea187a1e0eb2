import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import {
  FEEDBACK_MESSAGE_MAX_LENGTH,
  FEEDBACK_REASONS,
  type FeedbackErrorCode,
  type FeedbackErrorKey,
  type FeedbackFormTexts,
} from '@/lib/feedback';
import { issueFeedbackToken } from '@/server/feedback/token';
import { FeedbackForm } from './feedback-form-client';

/**
 * The feedback form under an activity. Rendered per request even if the page around it is ever
 * prerendered or cached, because its token must carry the time the form was shown.
 */
export async function FeedbackSection({ activityId, locale }: { activityId: string; locale: string }) {
  await connection();
  const t = await getTranslations('Feedback');
  const max = FEEDBACK_MESSAGE_MAX_LENGTH;
  const errorKeys: (FeedbackErrorKey | FeedbackErrorCode)[] = [
    'reason', 'messageTooLong', 'personalData', 'INVALID', 'TOO_FAST', 'EXPIRED', 'REFUSED', 'RATE_LIMITED', 'NOT_FOUND', 'FAILED',
  ];
  const texts: FeedbackFormTexts = {
    reasonLegend: t('reasonLegend'),
    reasons: Object.fromEntries(FEEDBACK_REASONS.map((reason) => [reason, t(`reasons.${reason}`)])) as FeedbackFormTexts['reasons'],
    messageLabel: t('messageLabel'),
    messageHint: t('messageHint', { max }),
    honeypotLabel: t('honeypotLabel'),
    submit: t('submit'),
    sending: t('sending'),
    thanks: t('thanks'),
    errors: Object.fromEntries(errorKeys.map((key) => [key, t(`errors.${key}`, { max })])) as FeedbackFormTexts['errors'],
  };
  return (
    <section aria-labelledby="feedback-heading" className="mx-auto max-w-5xl px-4 pb-10">
      <div className="max-w-2xl rounded-md border border-line bg-white p-5">
        <h2 id="feedback-heading" className="text-xl font-bold">
          {t('heading')}
        </h2>
        <p className="mt-2">{t('intro')}</p>
        <FeedbackForm activityId={activityId} locale={locale} token={issueFeedbackToken(activityId)} texts={texts} />
      </div>
    </section>
  );
}
