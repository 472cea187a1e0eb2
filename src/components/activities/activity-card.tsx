import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { LocalizedText } from '@/lib/i18n/localized';
import type { ActivityCardData } from '@/server/activities/queries';

export async function ActivityCard({ activity, locale }: { activity: ActivityCardData; locale: string }) {
  const t = await getTranslations('Common');
  const { title, summary, organizerName } = activity;
  const where = [
    ...(activity.isRegionWide ? [t('regionWide')] : activity.municipalityNames),
    ...(activity.isRemote ? [t('remote')] : []),
  ];

  return (
    <article className="relative flex h-full flex-col gap-2 rounded-lg border border-line bg-white p-5 shadow-sm focus-within:border-primary hover:border-primary">
      <h3 className="text-lg leading-snug font-bold">
        {/* The whole card is the link's click target; only the title is announced. */}
        <Link
          href={{ pathname: '/activities/[slug]', params: { slug: activity.slug } }}
          className="after:absolute after:inset-0 after:content-['']"
        >
          <LocalizedSpan value={title} locale={locale} />
        </Link>
        {title.lang !== locale ? (
          <span className="ml-1 text-base font-normal text-muted">({t(`inLanguage.${title.lang}`)})</span>
        ) : null}
      </h3>
      {organizerName ? (
        <p className="text-sm">
          <span className="font-semibold">{t('organizer')}:</span> <LocalizedSpan value={organizerName} locale={locale} />
        </p>
      ) : null}
      {where.length > 0 ? (
        <p className="text-sm">
          <span className="font-semibold">{t('where')}:</span> {where.join(', ')}
        </p>
      ) : null}
      {summary ? (
        <p className="mt-1 line-clamp-4 text-muted" lang={summary.lang !== locale ? summary.lang : undefined}>
          {summary.text}
        </p>
      ) : null}
    </article>
  );
}

/** Text in another language than the page gets its own `lang`, so screen readers switch voice. */
function LocalizedSpan({ value, locale }: { value: LocalizedText; locale: string }) {
  return <span lang={value.lang !== locale ? value.lang : undefined}>{value.text}</span>;
}
