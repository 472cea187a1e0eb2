import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { formatOccurrence } from '@/lib/schedule/format';
import type { SearchCard } from '@/server/search/results';
import { AddToReferralButton } from '@/components/referral/add-to-referral';
import { HighlightedText } from './highlighted-text';

/**
 * One search result: title link, organiser, place, next time, price and summary. With
 * `from` (the search's query string) the activity page can lead back to these results.
 */
export async function ResultCard({ card, locale, from }: { card: SearchCard; locale: string; from?: string }) {
  const [t, common] = await Promise.all([getTranslations('Search'), getTranslations('Common')]);
  const where = [
    ...(card.isRegionWide ? [common('regionWide')] : card.municipalityNames),
    ...(card.isRemote ? [common('remote')] : []),
  ];
  const place = where.join(', ');
  const titleLang = card.title.lang !== locale ? card.title.lang : undefined;
  const summaryLang = card.summary && card.summary.lang !== locale ? card.summary.lang : undefined;

  return (
    <article className="relative flex flex-col gap-1.5 rounded-lg border border-line bg-white p-5 shadow-sm focus-within:border-primary hover:border-primary">
      <h3 className="text-lg leading-snug font-bold">
        <Link
          href={{ pathname: '/activities/[slug]', params: { slug: card.slug }, query: from ? { from } : undefined }}
          className="after:absolute after:inset-0 after:content-['']"
        >
          <span lang={titleLang}>
            <HighlightedText segments={card.titleSegments} />
          </span>
          {/* Many activities share a title ("Ystävätoiminta"): the place tells their links apart. */}
          {place ? <span className="sr-only">, {place}</span> : null}
        </Link>
        {titleLang ? (
          <span className="ml-1 text-base font-normal text-muted">({common(`inLanguage.${card.title.lang}`)})</span>
        ) : null}
      </h3>
      {card.organizerName ? (
        <p className="text-sm">
          <span className="font-semibold">{common('organizer')}:</span>{' '}
          <span lang={card.organizerName.lang !== locale ? card.organizerName.lang : undefined}>
            {card.organizerName.text}
          </span>
        </p>
      ) : null}
      {where.length > 0 ? (
        <p className="text-sm">
          <span className="font-semibold">{common('where')}:</span> {place}
        </p>
      ) : null}
      {card.nextOccurrenceAt ? (
        <p className="text-sm">
          <span className="font-semibold">{t('card.next')}:</span>{' '}
          <time dateTime={card.nextOccurrenceAt}>
            {/* The site's own formatter: Intl's "sv" writes dates the Sweden way (2027-01-13). */}
            {formatOccurrence({ startsAt: new Date(card.nextOccurrenceAt), endsAt: null }, locale as Locale)}
          </time>
        </p>
      ) : null}
      {card.isFree ? (
        <p>
          <span className="inline-block rounded-sm bg-tint px-2 py-0.5 text-sm font-semibold text-primary-strong">
            {t('card.free')}
          </span>
        </p>
      ) : null}
      {card.summary ? (
        <p className="mt-1 line-clamp-3 text-muted">
          <span lang={summaryLang}>
            <HighlightedText segments={card.summarySegments} />
          </span>
          {summaryLang ? <span className="ml-1">({common(`inLanguage.${card.summary.lang}`)})</span> : null}
        </p>
      ) : null}
      {/* Above the stretched title link, so that it stays clickable. */}
      <div className="relative z-10 mt-2">
        <AddToReferralButton activityId={card.id} slug={card.slug} title={card.title.text} place={place || undefined} />
      </div>
    </article>
  );
}
