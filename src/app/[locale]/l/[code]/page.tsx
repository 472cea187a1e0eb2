import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { getEnv } from '@/server/env';
import { getClientTexts } from '@/lib/referral/client-texts';
import { clientReferralPath } from '@/lib/referral/paths';
import { getClientReferral } from '@/server/referrals/queries';
import { ClientReferralView, ExpiredReferral } from '@/components/referral/client-referral-view';

interface ClientReferralPageProps {
  params: Promise<{ locale: string; code: string }>;
}

export async function generateMetadata({ params }: ClientReferralPageProps): Promise<Metadata> {
  const { locale } = await params;
  const language = hasLocale(routing.locales, locale) ? locale : 'fi';
  // A referral is for one person: never indexed, never previewed in search results.
  return { title: getClientTexts(language).metaTitle, robots: { index: false, follow: false } };
}

export default async function ClientReferralPage({ params }: ClientReferralPageProps) {
  const { locale, code } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // The URL decides the language; the link given to the client is in the referral's language.
  const result = await getClientReferral(code, new Date(), locale);
  if (result.status === 'not-found') notFound();
  const texts = getClientTexts(locale);
  if (result.status === 'expired') {
    return <ExpiredReferral texts={texts} searchHref={getPathname({ href: '/search', locale })} />;
  }
  const clientUrl = `${getEnv().PUBLIC_BASE_URL}${clientReferralPath(locale, result.referral.code)}`;
  return <ClientReferralView referral={result.referral} texts={texts} clientUrl={clientUrl} />;
}
