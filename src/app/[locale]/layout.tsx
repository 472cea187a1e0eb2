import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { connection } from 'next/server';
import { inter } from '@/app/fonts';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { getEnv } from '@/server/env';
import { ErrorTextsProvider } from '@/components/layout/error-texts-client';
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
  // Every page is rendered per request: its scripts carry this response's CSP nonce (src/proxy.ts).
  await connection();

  const [t, tError] = await Promise.all([getTranslations('Layout'), getTranslations('Error')]);
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
        {/* No NextIntlClientProvider here: it would load use-intl and its message formatter on
            every page. Client components get finished strings as props; the error page (a
            client component without props of its own) gets its texts from this context. The
            admin area and the referral page bring their own provider. */}
        <ErrorTextsProvider
          texts={{
            title: tError('title'),
            text: tError('text'),
            retry: tError('retry'),
            homeLink: tError('homeLink'),
            homeHref: getPathname({ href: '/', locale }),
          }}
        >
          <SiteHeader demoMode={demoMode} />
          <main id="main" tabIndex={-1} className="flex-1">
            {children}
          </main>
          <SiteFooter demoMode={demoMode} />
        </ErrorTextsProvider>
      </body>
    </html>
  );
}
