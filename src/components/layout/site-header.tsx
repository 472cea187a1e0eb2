import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname, Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { MAX_REFERRAL_ACTIVITIES } from '@/lib/referral/basket';
import { ReferralCounter } from '@/components/referral/referral-counter-client';
import { LanguageSwitcher } from './language-switcher';
import { MainNav } from './main-nav-client';
import { PolkuMark } from './polku-mark';

export async function SiteHeader({ demoMode }: { demoMode: boolean }) {
  const [t, tBasket, locale] = await Promise.all([
    getTranslations('Layout'),
    getTranslations('ReferralBasket'),
    getLocale() as Promise<Locale>,
  ]);
  // Client components get finished strings and paths: no message formatter in the browser.
  const navItem = (href: '/' | '/search' | '/calendar' | '/professionals', label: string) => ({
    href: getPathname({ href, locale }),
    internal: href === '/' ? `/${locale}` : `/${locale}${href}`,
    label,
  });
  return (
    <header className="border-b border-line bg-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <div>
          <div className="flex items-center gap-3">
            <Link
              href="/"
              aria-label={t('homeLinkLabel')}
              className="inline-flex items-center gap-2 text-3xl font-bold tracking-tight text-primary no-underline"
            >
              <PolkuMark />
              {t('productName')}
            </Link>
            {demoMode ? (
              <span className="rounded-sm bg-notice px-2 py-0.5 text-sm font-semibold text-on-notice">
                {t('demoBadge')}
              </span>
            ) : null}
          </div>
          <p className="mt-1 text-sm text-muted">{t('tagline')}</p>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <ReferralCounter
            href={getPathname({ href: '/referral', locale })}
            label={tBasket('counter')}
            units={Array.from({ length: MAX_REFERRAL_ACTIVITIES + 1 }, (_, count) => tBasket('counterUnit', { count }))}
          />
          <LanguageSwitcher />
        </div>
      </div>
      <div className="border-t border-line">
        <div className="mx-auto max-w-5xl px-4">
          <MainNav
            label={t('mainNavLabel')}
            items={[
              navItem('/', t('navHome')),
              navItem('/search', t('navSearch')),
              navItem('/calendar', t('navCalendar')),
              navItem('/professionals', t('navProfessionals')),
            ]}
          />
        </div>
      </div>
    </header>
  );
}
