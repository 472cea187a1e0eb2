import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { ActivityForm } from '@/components/admin/activity-form-client';
import { MarkVerifiedForm } from '@/components/admin/activity-verify-client';
import { Link } from '@/i18n/navigation';
import { adminLocale } from '@/lib/admin-locale';
import { activityFormOptions, getActivityForEdit } from '@/server/admin/activities/queries';
import { requireRole } from '@/server/auth/session';

interface ActivityEditPageProps {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: ActivityEditPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: adminLocale((await params).locale), namespace: 'Admin.activities' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function AdminActivityEditPage({ params }: ActivityEditPageProps) {
  const { locale: raw, id } = await params;
  const locale = adminLocale(raw);
  await requireRole(['ADMIN', 'COORDINATOR'], locale);
  setRequestLocale(locale);
  const activity = await getActivityForEdit(id, locale);
  if (!activity) notFound();
  const [t, format, options] = await Promise.all([getTranslations('Admin.activities'), getFormatter(), activityFormOptions(locale)]);
  const when = (value: Date) => format.dateTime(value, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Helsinki' });
  const title =
    (locale === 'sv' ? (activity.titleSv ?? activity.titleFi) : (activity.titleFi ?? activity.titleSv)) ?? activity.titleEn ?? t('untitled');
  const synced = activity.source !== 'MANUAL';
  const sourceName = t(`source.${activity.source}`);

  return (
    <>
      <p>
        <Link href="/admin/activities" className="underline">
          {t('edit.backToList')}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{title}</h1>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">{t('edit.statusLabel')}</dt>
        <dd>{t(`status.${activity.status}`)}</dd>
        <dt className="font-semibold">{t('edit.sourceLabel')}</dt>
        <dd>{sourceName}</dd>
        {activity.externalId ? (
          <>
            <dt className="font-semibold">{t('edit.externalId')}</dt>
            <dd>{activity.externalId}</dd>
          </>
        ) : null}
        {activity.lastSyncedAt ? (
          <>
            <dt className="font-semibold">{t('edit.lastSynced')}</dt>
            <dd>{when(activity.lastSyncedAt)}</dd>
          </>
        ) : null}
      </dl>
      {activity.status === 'PUBLISHED' ? (
        <p className="mt-2">
          <Link href={{ pathname: '/activities/[slug]', params: { slug: activity.slug } }} className="underline">
            {t('edit.viewPublic')}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="activity-verify" className="mt-6 rounded-md border border-gray-400 p-4">
        <h2 id="activity-verify" className="text-lg font-semibold">
          {t('verify.heading')}
        </h2>
        <p className="mt-1">
          {activity.lastVerifiedAt
            ? activity.lastVerifiedByName
              ? t('verify.checkedBy', { name: activity.lastVerifiedByName, date: when(activity.lastVerifiedAt) })
              : t('verify.checkedByUnknown', { date: when(activity.lastVerifiedAt) })
            : t('verify.never')}
        </p>
        <p className="mt-1 text-sm">{t('verify.hint')}</p>
        <MarkVerifiedForm activityId={activity.id} />
      </section>

      <section aria-labelledby="activity-edit" className="mt-8">
        <h2 id="activity-edit" className="text-xl font-semibold">
          {t('edit.formHeading')}
        </h2>
        <p className="mt-1">{synced ? t('edit.syncedInfo', { source: sourceName }) : t('edit.manualInfo')}</p>
        <ActivityForm
          mode={synced ? 'synced' : 'manual'}
          options={options}
          initial={activity.values}
          activityId={activity.id}
          version={activity.version}
          baseline={activity.baseline}
          upstream={activity.upstream}
          overriddenFields={activity.overriddenFields}
          sourceName={sourceName}
          hasChannel={activity.channels > 0}
          hasSchedule={activity.schedules > 0}
          placeSummary={activity.placeSummary}
          scheduleSummary={activity.scheduleSummary}
        />
      </section>
    </>
  );
}
