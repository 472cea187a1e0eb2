'use server';

import { createTranslator, hasLocale } from 'next-intl';
import { z } from 'zod';
import { MESSAGES } from '@/i18n/messages';
import { routing, type Locale } from '@/i18n/routing';
import { getEnv } from '@/server/env';
import { requestContext } from '@/server/auth/request-context';
import { getSql } from '@/server/db';
import { clientAddress } from '@/server/client-address';
import { hitRateLimit } from '@/server/rate-limit/rate-limit';
import { buildRecordSummary } from '@/lib/referral/record-summary';
import { buildMailtoHref } from '@/lib/referral/mailto';
import { fillText, formatClientDate, getClientTexts } from '@/lib/referral/client-texts';
import { MAX_REFERRAL_ACTIVITIES } from '@/lib/referral/basket';
import { clientReferralPath } from '@/lib/referral/paths';
import { createReferral } from './mutations';
import { getBasketActivities, type BasketActivity } from './queries';
import { MESSAGE_MAX_LENGTH, REFERRAL_RATE_LIMIT, type ReferralField } from './schemas';

function uiLocale(value: unknown): Locale {
  return typeof value === 'string' && hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}

export interface CreatedReferralView {
  code: string;
  clientUrl: string;
  pdfUrl: string;
  qrUrl: string;
  expiresOn: string;
  recordSummary: string;
  mailtoHref: string;
}

/** Counted per client address in PostgreSQL, so every instance shares the count. */
async function withinReferralRateLimit(): Promise<boolean> {
  const subject = clientAddress(await requestContext().headers());
  const result = await hitRateLimit(await getSql(), { scope: 'referral', subject, ...REFERRAL_RATE_LIMIT });
  return result.allowed;
}

export type CreateReferralActionResult =
  | { ok: true; referral: CreatedReferralView }
  | { ok: false; errors: Partial<Record<ReferralField, string[]>> };

/**
 * Creates a referral from the professional's basket. Open to everyone, like the rest of the
 * public site: a referral holds nothing but public activity ids and the professional's own
 * choices. Errors come back translated into the professional's UI language.
 */
export async function createReferralAction(locale: unknown, input: unknown): Promise<CreateReferralActionResult> {
  const ui = uiLocale(locale);
  const t = createTranslator({ locale: ui, messages: MESSAGES[ui], namespace: 'Referral.errors' });
  try {
    if (!(await withinReferralRateLimit())) return { ok: false, errors: { form: [t('rateLimited')] } };
    const result = await createReferral(input);
    if (!result.ok) {
      const errors: Partial<Record<ReferralField, string[]>> = {};
      for (const [field, codes] of Object.entries(result.errors) as [ReferralField, string[]][]) {
        errors[field] = codes.map((code) =>
          t(code as Parameters<typeof t>[0], { max: code === 'messageTooLong' ? MESSAGE_MAX_LENGTH : MAX_REFERRAL_ACTIVITIES }),
        );
      }
      return { ok: false, errors };
    }
    const { referral } = result;
    const base = getEnv().PUBLIC_BASE_URL;
    const clientUrl = `${base}${clientReferralPath(referral.language, referral.code)}`;
    const activities = await getBasketActivities(referral.activityIds, ui);
    const clientTexts = getClientTexts(referral.language);
    const expiresForClient = formatClientDate(referral.expiresAt, referral.language);
    return {
      ok: true,
      referral: {
        code: referral.code,
        clientUrl,
        pdfUrl: `/api/referrals/${referral.code}/pdf`,
        qrUrl: `/api/referrals/${referral.code}/qr`,
        expiresOn: formatClientDate(referral.expiresAt, ui),
        recordSummary: buildRecordSummary({
          locale: ui,
          createdAt: referral.createdAt,
          expiresAt: referral.expiresAt,
          clientLanguage: referral.language,
          activities: activities.map((activity) => ({ title: activity.title?.text ?? '?', organization: activity.organization })),
          stepCodes: referral.stepCodes,
        }),
        mailtoHref: buildMailtoHref(
          clientTexts.mailSubject,
          fillText(clientTexts.mailBody, { url: clientUrl, date: expiresForClient }),
        ),
      },
    };
  } catch (error) {
    console.error('createReferralAction failed', error);
    return { ok: false, errors: { form: [t('failed')] } };
  }
}

const basketIdsSchema = z.array(z.string().max(100)).max(MAX_REFERRAL_ACTIVITIES * 5);

export type BasketActivitiesResult = { ok: true; activities: BasketActivity[] } | { ok: false };

/** The current details of the basket's activities, so the page shows what has changed since. */
export async function getBasketActivitiesAction(locale: unknown, ids: unknown): Promise<BasketActivitiesResult> {
  const parsed = basketIdsSchema.safeParse(ids);
  if (!parsed.success) return { ok: false };
  try {
    return { ok: true, activities: await getBasketActivities(parsed.data, uiLocale(locale)) };
  } catch (error) {
    console.error('getBasketActivitiesAction failed', error);
    return { ok: false };
  }
}
