'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { loginAction, type LoginFormState } from '@/server/auth/actions';

const inputClass = 'mt-1 block w-full rounded-md border border-gray-400 px-3 py-2';

export function LoginForm({ locale }: { locale: string }) {
  const t = useTranslations('Login');
  const [state, formAction, pending] = useActionState<LoginFormState, FormData>(loginAction, null);
  const errorId = 'login-error';
  return (
    <form action={formAction} className="mt-6 space-y-4" aria-describedby={state ? errorId : undefined} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {/* Announced when it appears; focus stays in the form. */}
      <div id={errorId} role="alert" className="min-h-6 font-semibold text-red-800">
        {state ? t(`errors.${state.error}`) : null}
      </div>
      <div>
        <label htmlFor="login-email" className="font-semibold">
          {t('email')}
        </label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state?.email ?? ''}
          aria-invalid={state ? true : undefined}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="login-password" className="font-semibold">
          {t('password')}
        </label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={state ? true : undefined}
          className={inputClass}
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-primary px-4 py-2 font-semibold text-on-primary disabled:opacity-70"
      >
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
