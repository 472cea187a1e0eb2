'use client';

import { useActionState, useId } from 'react';
import { useTranslations } from 'next-intl';
import {
  changeRoleAction,
  createUserAction,
  resetPasswordAction,
  setUserDisabledAction,
} from '@/server/admin/users/actions';
import type { UserActionResult, UserFormField } from '@/server/admin/users/schemas';

const inputClass = 'mt-1 block w-full rounded-md border border-gray-400 px-3 py-2';
const buttonClass = 'rounded-md border border-gray-500 px-3 py-1 disabled:opacity-70';
const roles = ['COORDINATOR', 'ADMIN'] as const;

/** The outcome of the last submit, announced to screen readers. */
function Status({ state }: { state: UserActionResult | null }) {
  const t = useTranslations('Admin.users');
  let text: string | null = null;
  if (state?.ok) text = t(`done.${state.done}`);
  else if (state) text = t(`errors.${state.code}`);
  return (
    <p role={state && !state.ok ? 'alert' : 'status'} className={state?.ok ? 'text-green-800' : 'font-semibold text-red-800'}>
      {text}
    </p>
  );
}

function FieldError({ state, field, id }: { state: UserActionResult | null; field: UserFormField; id: string }) {
  const t = useTranslations('Admin.users.errors');
  const key = state && !state.ok ? state.fieldErrors?.[field] : undefined;
  return key ? (
    <p id={id} className="text-sm font-semibold text-red-800">
      {t(key)}
    </p>
  ) : null;
}

const invalid = (state: UserActionResult | null, field: UserFormField) =>
  state && !state.ok && state.fieldErrors?.[field] ? true : undefined;

export function CreateUserForm() {
  const t = useTranslations('Admin.users');
  const tRoles = useTranslations('Admin.roles');
  const [state, action, pending] = useActionState(createUserAction, null);
  const id = useId();
  const field = (name: UserFormField) => ({
    id: `${id}-${name}`,
    name,
    'aria-invalid': invalid(state, name),
    'aria-describedby': invalid(state, name) ? `${id}-${name}-error` : undefined,
  });
  // A successful create remounts the form (key), which clears the typed password.
  return (
    <form key={state?.ok ? 'done' : 'editing'} action={action} className="mt-3 space-y-3" noValidate>
      <Status state={state} />
      <div>
        <label htmlFor={`${id}-name`} className="font-semibold">{t('name')}</label>
        <input {...field('name')} type="text" autoComplete="off" required className={inputClass} />
        <FieldError state={state} field="name" id={`${id}-name-error`} />
      </div>
      <div>
        <label htmlFor={`${id}-email`} className="font-semibold">{t('email')}</label>
        <input {...field('email')} type="email" autoComplete="off" required className={inputClass} />
        <FieldError state={state} field="email" id={`${id}-email-error`} />
      </div>
      <div>
        <label htmlFor={`${id}-role`} className="font-semibold">{t('role')}</label>
        <select {...field('role')} defaultValue="COORDINATOR" className={inputClass}>
          {roles.map((role) => (
            <option key={role} value={role}>{tRoles(role)}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-password`} className="font-semibold">{t('initialPassword')}</label>
        <p id={`${id}-password-hint`} className="text-sm">{t('passwordHint')}</p>
        <input
          {...field('password')}
          aria-describedby={`${id}-password-hint${invalid(state, 'password') ? ` ${id}-password-error` : ''}`}
          type="password"
          autoComplete="new-password"
          minLength={12}
          required
          className={inputClass}
        />
        <FieldError state={state} field="password" id={`${id}-password-error`} />
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-primary px-4 py-2 font-semibold text-on-primary">
        {t('createSubmit')}
      </button>
    </form>
  );
}

export function ChangeRoleForm({ userId, name, role }: { userId: string; name: string; role: string }) {
  const t = useTranslations('Admin.users');
  const tRoles = useTranslations('Admin.roles');
  const [state, action, pending] = useActionState(changeRoleAction, null);
  const id = useId();
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={`${id}-role`} className="sr-only">{t('newRole', { name })}</label>
      <select id={`${id}-role`} name="role" defaultValue={role} className="rounded-md border border-gray-400 px-2 py-1">
        {roles.map((r) => (
          <option key={r} value={r}>{tRoles(r)}</option>
        ))}
      </select>
      <button type="submit" disabled={pending} className={buttonClass}>{t('changeRole')}</button>
      <Status state={state} />
    </form>
  );
}

export function SetDisabledForm({ userId, disabled }: { userId: string; disabled: boolean }) {
  const t = useTranslations('Admin.users');
  const [state, action, pending] = useActionState(setUserDisabledAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
      <button type="submit" disabled={pending} className={buttonClass}>{disabled ? t('enable') : t('disable')}</button>
      <Status state={state} />
    </form>
  );
}

export function ResetPasswordForm({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations('Admin.users');
  const [state, action, pending] = useActionState(resetPasswordAction, null);
  const id = useId();
  return (
    <form key={state?.ok ? 'done' : 'editing'} action={action} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={`${id}-password`} className="sr-only">{t('newPassword', { name })}</label>
      <input
        id={`${id}-password`}
        name="password"
        type="password"
        autoComplete="new-password"
        placeholder={t('newPassword', { name })}
        aria-invalid={invalid(state, 'password')}
        aria-describedby={invalid(state, 'password') ? `${id}-password-error` : undefined}
        className="rounded-md border border-gray-400 px-2 py-1"
      />
      <button type="submit" disabled={pending} className={buttonClass}>{t('resetPassword')}</button>
      <FieldError state={state} field="password" id={`${id}-password-error`} />
      <Status state={state} />
    </form>
  );
}
