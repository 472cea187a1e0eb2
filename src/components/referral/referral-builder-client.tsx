'use client';

import { useEffect, useId, useRef, useState, useTransition, type ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { moveItem, removeItem, setBasket, updateBasket, type BasketItem } from '@/lib/referral/basket';
import { CLIENT_GROUPS, clientGroup, groupsWithSameSteps, stepsForGroup, stepsWhenNothingFits, type ClientGroupCode } from '@/lib/referral/steps';
import type { ClientLanguage } from '@/lib/referral/occurrence-text';
import {
  createReferralAction,
  getBasketActivitiesAction,
  type CreatedReferralView,
  type CreateReferralActionResult,
} from '@/server/referrals/actions';
import type { BasketActivity } from '@/server/referrals/queries';
import { useHydrated, useReferralBasket } from './use-referral-basket';

const MESSAGE_MAX = 1000;
type Errors = Extract<CreateReferralActionResult, { ok: false }>['errors'];

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function FieldErrors({ id, errors }: { id: string; errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="mt-2 font-semibold text-[#a4001d]">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}

/** The referral page's working area: basket, guidance, handing over. Runs only in the browser. */
export function ReferralBuilder() {
  const t = useTranslations('Referral');
  const locale = useLocale() as Locale;
  const hydrated = useHydrated();
  const basket = useReferralBasket();
  const [details, setDetails] = useState<Map<string, BasketActivity>>(new Map());
  const [loading, setLoading] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [group, setGroup] = useState<ClientGroupCode | null>(null);
  const [steps, setSteps] = useState<string[]>([]);
  const [language, setLanguage] = useState<ClientLanguage>(locale);
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [created, setCreated] = useState<CreatedReferralView | null>(null);
  const [pending, startTransition] = useTransition();
  const errorSummary = useRef<HTMLDivElement>(null);
  const createdHeading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the outcome once it is on screen (a transition may commit later than a frame).
  useEffect(() => {
    if (created) createdHeading.current?.focus();
  }, [created]);
  useEffect(() => {
    if (Object.keys(errors).length > 0) errorSummary.current?.focus();
  }, [errors]);
  const baseId = useId();

  const idsKey = basket.map((item) => item.id).join(',');
  useEffect(() => {
    if (!idsKey) return;
    let cancelled = false;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the loading flag belongs to this fetch
    setLoading(true);
    getBasketActivitiesAction(locale, idsKey.split(','))
      .then((result) => {
        if (cancelled || !result.ok) return;
        setDetails(new Map(result.activities.map((activity) => [activity.id, activity])));
      })
      .catch(() => undefined)
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, [idsKey, locale]);

  if (!hydrated) return <p className="mt-6 text-lg">{t('loading')}</p>;

  const unavailable = basket.some((item) => {
    const state = details.get(item.id)?.state;
    return state === 'archived' || state === 'unknown';
  });
  const shownSteps = group ? stepsForGroup(group) : [];

  function move(item: BasketItem, direction: -1 | 1) {
    const index = basket.findIndex((other) => other.id === item.id);
    const target = index + direction;
    updateBasket((items) => moveItem(items, item.id, direction));
    setAnnouncement(t('moved', { title: item.title, position: target + 1 }));
    // Keep the keyboard where it was: on the same button of the moved item, or on its other
    // move button when it reached the top or bottom.
    requestAnimationFrame(() => {
      const atEdge = target === 0 || target === basket.length - 1;
      const which = atEdge ? (direction === -1 ? 'down' : 'up') : direction === -1 ? 'up' : 'down';
      document.getElementById(`${baseId}-${which}-${item.id}`)?.focus();
    });
  }

  function remove(item: BasketItem) {
    const index = basket.findIndex((other) => other.id === item.id);
    updateBasket((items) => removeItem(items, item.id));
    setAnnouncement(t('removed', { title: item.title }));
    requestAnimationFrame(() => {
      const next = basket[index + 1] ?? basket[index - 1];
      const target = next ? document.getElementById(`${baseId}-remove-${next.id}`) : document.getElementById(`${baseId}-basket`);
      target?.focus();
    });
  }

  function submit() {
    setErrors({});
    startTransition(async () => {
      const result = await createReferralAction(locale, {
        activityIds: basket.map((item) => item.id),
        language,
        message,
        stepCodes: steps,
      });
      if (result.ok) setCreated(result.referral);
      else setErrors(result.errors);
    });
  }

  const allErrors = [errors.form, errors.activityIds, errors.language, errors.message, errors.stepCodes].flat().filter(Boolean) as string[];
  const messageHintId = `${baseId}-message-hint`;
  const messageErrorId = `${baseId}-message-error`;

  return (
    <div className="text-lg">
      <p role="status" className="sr-only">
        {announcement}
      </p>

      <Section title={t('basketTitle')} id={`${baseId}-basket`}>
        {basket.length === 0 ? (
          <p className="mt-3">
            {t('basketEmpty')} <Link href="/search">{t('searchLink')}</Link>
          </p>
        ) : (
          <>
            {loading && details.size === 0 ? <p className="mt-3 text-muted">{t('loading')}</p> : null}
            <ol className="mt-4 grid list-none gap-3 p-0" data-testid="referral-basket">
              {basket.map((item, index) => {
                const detail = details.get(item.id);
                const title = detail?.title?.text ?? item.title;
                const state = detail?.state;
                return (
                  <li key={item.id} className="rounded-lg border border-line bg-white p-4">
                    <h3 className="text-xl font-semibold" lang={detail?.title?.lang}>
                      {state === 'unknown' ? (
                        title
                      ) : (
                        <Link href={{ pathname: '/activities/[slug]', params: { slug: detail?.slug ?? item.slug } }}>{title}</Link>
                      )}
                    </h3>
                    {detail?.organization ? <p className="text-muted">{detail.organization}</p> : null}
                    {detail?.nextTime && state === 'available' ? <p>{t('nextTime', { time: detail.nextTime })}</p> : null}
                    {state === 'ended' || state === 'archived' || state === 'unknown' ? (
                      <p className="mt-2 rounded-md border-2 border-on-notice bg-notice p-2 font-semibold text-on-notice">
                        {t(state === 'ended' ? 'stateEnded' : state === 'archived' ? 'stateArchived' : 'stateUnknown')}
                      </p>
                    ) : null}
                    <div className="mt-3 flex flex-wrap gap-2">
                      <button
                        type="button"
                        id={`${baseId}-up-${item.id}`}
                        aria-label={t('moveUpLabel', { title })}
                        disabled={index === 0}
                        onClick={() => move(item, -1)}
                        className="min-h-11 rounded-md border border-primary px-3 py-1 font-semibold text-primary hover:bg-tint disabled:border-line disabled:text-muted"
                      >
                        <span aria-hidden="true">↑ </span>
                        {t('moveUp')}
                      </button>
                      <button
                        type="button"
                        id={`${baseId}-down-${item.id}`}
                        aria-label={t('moveDownLabel', { title })}
                        disabled={index === basket.length - 1}
                        onClick={() => move(item, 1)}
                        className="min-h-11 rounded-md border border-primary px-3 py-1 font-semibold text-primary hover:bg-tint disabled:border-line disabled:text-muted"
                      >
                        <span aria-hidden="true">↓ </span>
                        {t('moveDown')}
                      </button>
                      <button
                        type="button"
                        id={`${baseId}-remove-${item.id}`}
                        aria-label={t('removeLabel', { title })}
                        onClick={() => remove(item)}
                        className="min-h-11 rounded-md border border-primary px-3 py-1 font-semibold text-primary hover:bg-tint"
                      >
                        {t('remove')}
                      </button>
                    </div>
                  </li>
                );
              })}
            </ol>
            {unavailable ? <p className="mt-3 font-semibold">{t('unavailableNotice')}</p> : null}
            <p className="mt-3">
              <Link href="/search">{t('searchLink')}</Link>
            </p>
          </>
        )}
      </Section>

      <Section title={t('groupTitle')} id={`${baseId}-group`}>
        <fieldset className="mt-3">
          <legend className="text-base text-muted">{t('groupHint')}</legend>
          <div className="mt-3 grid gap-2">
            {CLIENT_GROUPS.map((option) => (
              <label key={option.code} className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-line bg-white p-3">
                <input
                  type="radio"
                  name="client-group"
                  value={option.code}
                  checked={group === option.code}
                  onChange={() => setGroup(option.code)}
                  className="mt-1 size-5 shrink-0"
                />
                <span>{t('groupOption', { letter: option.sourceLetter, label: option.label[locale] })}</span>
              </label>
            ))}
          </div>
          <p className="mt-3">{t('groupSharedSteps')}</p>
        </fieldset>
      </Section>

      <Section title={t('stepsTitle')} id={`${baseId}-steps`}>
        {group ? (
          <fieldset className="mt-3">
            <legend className="text-base text-muted">
              <strong className="block text-ink" data-testid="steps-for">
                {groupsWithSameSteps(group).length > 0
                  ? t('stepsForShared', {
                      letter: clientGroup(group).sourceLetter,
                      others: groupsWithSameSteps(group).map((other) => other.sourceLetter).join(', '),
                    })
                  : t('stepsFor', { letter: clientGroup(group).sourceLetter })}
              </strong>
              {t('stepsHint')}
            </legend>
            <div className="mt-3 grid gap-2">
              {shownSteps.map((step) => (
                <label key={step.code} className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-line bg-white p-3">
                  <input
                    type="checkbox"
                    value={step.code}
                    checked={steps.includes(step.code)}
                    onChange={(event) =>
                      setSteps((current) =>
                        event.target.checked ? [...current, step.code] : current.filter((code) => code !== step.code),
                      )
                    }
                    className="mt-1 size-5 shrink-0"
                  />
                  <span>{step.label[locale]}</span>
                </label>
              ))}
            </div>
            <FieldErrors id={`${baseId}-steps-error`} errors={errors.stepCodes} />
          </fieldset>
        ) : (
          <p className="mt-3">{t('stepsChooseGroup')}</p>
        )}
      </Section>

      <section
        aria-labelledby={`${baseId}-nothing`}
        className={`mt-10 rounded-lg p-4 ${basket.length === 0 ? 'border-2 border-on-notice bg-notice text-on-notice' : 'border border-line bg-white'}`}
        data-testid="nothing-fits"
      >
        <h2 id={`${baseId}-nothing`} className="text-xl font-bold">
          {t('nothingFitsTitle')}
        </h2>
        <p className="mt-2">{t('nothingFitsText')}</p>
        <ul className="mt-2 list-disc pl-6">
          {stepsWhenNothingFits().map((step) => (
            <li key={step.code}>{step.label[locale]}</li>
          ))}
        </ul>
        <p className="mt-2">{t('nothingFitsNote')}</p>
      </section>

      <Section title={t('languageTitle')} id={`${baseId}-language`}>
        <fieldset className="mt-3">
          <legend className="text-base text-muted">{t('languageHint')}</legend>
          <div className="mt-3 flex flex-wrap gap-2">
            {(['fi', 'sv', 'en'] as const).map((code) => (
              <label key={code} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-line bg-white px-3">
                <input
                  type="radio"
                  name="client-language"
                  value={code}
                  checked={language === code}
                  onChange={() => setLanguage(code)}
                  className="size-5"
                />
                {t(code === 'fi' ? 'languageFi' : code === 'sv' ? 'languageSv' : 'languageEn')}
              </label>
            ))}
          </div>
          <FieldErrors id={`${baseId}-language-error`} errors={errors.language} />
        </fieldset>
      </Section>

      <div className="mt-10">
        <label htmlFor={`${baseId}-message`} className="block text-xl font-bold">
          {t('messageLabel')}
        </label>
        <p id={messageHintId} className="mt-1 text-base text-muted">
          {t('messageHint', { max: MESSAGE_MAX })}
        </p>
        <textarea
          id={`${baseId}-message`}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          rows={4}
          maxLength={MESSAGE_MAX * 2}
          aria-describedby={errors.message?.length ? `${messageHintId} ${messageErrorId}` : messageHintId}
          aria-invalid={errors.message?.length ? true : undefined}
          className="mt-2 w-full rounded-md border border-muted bg-white p-2"
        />
        <p className="text-base text-muted" aria-live="polite">
          {[...message].length > MESSAGE_MAX * 0.9 ? t('messageCounter', { count: [...message].length, max: MESSAGE_MAX }) : null}
        </p>
        <FieldErrors id={messageErrorId} errors={errors.message} />
      </div>

      {allErrors.length ? (
        <div ref={errorSummary} tabIndex={-1} role="alert" className="mt-8 rounded-md border-2 border-[#a4001d] bg-white p-4">
          <h2 className="text-xl font-bold">{t('errorSummaryTitle')}</h2>
          <ul className="mt-2 list-disc pl-6">
            {allErrors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <p className="mt-8">
        <button
          type="button"
          onClick={submit}
          disabled={pending}
          className="inline-flex min-h-12 items-center rounded-md bg-primary px-6 py-2 text-lg font-semibold text-on-primary hover:opacity-90 disabled:opacity-70"
        >
          {pending ? t('creating') : t('create')}
        </button>
      </p>

      {created ? <Created created={created} onClear={() => { setBasket([]); setCreated(null); setSteps([]); setGroup(null); setMessage(''); }} headingRef={createdHeading} /> : null}
    </div>
  );
}

function Created({
  created,
  onClear,
  headingRef,
}: {
  created: CreatedReferralView;
  onClear: () => void;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const t = useTranslations('Referral');
  const [copyStatus, setCopyStatus] = useState('');
  const baseId = useId();

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopyStatus(t('copied'));
    } catch {
      setCopyStatus(t('copyFailed'));
    }
  }

  const buttonClass =
    'inline-flex min-h-11 items-center rounded-md border border-primary bg-white px-4 py-2 font-semibold text-primary no-underline hover:bg-tint';

  return (
    <section aria-labelledby={`${baseId}-created`} className="mt-10 rounded-lg border-2 border-primary bg-white p-4 sm:p-6" data-testid="referral-created">
      <h2 id={`${baseId}-created`} ref={headingRef} tabIndex={-1} className="text-2xl font-bold">
        {t('createdTitle')}
      </h2>
      <p className="mt-2">{t('createdText', { date: created.expiresOn })}</p>
      <p className="mt-4 font-semibold">{t('clientLinkLabel')}</p>
      <p className="break-all">
        <a href={created.clientUrl} data-testid="client-link">
          {created.clientUrl}
        </a>
      </p>
      <div className="mt-4 flex flex-wrap gap-2">
        <a href={created.clientUrl} className={buttonClass}>
          {t('openClientPage')}
        </a>
        <a href={created.pdfUrl} download className={buttonClass}>
          {t('downloadPdf')}
        </a>
        <button type="button" onClick={() => copy(created.clientUrl)} className={buttonClass}>
          {t('copyLink')}
        </button>
        <a href={created.mailtoHref} className={buttonClass} aria-describedby={`${baseId}-mail-hint`}>
          {t('emailLink')}
        </a>
      </div>
      <p id={`${baseId}-mail-hint`} className="mt-2 text-base text-muted">
        {t('emailHint')}
      </p>
      <p className="mt-2 text-base text-muted">{t('printHint')}</p>

      <h3 className="mt-6 text-xl font-bold">{t('recordTitle')}</h3>
      <p id={`${baseId}-record-hint`} className="mt-1 text-base text-muted">
        {t('recordHint')}
      </p>
      <label htmlFor={`${baseId}-record`} className="mt-3 block font-semibold">
        {t('recordLabel')}
      </label>
      <textarea
        id={`${baseId}-record`}
        readOnly
        value={created.recordSummary}
        rows={Math.min(16, created.recordSummary.split('\n').length + 1)}
        aria-describedby={`${baseId}-record-hint`}
        className="mt-1 w-full rounded-md border border-muted bg-white p-2 font-mono text-base"
      />
      <p className="mt-2 flex flex-wrap items-center gap-3">
        <button type="button" onClick={() => copy(created.recordSummary)} className={buttonClass}>
          {t('copyRecord')}
        </button>
        <span role="status">{copyStatus}</span>
      </p>
      <p className="mt-6">
        <button type="button" onClick={onClear} className={buttonClass}>
          {t('clearBasket')}
        </button>
      </p>
    </section>
  );
}
