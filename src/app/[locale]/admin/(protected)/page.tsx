import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { adminLocale } from '@/lib/admin-locale';
import { requireRole } from '@/server/auth/session';
import { countOpenReviewItems } from '@/server/admin/review/queries';
import { REVIEW_REASONS } from '@/server/admin/review/schemas';

interface DashboardPageProps {
  params: Promise<{ locale: string }>;
}

const curationAreas = ['review', 'activities', 'organizations', 'sync', 'insight', 'audit', 'mappings'] as const;

export async function generateMetadata({ params }: DashboardPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: adminLocale((await params).locale), namespace: 'Admin.dashboard' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function AdminDashboardPage({ params }: DashboardPageProps) {
  const locale = adminLocale((await params).locale);
  const user = await requireRole(['ADMIN', 'COORDINATOR'], locale);
  setRequestLocale(locale);
  const [t, tReview, counts] = await Promise.all([
    getTranslations('Admin.dashboard'),
    getTranslations('Admin.review'),
    countOpenReviewItems(),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2">{t('welcome', { name: user.name })}</p>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>

      <section aria-labelledby="open-review" className="mt-6 rounded-md border border-gray-300 p-4">
        <h2 id="open-review" className="text-xl font-semibold">
          {t('openReviewHeading')}
        </h2>
        {counts.all === 0 ? (
          <p className="mt-2">{t('openReviewNone')}</p>
        ) : (
          <>
            <p className="mt-2">
              <Link href="/admin/review" className="font-semibold underline">
                {t('openReviewTotal', { count: counts.all })}
              </Link>
            </p>
            <ul className="mt-2 space-y-1">
              {REVIEW_REASONS.map((reason) => (
                <li key={reason}>
                  <Link href={{ pathname: '/admin/review', query: { reason } }} className="underline">
                    {t('openReviewByReason', { label: tReview(`reasons.${reason}`), count: counts[reason] })}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="admin-areas" className="mt-8">
        <h2 id="admin-areas" className="text-xl font-semibold">
          {t('areasHeading')}
        </h2>
        <ul className="mt-3 space-y-3">
          {curationAreas.map((area) => (
            <li key={area}>
              <Link href={`/admin/${area}`} className="font-semibold underline">
                {t(`${area}Link`)}
              </Link>
              <p className="text-sm">{t(`${area}Description`)}</p>
            </li>
          ))}
          {user.role === 'ADMIN' ? (
            <li>
              <Link href="/admin/users" className="font-semibold underline">
                {t('usersLink')}
              </Link>
              <p className="text-sm">{t('usersDescription')}</p>
            </li>
          ) : null}
        </ul>
      </section>
    </>
  );
}
