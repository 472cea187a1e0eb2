import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { ReferralCounter } from '@/components/referral/referral-counter-client';
import { LanguageSwitcher } from './language-switcher';
import { MainNav } from './main-nav-client';
import { PolkuMark } from './polku-mark';

export async function SiteHeader({ demoMode }: { demoMode: boolean }) {
  const t = await getTranslations('Layout');
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
          <ReferralCounter />
          <LanguageSwitcher />
        </div>
      </div>
      <div className="border-t border-line">
        <div className="mx-auto max-w-5xl px-4">
          <MainNav
            label={t('mainNavLabel')}
            items={[
              { href: '/', label: t('navHome') },
              { href: '/search', label: t('navSearch') },
            ]}
          />
        </div>
      </div>
    </header>
  );
}
