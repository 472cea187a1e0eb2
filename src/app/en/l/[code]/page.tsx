import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getPathname } from '@/i18n/navigation';
import { getEnv } from '@/server/env';
import { getClientTexts } from '@/lib/referral/client-texts';
import { clientReferralPath } from '@/lib/referral/paths';
import { getClientReferral } from '@/server/referrals/queries';
import { ClientReferralView, ExpiredReferral } from '@/components/referral/client-referral-view';

const texts = getClientTexts('en');

export const metadata: Metadata = {
  title: `${texts.metaTitle} – Polku`,
  robots: { index: false, follow: false },
};

export default async function EnglishClientReferralPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const result = await getClientReferral(code);
  if (result.status === 'not-found') notFound();
  const language = result.status === 'ok' ? result.referral.language : result.language;
  if (language !== 'en') redirect(clientReferralPath(language, code));
  if (result.status === 'expired') {
    return <ExpiredReferral texts={texts} searchHref={getPathname({ href: '/search', locale: 'fi' })} />;
  }
  const clientUrl = `${getEnv().PUBLIC_BASE_URL}${clientReferralPath('en', result.referral.code)}`;
  return <ClientReferralView referral={result.referral} texts={texts} clientUrl={clientUrl} />;
}
