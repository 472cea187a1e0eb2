import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { pageMetadata } from '@/server/seo/metadata';
import { routing } from '@/i18n/routing';
import { ReferralBuilder } from '@/components/referral/referral-builder-client';

interface ReferralPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: ReferralPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Referral' });
  // The page depends on this browser's basket: nothing worth indexing.
  return pageMetadata({ locale, href: '/referral', title: t('metaTitle'), description: t('intro'), robots: { index: false, follow: true } });
}

export default async function ReferralPage({ params }: ReferralPageProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Referral');
  const messages = await getMessages();
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
      <p className="mt-3 text-lg">{t('intro')}</p>
      <p className="mt-3">
        <Link href="/professionals">{t('professionalsLink')}</Link>
      </p>
      <noscript>
        <p className="mt-6 rounded-md border-2 border-on-notice bg-notice p-4 text-lg font-semibold text-on-notice">
          {t('noscript')}
        </p>
      </noscript>
      <NextIntlClientProvider messages={{ Referral: messages.Referral, ReferralBasket: messages.ReferralBasket }}>
        <ReferralBuilder />
      </NextIntlClientProvider>
    </div>
  );
}
