import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export async function SiteFooter({ demoMode }: { demoMode: boolean }) {
  const t = await getTranslations('Layout');
  return (
    <footer className="mt-16 border-t border-line bg-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-8">
        {demoMode ? (
          <p className="rounded-md border border-on-notice/30 bg-notice px-4 py-3 text-on-notice">
            {t('demoNotice')}
          </p>
        ) : null}
        <nav aria-label={t('footerNavLabel')}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href="/professionals">{t('footerProfessionals')}</Link>
            </li>
            <li>
              <Link href="/accessibility">{t('footerAccessibility')}</Link>
            </li>
            <li>
              <Link href="/privacy">{t('footerPrivacy')}</Link>
            </li>
          </ul>
        </nav>
        <p className="text-sm text-muted">{t('provider')}</p>
      </div>
    </footer>
  );
}
