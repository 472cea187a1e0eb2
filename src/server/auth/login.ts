import 'server-only';
import { APIError } from 'better-auth/api';
import { z } from 'zod';
import { getPrisma, getSql } from '@/server/db';
import { clientAddress } from '@/server/client-address';
import { ACCOUNT_DISABLED, DEMO_ACCOUNT_OUTSIDE_DEMO, getAuth } from './auth';
import { MAX_PASSWORD_LENGTH } from './config';
import { beginLoginAttempt } from './login-throttle';
import { requestContext } from './request-context';
import { applyAuthCookies, authRequestHeaders } from './session';
import { emailSchema, writeAudit } from './users';

export const loginInputSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

/** Deliberately one "invalid" for an unknown address and a wrong password alike. */
export type LoginResult = { ok: true; userId: string } | { ok: false; error: 'invalid' | 'rateLimited' | 'disabled' };

/**
 * Checks the password and, if right, sets the session cookie on the current response. Attempts
 * are limited per client address (per account and in all) before the password is looked at, and
 * slowed down while an account is being guessed at from many addresses (login-throttle.ts). A disabled
 * account is told so only after the right password, so the message reveals nothing to a guesser.
 */
export async function logIn(input: LoginInput): Promise<LoginResult> {
  const prisma = await getPrisma();
  const incoming = await requestContext().headers();
  const attempt = await beginLoginAttempt(await getSql(), { email: input.email, address: clientAddress(incoming) });
  const user = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true, email: true } });
  const audit = (action: string) =>
    writeAudit(prisma, {
      actorId: user?.id ?? null,
      actorLabel: user?.email ?? input.email,
      action,
      entityType: 'User',
      entityId: user?.id,
    });

  if (!attempt.allowed) {
    await audit('auth.login_rate_limited');
    return { ok: false, error: 'rateLimited' };
  }
  if (attempt.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, attempt.delayMs));

  const auth = await getAuth();
  try {
    const result = await auth.api.signInEmail({
      body: { email: input.email, password: input.password, rememberMe: true },
      headers: await authRequestHeaders(),
      returnHeaders: true,
    });
    await applyAuthCookies(result.headers);
    await attempt.refund();
    await prisma.user.update({ where: { id: result.response.user.id }, data: { lastLoginAt: new Date() } });
    await audit('auth.login');
    return { ok: true, userId: result.response.user.id };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    // A demo user outside demo mode gets what a wrong password gets: the account is not for here.
    if (error.body?.code === DEMO_ACCOUNT_OUTSIDE_DEMO) {
      await audit('auth.login_demo_refused');
      return { ok: false, error: 'invalid' };
    }
    if (error.body?.code === ACCOUNT_DISABLED) {
      await audit('auth.login_disabled');
      return { ok: false, error: 'disabled' };
    }
    await audit('auth.login_failed');
    return { ok: false, error: 'invalid' };
  }
}

/** Ends the current session in the database and clears the cookie. */
export async function logOut(): Promise<void> {
  const auth = await getAuth();
  const headers = await authRequestHeaders();
  const session = await auth.api.getSession({ headers, query: { disableRefresh: true } });
  if (!session) return;
  const result = await auth.api.signOut({ headers, returnHeaders: true });
  await applyAuthCookies(result.headers);
  await writeAudit(await getPrisma(), {
    actorId: session.user.id,
    actorLabel: session.user.email,
    action: 'auth.logout',
    entityType: 'User',
    entityId: session.user.id,
  });
}
