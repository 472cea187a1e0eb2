import type { ReactNode } from 'react';
import { MESSAGES } from '@/i18n/messages';
import { contactRole, priceNoteBeyond } from '@/lib/i18n/format';
import type { LocalizedText } from '@/lib/i18n/localized';
import { fillText, formatClientDate, type ClientTexts } from '@/lib/referral/client-texts';
import type { ClientLanguage } from '@/lib/referral/occurrence-text';
import type { ClientActivity, ClientReferral } from '@/server/referrals/queries';
import { PrintButton } from './print-button-client';

interface ClientReferralViewProps {
  referral: ClientReferral;
  texts: ClientTexts;
  clientUrl: string;
}

function Field({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mt-4 break-inside-avoid">
      <h3 className="text-lg font-semibold print:text-[13pt]">{title}</h3>
      <div className="mt-1">{children}</div>
    </div>
  );
}

function Notice({ children }: { children: ReactNode }) {
  return <p className="mt-3 rounded-md border-2 border-on-notice bg-notice p-3 font-semibold text-on-notice">{children}</p>;
}

/** `lang` only where a text is in another language than the page. */
function langOf(text: LocalizedText | null | undefined, shownIn: ClientLanguage): string | undefined {
  return text && text.lang !== shownIn ? text.lang : undefined;
}

interface ActivityItemProps {
  activity: ClientActivity;
  index: number;
  texts: ClientTexts;
  shownIn: ClientLanguage;
}

function ActivityItem({ activity, index, texts, shownIn }: ActivityItemProps) {
  const title = activity.title?.text ?? texts.removedTitle;
  // The activity's own texts fall back to another language when it is not described in this one.
  const fallback = [activity.title, activity.summary].find((text) => text && text.lang !== shownIn) ?? null;
  const priceLabel = activity.price.isFree ? texts.free : texts.notFree;
  const priceNote = priceNoteBeyond(priceLabel, activity.price.note?.text);
  return (
    <li className="rounded-lg border border-line p-4 sm:p-6 print:break-inside-avoid-page print:border-black print:p-0 print:pb-4">
      <article aria-labelledby={`activity-${index}`}>
        <h2 id={`activity-${index}`} lang={langOf(activity.title, shownIn)} className="text-2xl font-bold print:text-[17pt]">
          <span aria-hidden="true">{index + 1}. </span>
          {title}
        </h2>
        {fallback ? (
          <p className="mt-2 text-base text-muted print:text-black" data-testid="fallback-note">
            {fillText(texts.fallbackNote, { language: MESSAGES[shownIn].Common.inLanguage[fallback.lang] })}
          </p>
        ) : null}
        {activity.state === 'unknown' ? <Notice>{texts.removedNotice}</Notice> : null}
        {activity.state === 'ended' ? <Notice>{texts.endedNotice}</Notice> : null}
        {activity.state === 'archived' ? <Notice>{texts.archivedNotice}</Notice> : null}
        {activity.state === 'unknown' ? null : (
          <>
            {activity.organization ? (
              <p className="mt-2 text-muted print:text-black">
                {texts.organizer}: <span lang={langOf(activity.organization, shownIn)}>{activity.organization.text}</span>
              </p>
            ) : null}
            {activity.summary ? (
              <p className="mt-3 text-lg" lang={langOf(activity.summary, shownIn)}>
                {activity.summary.text}
              </p>
            ) : null}
            <Field title={texts.when}>
              {activity.scheduleSummaries.map((text) => (
                <p key={text}>{text}</p>
              ))}
              {activity.upcoming.length ? (
                <>
                  <p className="mt-1">{texts.nextTimes}:</p>
                  <ul className="list-disc pl-6">
                    {activity.upcoming.map((text) => (
                      <li key={text}>{text}</li>
                    ))}
                  </ul>
                </>
              ) : activity.scheduleSummaries.length ? null : (
                <p>{texts.noTimes}</p>
              )}
              {activity.scheduleNotes.map((note) => (
                <p key={note.text} className="mt-1" lang={langOf(note, shownIn)}>
                  {note.text}
                </p>
              ))}
            </Field>
            {activity.places.length || activity.online.length || activity.isRemote ? (
              <Field title={texts.where}>
                <ul>
                  {activity.places.map((place, i) => (
                    <li key={i}>{[place.name, place.address].filter(Boolean).join(', ')}</li>
                  ))}
                  {activity.online.map((channel, i) => (
                    <li key={`o${i}`}>
                      {channel.type === 'PHONE' ? texts.byPhone : texts.online}
                      {channel.url ? (
                        <>
                          : <a href={channel.url}>{channel.url}</a>
                        </>
                      ) : null}
                      {channel.phone ? (
                        <>
                          : <a href={`tel:${channel.phone.replace(/\s/g, '')}`}>{channel.phone}</a>
                        </>
                      ) : null}
                    </li>
                  ))}
                  {activity.isRemote && !activity.online.length ? <li>{texts.remote}</li> : null}
                </ul>
              </Field>
            ) : null}
            <Field title={texts.howToJoin}>
              <p>{activity.registration.required ? texts.registrationRequired : texts.noRegistration}</p>
              {activity.registration.note ? (
                <p lang={langOf(activity.registration.note, shownIn)}>{activity.registration.note.text}</p>
              ) : null}
              <ul>
                {activity.registration.url ? (
                  <li>
                    <a href={activity.registration.url}>{texts.signUpOnline}</a>
                  </li>
                ) : null}
                {activity.registration.email ? (
                  <li>
                    {texts.email}: <a href={`mailto:${activity.registration.email}`}>{activity.registration.email}</a>
                  </li>
                ) : null}
                {activity.registration.phone ? (
                  <li>
                    {texts.phone}:{' '}
                    <a href={`tel:${activity.registration.phone.replace(/\s/g, '')}`}>{activity.registration.phone}</a>
                  </li>
                ) : null}
              </ul>
            </Field>
            {activity.contacts.length ? (
              <Field title={texts.contacts}>
                <ul>
                  {activity.contacts.map((contact, i) => (
                    <li key={i}>
                      {contact.label ? <ContactRoleText label={contact.label} shownIn={shownIn} /> : null}
                      {contact.type === 'EMAIL' ? (
                        <>
                          {texts.email}: <a href={`mailto:${contact.value}`}>{contact.value}</a>
                        </>
                      ) : contact.type === 'PHONE' ? (
                        <>
                          {texts.phone}: <a href={`tel:${contact.value.replace(/\s/g, '')}`}>{contact.value}</a>
                        </>
                      ) : (
                        <>
                          {texts.web}: <a href={contact.value}>{contact.value}</a>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </Field>
            ) : null}
            <Field title={texts.price}>
              <p>
                {priceLabel}
                {priceNote ? <span lang={langOf(activity.price.note, shownIn)}>. {priceNote}</span> : null}
              </p>
            </Field>
          </>
        )}
      </article>
    </li>
  );
}

function ContactRoleText({ label, shownIn }: { label: string; shownIn: ClientLanguage }) {
  const role = contactRole(label, shownIn);
  return <span lang={role.lang && role.lang !== shownIn ? role.lang : undefined}>{role.text}, </span>;
}

/**
 * The client's referral page: readable on a phone, printable on A4 with a QR code back to it.
 * Shown in the page's language (referral.shownIn); the site header offers the other two.
 */
export function ClientReferralView({ referral, texts, clientUrl }: ClientReferralViewProps) {
  const date = (value: Date) => formatClientDate(value, referral.shownIn);
  const lang = `?lang=${referral.shownIn}`;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 text-lg print:max-w-none print:p-0 print:text-[13pt]">
      <div className="flex flex-wrap items-start justify-between gap-6">
        <div className="min-w-0 flex-1">
          <p className="font-semibold text-muted print:text-black">{texts.metaTitle}</p>
          <h1 className="mt-1 text-3xl font-bold sm:text-4xl print:text-[22pt]">{texts.heading}</h1>
          <p className="mt-3">{texts.intro}</p>
          <p className="mt-2 text-base text-muted print:text-black">
            {fillText(texts.createdOn, { date: date(referral.createdAt) })}{' '}
            {fillText(texts.validUntil, { date: date(referral.expiresAt) })}
          </p>
        </div>
        <figure className="w-40 shrink-0 print:w-44">
          {/* eslint-disable-next-line @next/next/no-img-element -- a small PNG made per referral; no optimisation wanted */}
          <img
            src={`/api/referrals/${encodeURIComponent(referral.code)}/qr${lang}`}
            alt={texts.qrAlt}
            width={160}
            height={160}
            className="h-auto w-full"
            data-testid="referral-qr"
          />
          <figcaption className="mt-1 text-sm break-all print:text-[10pt]">
            {texts.qrCaption} <span data-testid="client-url">{clientUrl}</span>
          </figcaption>
        </figure>
      </div>

      <div className="mt-6 flex flex-wrap gap-3 print:hidden">
        <PrintButton label={texts.print} />
        <a
          href={`/api/referrals/${encodeURIComponent(referral.code)}/pdf${lang}`}
          download
          className="inline-flex min-h-11 items-center rounded-md border border-primary px-4 py-2 font-semibold no-underline hover:bg-tint"
        >
          {texts.downloadPdf}
        </a>
      </div>

      {referral.message ? (
        <section aria-labelledby="referral-message" className="mt-8 rounded-lg bg-tint p-4 print:border print:border-black print:bg-white">
          <h2 id="referral-message" className="text-xl font-bold">
            {texts.messageHeading}
          </h2>
          <p className="mt-2 whitespace-pre-line">{referral.message}</p>
        </section>
      ) : null}

      <ol className="mt-8 grid list-none gap-6 p-0">
        {referral.activities.map((activity, index) => (
          <ActivityItem key={`${activity.id}-${index}`} activity={activity} index={index} texts={texts} shownIn={referral.shownIn} />
        ))}
      </ol>
      <p className="mt-8 text-base text-muted print:text-black">{texts.footer}</p>
    </div>
  );
}

/** An expired referral: said plainly, with a way on. */
export function ExpiredReferral({ texts, searchHref }: { texts: ClientTexts; searchHref: string }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 text-lg">
      <h1 className="text-3xl font-bold sm:text-4xl">{texts.expiredTitle}</h1>
      <p className="mt-4">{texts.expiredText}</p>
      <p className="mt-6">
        <a href={searchHref}>{texts.searchLink}</a>
      </p>
    </div>
  );
}
