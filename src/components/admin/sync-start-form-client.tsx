'use client';

import { useActionState, useId } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { startSyncAction } from '@/server/admin/sync/actions';
import { SOURCE_CHOICES, type SourceChoice, type StartSyncResult } from '@/server/admin/sync/schemas';

interface SyncStartFormProps {
  /** Choices this instance can run; the others are shown disabled with the reason beside them. */
  available: Record<SourceChoice, boolean>;
}

/** "Sync now": a plain form posting to the server action, so it works without JavaScript too. */
export function SyncStartForm({ available }: SyncStartFormProps) {
  const t = useTranslations('Admin.sync');
  const [state, action, pending] = useActionState<StartSyncResult | null, FormData>(startSyncAction, null);
  const id = useId();
  const invalid = state?.ok === false && state.code === 'INVALID';
  const firstAvailable = SOURCE_CHOICES.find((choice) => available[choice]);
  return (
    <form action={action} className="mt-3 space-y-3">
      <fieldset aria-describedby={invalid ? `${id}-error` : undefined}>
        <legend className="font-semibold">{t('sourceLegend')}</legend>
        <ul className="mt-1 space-y-1">
          {SOURCE_CHOICES.map((choice) => (
            <li key={choice}>
              <input
                type="radio"
                id={`${id}-${choice}`}
                name="source"
                value={choice}
                disabled={!available[choice]}
                defaultChecked={choice === firstAvailable}
                aria-describedby={available[choice] ? undefined : `${id}-${choice}-note`}
                className="mr-2"
              />
              <label htmlFor={`${id}-${choice}`}>{t(`source.${choice}`)}</label>
              {available[choice] ? null : (
                <span id={`${id}-${choice}-note`} className="ml-2 text-sm">
                  ({t('sourceUnavailable')})
                </span>
              )}
            </li>
          ))}
        </ul>
        {invalid ? (
          <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
            {t('errors.source')}
          </p>
        ) : null}
      </fieldset>
      <button
        type="submit"
        disabled={pending || !firstAvailable}
        className="rounded-md bg-primary px-4 py-2 font-semibold text-on-primary disabled:opacity-70"
      >
        {pending ? t('starting') : t('startSubmit')}
      </button>
      <StartStatus state={state} />
    </form>
  );
}

function StartStatus({ state }: { state: StartSyncResult | null }) {
  const t = useTranslations('Admin.sync');
  if (state?.ok) {
    const runId = state.runIds[0];
    return (
      <p role="status" className="text-green-800">
        {t('started')}{' '}
        {runId ? (
          <Link href={{ pathname: '/admin/sync/[id]', params: { id: runId } }} className="font-semibold underline">
            {t('followProgress')}
          </Link>
        ) : null}
      </p>
    );
  }
  if (!state) return <p role="status" />;
  return (
    <p role="alert" className="font-semibold text-red-800">
      {t(`errors.${state.code}`)}{' '}
      {state.code === 'ALREADY_RUNNING' && state.runId ? (
        <Link href={{ pathname: '/admin/sync/[id]', params: { id: state.runId } }} className="underline">
          {t('openRunning')}
        </Link>
      ) : null}
    </p>
  );
}
