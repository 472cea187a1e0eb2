'use server';

import { z } from 'zod';
import { redirect } from '@/i18n/navigation';
import { locales } from '@/i18n/routing';
import { logIn, logOut, loginInputSchema } from './login';

export type LoginFormState = { error: 'invalid' | 'rateLimited' | 'disabled' | 'missing'; email: string } | null;

const localeSchema = z.enum(locales).catch('fi');

/**
 * Actions are public endpoints: anyone can call them with any arguments, not only our forms.
 * Anything but form data reads as an empty form, which the schemas then refuse.
 */
function formDataOf(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/** The login form's action (public: it is how one gets a session). */
export async function loginAction(_previous: LoginFormState, input: FormData): Promise<LoginFormState> {
  const formData = formDataOf(input);
  const locale = localeSchema.parse(formData.get('locale'));
  const raw = { email: formData.get('email'), password: formData.get('password') };
  const email = typeof raw.email === 'string' ? raw.email.slice(0, 254) : '';
  const parsed = loginInputSchema.safeParse(raw);
  if (!parsed.success) return { error: 'missing', email };
  const result = await logIn(parsed.data);
  if (!result.ok) return { error: result.error, email };
  return redirect({ href: '/admin', locale });
}

export async function logoutAction(input: FormData): Promise<void> {
  const locale = localeSchema.parse(formDataOf(input).get('locale'));
  await logOut();
  redirect({ href: '/admin/login', locale });
}
