import { getTranslations } from 'next-intl/server';
import { unstable_rethrow } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { listNewestActivities, type ActivityCardData } from '@/server/activities/queries';
import { ActivityCard } from './activity-card';

const NEWEST_COUNT = 12;

/**
 * The front page's list of newest activities. A database failure degrades to a notice here
 * instead of taking the whole front page down.
 */
export async function NewestActivities({ locale }: { locale: Locale }) {
  const t = await getTranslations('Home');
  let activities: ActivityCardData[] | null;
  try {
    activities = await listNewestActivities({ locale, limit: NEWEST_COUNT });
  } catch (error) {
    unstable_rethrow(error);
    console.error('Could not load the newest activities for the front page.', error);
    activities = null;
  }

  return (
    <section aria-labelledby="newest-heading" className="mx-auto max-w-5xl px-4 py-10">
      <h2 id="newest-heading" className="text-2xl font-bold">
        {t('newestTitle')}
      </h2>
      {activities === null ? (
        <Notice title={t('unavailableTitle')} text={t('unavailableText')} />
      ) : activities.length === 0 ? (
        <Notice title={t('emptyTitle')} text={t('emptyText')} />
      ) : (
        <>
          <p className="mt-1 text-muted">{t('newestIntro')}</p>
          <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="activity-cards">
            {activities.map((activity) => (
              <li key={activity.slug}>
                <ActivityCard activity={activity} locale={locale} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Notice({ title, text }: { title: string; text: string }) {
  return (
    <div className="mt-6 rounded-lg border border-line bg-white p-6">
      <p className="text-lg font-semibold">{title}</p>
      <p className="mt-1 text-muted">{text}</p>
    </div>
  );
}
