import type { ReactNode } from 'react';
import { PlaceMap, openStreetMapUrl } from '@/components/map/place-map';
import { AddToReferralButton } from '@/components/referral/add-to-referral';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { contactRole, priceNoteBeyond } from '@/lib/i18n/format';
import type { LocalizedText } from '@/lib/i18n/localized';
import { DEFAULT_TIME_ZONE, dayNumber, localDayOf } from '@/lib/schedule/occurrences';
import { formatDay, formatOccurrence, type ScheduleLocale } from '@/lib/schedule/format';
import type { ActivityChannelView, ActivityPageData } from '@/server/activities/activity-page';
import { RichText } from '@/components/content/rich-text';

interface ActivityDetailsProps {
  activity: ActivityPageData;
  /** Where the calendar file can be downloaded, when the activity has times. */
  calendarHref: string | null;
}

/** Text in another language than the page carries its own `lang` (WCAG 3.1.2). */
function langOf(value: LocalizedText, locale: string): string | undefined {
  return value.lang !== locale ? value.lang : undefined;
}

function formatInstantDay(instant: Date, locale: ScheduleLocale): string {
  return formatDay(localDayOf(instant.getTime(), DEFAULT_TIME_ZONE), locale);
}

export async function ActivityDetails({ activity, calendarHref }: ActivityDetailsProps) {
  const t = await getTranslations('Activity');
  const tCommon = await getTranslations('Common');
  const tOrg = await getTranslations('Organization');
  const { locale, title, summary, description } = activity;
  const showsOtherLanguage = activity.textLanguage !== locale;
  const registrationUrl = webUrl(activity.registration.url);
  const priceLabel = activity.price.isFree ? t('free') : t('paid');
  const priceNote = priceNoteBeyond(priceLabel, activity.price.note?.text);

  return (
    <article className="mx-auto max-w-5xl px-4 py-10">
      <header className="max-w-3xl">
        <p className="text-sm font-semibold tracking-wide text-muted uppercase">
          {tOrg(`providerType.${activity.providerType}`)}
        </p>
        <h1 className="mt-1 text-3xl leading-tight font-bold sm:text-4xl" lang={langOf(title, locale)}>
          {title.text}
        </h1>
        {showsOtherLanguage ? (
          <p className="mt-4 rounded-md border border-on-notice/30 bg-notice px-4 py-3 text-on-notice">
            {t('languageNote', { language: tCommon(`inLanguage.${activity.textLanguage}`) })}
          </p>
        ) : null}
        {summary ? (
          <p className="mt-4 text-lg" lang={langOf(summary, locale)}>
            {summary.text}
          </p>
        ) : null}
        {activity.organization ? (
          <p className="mt-4">
            <span className="font-semibold">{t('organizer')}:</span>{' '}
            <Link
              href={{ pathname: '/organizations/[slug]', params: { slug: activity.organization.slug } }}
              lang={langOf(activity.organization.name, locale)}
            >
              {activity.organization.name.text}
            </Link>
          </p>
        ) : null}
        <div className="mt-6">
          <AddToReferralButton activityId={activity.id} slug={activity.slug} title={title.text} />
        </div>
      </header>

      <div className="mt-8 grid gap-10 lg:grid-cols-3">
        <div className="flex flex-col gap-10 lg:col-span-2">
          {activity.image ? (
            // Images come from any upstream host; next/image would need each host configured.
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={activity.image.url}
              alt={activity.image.alt?.text ?? ''}
              lang={activity.image.alt ? langOf(activity.image.alt, locale) : undefined}
              className="max-h-96 w-full rounded-lg object-cover"
            />
          ) : null}

          {description ? (
            <Section id="description" title={t('descriptionTitle')}>
              <RichText text={description.text} lang={langOf(description, locale)} />
            </Section>
          ) : null}

          <Section id="when" title={t('whenTitle')}>
            {activity.schedules.length === 0 ? <p>{t('noSchedule')}</p> : null}
            {activity.schedules.map((schedule) => (
              <div key={schedule.id} className="flex flex-col gap-1">
                {schedule.summary && schedule.kind !== 'ONE_OFF' ? (
                  <p className="font-semibold">{schedule.summary}</p>
                ) : null}
                {schedule.note ? <p lang={langOf(schedule.note, locale)}>{schedule.note.text}</p> : null}
                {schedule.excludedDates.length > 0 ? (
                  <p>
                    {t('excludedDates', {
                      dates: schedule.excludedDates.map((date) => formatDay(dayNumber(date), locale)).join(', '),
                    })}
                  </p>
                ) : null}
              </div>
            ))}
            {activity.upcoming.length > 0 ? (
              <>
                <h3 className="mt-2 text-lg font-bold">{t('upcomingTitle')}</h3>
                <ul className="flex flex-col gap-1" data-testid="upcoming">
                  {activity.upcoming.map((occurrence) => (
                    <li key={occurrence.startsAt.toISOString()}>
                      <time dateTime={occurrence.startsAt.toISOString()}>
                        {formatOccurrence(occurrence, locale)}
                      </time>
                    </li>
                  ))}
                </ul>
              </>
            ) : activity.schedules.some((s) => s.kind !== 'PERIOD') ? (
              <p>{t('noUpcoming')}</p>
            ) : null}
            {calendarHref ? (
              <p className="mt-2">
                <a href={calendarHref} download>
                  {t('addToCalendar')}
                </a>
              </p>
            ) : null}
          </Section>

          <Section id="where" title={t('whereTitle')}>
            {activity.isRegionWide || activity.isRemote ? (
              <p>
                {[
                  ...(activity.isRegionWide ? [tCommon('regionWide')] : []),
                  ...(activity.isRemote ? [tCommon('remote')] : []),
                ].join('. ')}
                .
              </p>
            ) : null}
            {activity.channels.map((channel) => (
              <Channel key={channel.id} channel={channel} locale={locale} />
            ))}
            <PlaceMap
              title={activity.title.text}
              places={activity.channels.flatMap((channel) =>
                channel.latitude !== null && channel.longitude !== null
                  ? [
                      {
                        lat: channel.latitude,
                        lon: channel.longitude,
                        label:
                          [channel.name?.text, channel.streetAddress].filter(Boolean).join(', ') ||
                          channel.municipality ||
                          activity.title.text,
                      },
                    ]
                  : [],
              )}
            />
            {activity.municipalities.length > 0 ? (
              <p>
                <span className="font-semibold">{t('municipalities')}:</span> {activity.municipalities.join(', ')}
              </p>
            ) : null}
          </Section>

          <Section id="join" title={t('joinTitle')}>
            <p>{activity.registration.required ? t('registrationRequired') : t('registrationNotRequired')}</p>
            {activity.registration.note ? (
              <p lang={langOf(activity.registration.note, locale)}>{activity.registration.note.text}</p>
            ) : null}
            {registrationUrl || activity.registration.email || activity.registration.phone ? (
              <ul className="flex flex-col gap-1">
                {registrationUrl ? (
                  <li>
                    <a href={registrationUrl} rel="noopener noreferrer">
                      {t('registerOnline')}
                    </a>
                  </li>
                ) : null}
                {activity.registration.email ? (
                  <li>
                    {t('email')}: <a href={`mailto:${activity.registration.email}`}>{activity.registration.email}</a>
                  </li>
                ) : null}
                {activity.registration.phone ? (
                  <li>
                    {t('phone')}: <a href={telHref(activity.registration.phone)}>{activity.registration.phone}</a>
                  </li>
                ) : null}
              </ul>
            ) : null}
          </Section>
        </div>

        <div className="flex flex-col gap-8">
          <Section id="price" title={t('priceTitle')} small>
            <p>{priceLabel}</p>
            {priceNote ? <RichText text={priceNote} lang={langOf(activity.price.note!, locale)} /> : null}
          </Section>

          <Section id="details" title={t('detailsTitle')} small>
            <dl className="flex flex-col gap-3">
              <Term label={t('ageGroups')} values={activity.ageGroups} />
              <Term label={t('specialGroups')} values={activity.specialGroups} />
              <Term label={t('languages')} values={activity.languages} />
              <Term label={t('accessibility')} values={activity.accessibility} />
              <Term label={t('activityTypes')} values={activity.activityTypes} />
              {activity.themes.length > 0 ? (
                <Term
                  label={t('themes')}
                  values={activity.themes.map((theme) => (
                    <Link key={theme.code} href={{ pathname: '/themes/[slug]', params: { slug: theme.slug } }}>
                      {theme.name}
                    </Link>
                  ))}
                />
              ) : null}
              {activity.stages.length > 0 ? (
                <Term
                  label={t('stages')}
                  values={activity.stages.map((stage) => (
                    <Link key={stage.code} href={{ pathname: '/stages/[slug]', params: { slug: stage.slug } }}>
                      {stage.name}
                    </Link>
                  ))}
                />
              ) : null}
            </dl>
          </Section>

          {activity.contacts.length > 0 ? (
            <Section id="contacts" title={t('contactsTitle')} small>
              <ul className="flex flex-col gap-2">
                {activity.contacts.map((contact, index) => (
                  <li key={index}>
                    {contact.label ? <ContactRole label={contact.label} locale={locale} /> : null}
                    <span className="sr-only">{t(`contactType.${contact.type}`)}: </span>
                    <ContactLink type={contact.type} value={contact.value} />
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}

          <div className="border-t border-line pt-4 text-sm text-muted">
            <p>
              {t(`provenance.${activity.provenance.source}`, {
                date: formatInstantDay(activity.provenance.updatedAt, locale),
                named: activity.organization ? 'yes' : 'no',
                organizer: activity.organization?.name.text ?? '',
              })}
            </p>
            {activity.provenance.lastVerifiedAt ? (
              <p>{t('verified', { date: formatInstantDay(activity.provenance.lastVerifiedAt, locale) })}</p>
            ) : null}
          </div>
        </div>
      </div>
    </article>
  );
}

function ContactRole({ label, locale }: { label: string; locale: ScheduleLocale }) {
  const role = contactRole(label, locale);
  return (
    <span className="block text-sm text-muted" lang={role.lang && role.lang !== locale ? role.lang : undefined}>
      {role.text}
    </span>
  );
}

function Section({ id, title, small, children }: { id: string; title: string; small?: boolean; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3">
      <h2 id={`${id}-heading`} className={small ? 'text-xl font-bold' : 'text-2xl font-bold'}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function Term({ label, values }: { label: string; values: ReactNode[] }) {
  if (values.length === 0) return null;
  return (
    <div>
      <dt className="font-semibold">{label}</dt>
      <dd>
        <ul className="flex flex-col">
          {values.map((value, index) => (
            <li key={index}>{value}</li>
          ))}
        </ul>
      </dd>
    </div>
  );
}

/** Only web addresses become links: a stored "javascript:" URL must never be clickable. */
function webUrl(value: string | null): string | null {
  return value && /^https?:\/\//i.test(value.trim()) ? value.trim() : null;
}

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

function ContactLink({ type, value }: { type: 'EMAIL' | 'PHONE' | 'WEB'; value: string }) {
  switch (type) {
    case 'EMAIL':
      return <a href={`mailto:${value}`}>{value}</a>;
    case 'PHONE':
      return <a href={telHref(value)}>{value}</a>;
    case 'WEB':
      return webUrl(value) ? (
        <a href={value} rel="noopener noreferrer">
          {value.replace(/^https?:\/\//i, '')}
        </a>
      ) : (
        <span>{value}</span>
      );
  }
}

async function Channel({ channel, locale }: { channel: ActivityChannelView; locale: string }) {
  const t = await getTranslations('Activity');
  const town = [channel.postalCode, channel.postOffice].filter(Boolean).join(' ');
  const hasPoint = channel.latitude !== null && channel.longitude !== null;
  const url = webUrl(channel.url);
  // Phone and online channels are often named just "Phone" or "Online": the type already says it.
  const generic = [t(`channelType.${channel.type}`), t('phone'), t('onlineLink')].map((word) => word.toLowerCase());
  const name = channel.name && !generic.includes(channel.name.text.toLowerCase()) ? channel.name : null;
  return (
    <div className="rounded-lg border border-line bg-white p-4">
      <p className="text-sm font-semibold text-muted">{t(`channelType.${channel.type}`)}</p>
      {name ? (
        <p className="font-semibold" lang={langOf(name, locale)}>
          {name.text}
        </p>
      ) : null}
      {channel.streetAddress ? (
        <address className="not-italic">
          {channel.streetAddress}
          {town ? (
            <>
              <br />
              {town}
            </>
          ) : null}
          {channel.municipality && channel.municipality !== channel.postOffice ? (
            <>
              <br />
              {channel.municipality}
            </>
          ) : null}
        </address>
      ) : channel.municipality ? (
        <p>{channel.municipality}</p>
      ) : null}
      {hasPoint ? (
        <p className="mt-1">
          <a
            href={openStreetMapUrl(channel.latitude!, channel.longitude!)}
            rel="noopener noreferrer"
          >
            {t('showOnMap')} ({t('mapService')})
          </a>
        </p>
      ) : null}
      {url ? (
        <p className="mt-1">
          {t('onlineLink')}:{' '}
          <a href={url} rel="noopener noreferrer">
            {url.replace(/^https?:\/\//i, '')}
          </a>
        </p>
      ) : null}
      {channel.phone ? (
        <p className="mt-1">
          {t('phone')}: <a href={telHref(channel.phone)}>{channel.phone}</a>
        </p>
      ) : null}
    </div>
  );
}
