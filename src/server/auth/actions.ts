'use server';

import { z } from 'zod';
import { redirect } from '@/i18n/navigation';
import { locales } from '@/i18n/routing';
import { logIn, logOut, loginInputSchema } from './login';

export type LoginFormState = { error: 'invalid' | 'rateLimited' | 'disabled' | 'missing'; email: string } | null;

const localeSchema = z.enum(locales).catch('fi');

/** The login form's action (public: it is how one gets a session). */
export async function loginAction(_previous: LoginFormState, formData: FormData): Promise<LoginFormState> {
  const locale = localeSchema.parse(formData.get('locale'));
  const raw = { email: formData.get('email'), password: formData.get('password') };
  const email = typeof raw.email === 'string' ? raw.email.slice(0, 254) : '';
  const parsed = loginInputSchema.safeParse(raw);
  if (!parsed.success) return { error: 'missing', email };
  const result = await logIn(parsed.data);
  if (!result.ok) return { error: result.error, email };
  return redirect({ href: '/admin', locale });
}

export async function logoutAction(formData: FormData): Promise<void> {
  const locale = localeSchema.parse(formData.get('locale'));
  await logOut();
  redirect({ href: '/admin/login', locale });
}
