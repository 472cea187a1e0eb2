import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActivityForm } from '@/components/admin/activity-form-client';
import { Link } from '@/i18n/navigation';
import { adminLocale } from '@/lib/admin-locale';
import { activityFormOptions } from '@/server/admin/activities/queries';
import { emptyFormValues } from '@/server/admin/activities/schemas';
import { requireRole } from '@/server/auth/session';

interface NewActivityPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: NewActivityPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: adminLocale((await params).locale), namespace: 'Admin.activities.new' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function AdminNewActivityPage({ params }: NewActivityPageProps) {
  const locale = adminLocale((await params).locale);
  await requireRole(['ADMIN', 'COORDINATOR'], locale);
  setRequestLocale(locale);
  const [t, options] = await Promise.all([getTranslations('Admin.activities'), activityFormOptions(locale)]);
  const initial = { ...emptyFormValues(), providerType: 'POHDE', channelType: 'PLACE', languages: [locale] };
  return (
    <>
      <p>
        <Link href="/admin/activities" className="underline">
          {t('edit.backToList')}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('new.title')}</h1>
      <p className="mt-2">{t('new.intro')}</p>
      <ActivityForm mode="create" options={options} initial={initial} />
    </>
  );
}
