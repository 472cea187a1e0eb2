import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError } from 'better-auth/api';
import type { PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/server/db';
import { getEnv } from '@/server/env';
import {
  getAuthConfig,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  SESSION_LIFETIME_SECONDS,
  SESSION_REFRESH_AFTER_SECONDS,
} from './config';

export const ACCOUNT_DISABLED = 'ACCOUNT_DISABLED';
export const DEMO_ACCOUNT_OUTSIDE_DEMO = 'DEMO_ACCOUNT_OUTSIDE_DEMO';

function createAuth(prisma: PrismaClient) {
  const config = getAuthConfig();
  return betterAuth({
    appName: 'Polku',
    baseURL: config.baseUrl,
    secret: config.secret,
    database: prismaAdapter(prisma, { provider: 'postgresql' }),
    telemetry: { enabled: false },
    // Failed logins are in the audit log; the library's warnings would only repeat them.
    logger: { level: 'error' },
    emailAndPassword: {
      enabled: true,
      // Accounts are made by an admin or `npm run user:create`, never by sign-up.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    session: {
      expiresIn: SESSION_LIFETIME_SECONDS,
      updateAge: SESSION_REFRESH_AFTER_SECONDS,
      // Every request reads the session and the user from the database, so disabling a user or
      // changing a role takes effect at once on every app instance.
      cookieCache: { enabled: false },
    },
    user: {
      additionalFields: {
        role: { type: ['ADMIN', 'COORDINATOR'], required: false, defaultValue: 'COORDINATOR', input: false },
        disabled: { type: 'boolean', required: false, defaultValue: false, input: false },
        isDemo: { type: 'boolean', required: false, defaultValue: false, input: false },
      },
    },
    // The library's HTTP endpoints are not mounted (logins go through our server action, which
    // limits attempts per account and per address in PostgreSQL), so its own limiter stays off.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: 'polku',
      useSecureCookies: config.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
      database: { generateId: 'uuid' },
      ipAddress: { disableIpTracking: true },
    },
    databaseHooks: {
      session: {
        create: {
          // Whatever the way in (password now, single sign-on later), a disabled user gets no
          // session, nor does a demo user (whose password is in the README) outside demo mode.
          async before(session) {
            const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { disabled: true, isDemo: true } });
            if (!user || user.disabled) {
              throw new APIError('FORBIDDEN', { message: 'The account is disabled.', code: ACCOUNT_DISABLED });
            }
            if (user.isDemo && !getEnv().demoMode) {
              throw new APIError('FORBIDDEN', { message: 'Demo users log in only in demo mode.', code: DEMO_ACCOUNT_OUTSIDE_DEMO });
            }
          },
        },
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

// One instance per Prisma client: the client is created lazily by getPrisma(), and tests give
// each file its own database (and so its own client).
const instances = new WeakMap<PrismaClient, Auth>();

export async function getAuth(): Promise<Auth> {
  const prisma = await getPrisma();
  let auth = instances.get(prisma);
  if (!auth) {
    auth = createAuth(prisma);
    instances.set(prisma, auth);
  }
  return auth;
}
