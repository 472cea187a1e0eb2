import { connection } from 'next/server';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { issueFeedbackToken } from '@/server/feedback/token';
import { FeedbackForm } from './feedback-form-client';

/**
 * The feedback form under an activity. Rendered per request even if the page around it is ever
 * prerendered or cached, because its token must carry the time the form was shown.
 */
export async function FeedbackSection({ activityId, locale }: { activityId: string; locale: string }) {
  await connection();
  const [t, messages] = await Promise.all([getTranslations('Feedback'), getMessages()]);
  return (
    <section aria-labelledby="feedback-heading" className="mx-auto max-w-5xl px-4 pb-10">
      <div className="max-w-2xl rounded-md border border-line bg-white p-5">
        <h2 id="feedback-heading" className="text-xl font-bold">
          {t('heading')}
        </h2>
        <p className="mt-2">{t('intro')}</p>
        <NextIntlClientProvider messages={{ Feedback: messages.Feedback }}>
          <FeedbackForm activityId={activityId} locale={locale} token={issueFeedbackToken(activityId)} />
        </NextIntlClientProvider>
      </div>
    </section>
  );
}
