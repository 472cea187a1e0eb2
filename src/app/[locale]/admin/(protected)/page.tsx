import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { adminLocale } from '@/lib/admin-locale';
import { requireRole } from '@/server/auth/session';

interface DashboardPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: DashboardPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: adminLocale((await params).locale), namespace: 'Admin.dashboard' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function AdminDashboardPage({ params }: DashboardPageProps) {
  const locale = adminLocale((await params).locale);
  const user = await requireRole(['ADMIN', 'COORDINATOR'], locale);
  setRequestLocale(locale);
  const t = await getTranslations('Admin.dashboard');
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2">{t('welcome', { name: user.name })}</p>
      <p className="mt-2">{t('intro')}</p>
      {user.role === 'ADMIN' ? (
        <ul className="mt-6 space-y-2">
          <li>
            <Link href="/admin/users" className="font-semibold underline">
              {t('usersLink')}
            </Link>
            <p className="text-sm">{t('usersDescription')}</p>
          </li>
        </ul>
      ) : null}
    </>
  );
}
