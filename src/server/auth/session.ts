import 'server-only';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { parseSetCookieHeader, toCookieOptions } from 'better-auth/cookies';
import type { UserRole } from '@/generated/prisma/enums';
import { redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { getPrisma } from '@/server/db';
import { getEnv } from '@/server/env';
import { getAuth } from './auth';
import { requestContext } from './request-context';

export type Role = UserRole;

/** The logged-in person as pages and actions see it: no hashes, no internals. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export type AuthFailureCode = 'UNAUTHENTICATED' | 'FORBIDDEN';

/** Thrown by assertRole(); route handlers map it with authErrorResponse(). */
export class AuthError extends Error {
  override name = 'AuthError';
  constructor(readonly code: AuthFailureCode) {
    super(code === 'UNAUTHENTICATED' ? 'Not logged in.' : 'Not allowed for this role.');
  }
}

/** Only what the auth library needs from the request; the Origin check is Next's (server actions). */
export async function authRequestHeaders(): Promise<Headers> {
  const incoming = await requestContext().headers();
  const headers = new Headers();
  const cookie = incoming.get('cookie');
  if (cookie) headers.set('cookie', cookie);
  const userAgent = incoming.get('user-agent');
  if (userAgent) headers.set('user-agent', userAgent.slice(0, 500));
  return headers;
}

/** Copies the library's Set-Cookie headers onto the response of the current request. */
export async function applyAuthCookies(headers: Headers | null | undefined): Promise<void> {
  const setCookie = headers?.get('set-cookie');
  if (!setCookie) return;
  const context = requestContext();
  for (const [name, attributes] of parseSetCookieHeader(setCookie)) {
    const options = toCookieOptions(attributes);
    await context.setCookie({
      name,
      value: attributes.value,
      options: { ...options, sameSite: options.sameSite ?? 'lax' },
    });
  }
}

async function loadUser(userId: string | undefined): Promise<CurrentUser | null> {
  if (!userId) return null;
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, disabled: true, isDemo: true },
  });
  if (!user || user.disabled) return null;
  // A session a demo user got in demo mode ends when the instance runs without it.
  if (user.isDemo && !getEnv().demoMode) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/**
 * The logged-in user, or null. Server components cannot set cookies, so this never extends the
 * session; assertRole() (server actions, route handlers) does.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const auth = await getAuth();
  const session = await auth.api.getSession({
    headers: await authRequestHeaders(),
    query: { disableRefresh: true },
  });
  return loadUser(session?.user.id);
});

const asList = (roles: Role | readonly Role[]): readonly Role[] => (typeof roles === 'string' ? [roles] : roles);

/**
 * For pages and layouts: the current user if they have one of `roles`. Anonymous callers are
 * redirected to the login page; logged-in callers with another role get "not found".
 */
export async function requireRole(roles: Role | readonly Role[], locale: Locale): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) return redirect({ href: '/admin/login', locale });
  if (!asList(roles).includes(user.role)) notFound();
  return user;
}

/**
 * For server actions and route handlers: the current user if they have one of `roles`, else an
 * AuthError. Extends a sliding session, since these can write cookies.
 */
export async function assertRole(roles: Role | readonly Role[]): Promise<CurrentUser> {
  const auth = await getAuth();
  const result = await auth.api.getSession({ headers: await authRequestHeaders(), returnHeaders: true });
  await applyAuthCookies(result.headers);
  const user = await loadUser(result.response?.user.id);
  if (!user) throw new AuthError('UNAUTHENTICATED');
  if (!asList(roles).includes(user.role)) throw new AuthError('FORBIDDEN');
  return user;
}

export type Authorization = { ok: true; user: CurrentUser } | { ok: false; code: AuthFailureCode };

/** assertRole() as a result, for server actions, which return failures instead of throwing. */
export async function authorizeAction(roles: Role | readonly Role[]): Promise<Authorization> {
  try {
    return { ok: true, user: await assertRole(roles) };
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, code: error.code };
    throw error;
  }
}

/** The response a route handler gives for an AuthError. */
export function authErrorResponse(error: AuthError): Response {
  return Response.json(
    { error: error.code === 'UNAUTHENTICATED' ? 'unauthenticated' : 'forbidden' },
    { status: error.code === 'UNAUTHENTICATED' ? 401 : 403 },
  );
}
