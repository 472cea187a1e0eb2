import 'server-only';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ConfigError, getEnv, type Env } from '@/server/env';

export const SESSION_LIFETIME_SECONDS = 8 * 60 * 60;
/** A session used at least this long after its last extension is extended again (sliding). */
export const SESSION_REFRESH_AFTER_SECONDS = 60 * 60;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

const authEnvSchema = z.object({
  AUTH_SECRET: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string().min(32, { message: 'must be at least 32 characters (e.g. `openssl rand -base64 32`)' }).optional(),
  ),
});

export interface AuthConfig {
  secret: string;
  baseUrl: string;
  /** Secure cookies (and the `__Secure-` name prefix) in production or behind https. */
  secureCookies: boolean;
}

const globalForAuth = globalThis as unknown as { __polkuGeneratedAuthSecret?: string };

/**
 * The auth settings from the environment. AUTH_SECRET signs session cookies; it is required in
 * production (demo or not: the cookies are real) and with a database server (which outlives a
 * process and is shared by several). Elsewhere a random secret is made per process, so a restart
 * logs everyone out, which is fine for a developer machine.
 */
export function parseAuthConfig(source: Record<string, string | undefined>, env: Env = getEnv()): AuthConfig {
  const result = authEnvSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(`Configuration error: AUTH_SECRET ${issue.message}.`);
  }
  let secret = result.data.AUTH_SECRET;
  if (!secret) {
    if (env.NODE_ENV === 'production' || env.DATABASE_URL) {
      throw new ConfigError(
        'Configuration error: AUTH_SECRET is required in production and whenever DATABASE_URL is set (e.g. `openssl rand -base64 32`).',
      );
    }
    globalForAuth.__polkuGeneratedAuthSecret ??= randomBytes(32).toString('base64url');
    secret = globalForAuth.__polkuGeneratedAuthSecret;
  }
  return {
    secret,
    baseUrl: env.PUBLIC_BASE_URL,
    secureCookies: env.NODE_ENV === 'production' || env.PUBLIC_BASE_URL.startsWith('https:'),
  };
}

export function getAuthConfig(): AuthConfig {
  return parseAuthConfig(process.env);
}
