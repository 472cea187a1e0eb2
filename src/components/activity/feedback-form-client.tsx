'use client';

import { usePathname } from 'next/navigation';
import { useActionState, useId } from 'react';
import { submitFeedbackAction } from '@/server/feedback/actions';
import {
  FEEDBACK_MESSAGE_MAX_LENGTH,
  FEEDBACK_REASONS,
  HONEYPOT_FIELD,
  type FeedbackActionResult,
  type FeedbackField,
  type FeedbackFormTexts,
} from '@/lib/feedback';

interface FeedbackFormProps {
  activityId: string;
  locale: string;
  /** Signed when the page was rendered; each answer of the action brings a fresh one. */
  token: string;
  texts: FeedbackFormTexts;
}

/**
 * "Report outdated or wrong information": posts to a server action, so it works without
 * JavaScript too; with it, the answer appears without a page load.
 */
export function FeedbackForm({ activityId, locale, token, texts }: FeedbackFormProps) {
  // The page's own address as the permalink: without JavaScript the form posts there (React
  // would otherwise write `action=""`, which HTML does not allow).
  const [state, action, pending] = useActionState<FeedbackActionResult | null, FormData>(
    submitFeedbackAction,
    null,
    usePathname(),
  );
  const id = useId();
  const failed = state && !state.ok ? state : null;
  const fieldError = (field: FeedbackField) => failed?.fieldErrors?.[field];
  const describedBy = (field: FeedbackField, ...ids: string[]) =>
    [...ids, fieldError(field) ? `${id}-${field}-error` : null].filter(Boolean).join(' ') || undefined;
  const currentToken = state?.token ?? token;
  const values = failed?.values;
  const errorText = (field: FeedbackField) => {
    const key = fieldError(field);
    return key ? texts.errors[key] : null;
  };

  // The form remounts after each answer (key) so that the shown values match what was sent;
  // the live regions stay outside it so that screen readers announce the answer.
  return (
    <div className="mt-4">
      <p role="status" className="font-semibold text-green-800">
        {state?.ok ? texts.thanks : null}
      </p>
      <p role="alert" className="font-semibold text-red-800">
        {failed ? texts.errors[failed.code] : null}
      </p>
      <form key={currentToken} action={action} noValidate className="mt-2 flex flex-col gap-4">
        <input type="hidden" name="activityId" value={activityId} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={currentToken} />
        <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
          <label htmlFor={`${id}-${HONEYPOT_FIELD}`}>{texts.honeypotLabel}</label>
          <input id={`${id}-${HONEYPOT_FIELD}`} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>

        <fieldset aria-describedby={describedBy('reason')} className="flex flex-col gap-2">
          <legend className="mb-1 font-semibold">{texts.reasonLegend}</legend>
          {FEEDBACK_REASONS.map((reason) => (
            <label key={reason} className="flex items-center gap-2">
              <input type="radio" name="reason" value={reason} defaultChecked={values?.reason === reason} required className="size-5" />
              {texts.reasons[reason]}
            </label>
          ))}
          {errorText('reason') ? (
            <p id={`${id}-reason-error`} className="text-sm font-semibold text-red-800">
              {errorText('reason')}
            </p>
          ) : null}
        </fieldset>

        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-message`} className="font-semibold">
            {texts.messageLabel}
          </label>
          <p id={`${id}-message-hint`} className="text-sm text-muted">
            {texts.messageHint}
          </p>
          <textarea
            id={`${id}-message`}
            name="message"
            rows={4}
            maxLength={FEEDBACK_MESSAGE_MAX_LENGTH}
            defaultValue={values?.message ?? ''}
            aria-invalid={fieldError('message') ? true : undefined}
            aria-describedby={describedBy('message', `${id}-message-hint`)}
            className="rounded-md border border-gray-500 bg-white px-3 py-2"
          />
          {errorText('message') ? (
            <p id={`${id}-message-error`} className="text-sm font-semibold text-red-800">
              {errorText('message')}
            </p>
          ) : null}
        </div>

        <div>
          <button type="submit" disabled={pending} className="rounded-md bg-primary px-4 py-2 font-semibold text-on-primary disabled:opacity-70">
            {pending ? texts.sending : texts.submit}
          </button>
        </div>
      </form>
    </div>
  );
}
