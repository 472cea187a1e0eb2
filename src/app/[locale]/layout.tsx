import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { inter } from '@/app/fonts';
import { routing } from '@/i18n/routing';
import { getEnv } from '@/server/env';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';

interface LocaleLayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Omit<LocaleLayoutProps, 'children'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    title: { template: '%s – Polku', default: t('titleDefault') },
    description: t('description'),
    applicationName: 'Polku',
    metadataBase: new URL(getEnv().PUBLIC_BASE_URL),
  };
}

export default async function LocaleLayout({ children, params }: LocaleLayoutProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);

  const t = await getTranslations('Layout');
  const messages = await getMessages();
  // Prerendered pages (accessibility, privacy) get the value of the build environment.
  const { demoMode } = getEnv();

  return (
    <html lang={locale} className={inter.variable}>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only rounded-md bg-primary px-4 py-2 font-semibold text-on-primary focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
        >
          {t('skipLink')}
        </a>
        {/* Only client components' messages go to the browser; the long prose stays on the server. */}
        <NextIntlClientProvider messages={{ Error: messages.Error, ReferralBasket: messages.ReferralBasket }}>
          <SiteHeader demoMode={demoMode} />
          <main id="main" tabIndex={-1} className="flex-1">
            {children}
          </main>
          <SiteFooter demoMode={demoMode} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
