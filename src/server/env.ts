import 'server-only';
import path from 'node:path';
import { z } from 'zod';

/** Thrown for bad configuration; its message is one sentence meant for the operator. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const postgresUrl = z
  .string()
  .trim()
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.pathname.length > 1;
      } catch {
        return false;
      }
    },
    { message: 'must look like postgresql://user@host:5432/database' },
  );

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z.preprocess(unsetIfEmpty, postgresUrl.optional()),
    PGLITE_DATA_DIR: z.string().trim().min(1).default('.data/pglite'),
    PUBLIC_BASE_URL: z.preprocess(unsetIfEmpty, z.url({ protocol: /^https?$/ }).optional()),
    PORT: z.preprocess(
      unsetIfEmpty,
      z.coerce
        .number({ message: 'must be a port number from 1 to 65535' })
        .int({ message: 'must be a port number from 1 to 65535' })
        .min(1, { message: 'must be a port number from 1 to 65535' })
        .max(65535, { message: 'must be a port number from 1 to 65535' })
        .optional(),
    ),
    DEMO_MODE: booleanFlag.optional(),
    DEMO_MODE_IN_PRODUCTION: booleanFlag.optional(),
    TRUSTED_PROXY_HOPS: z.preprocess(
      unsetIfEmpty,
      z.coerce
        .number({ message: 'must be a whole number from 0 to 10 (the proxies in front of the app)' })
        .int({ message: 'must be a whole number from 0 to 10 (the proxies in front of the app)' })
        .min(0, { message: 'must be a whole number from 0 to 10 (the proxies in front of the app)' })
        .max(10, { message: 'must be a whole number from 0 to 10 (the proxies in front of the app)' })
        .default(0),
    ),
    /** Map tiles: an http(s) URL template with {z}, {x} and {y}, or "none" for maps without a background. */
    MAP_TILE_URL: z
      .string()
      .trim()
      .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png')
      .refine((value) => value === 'none' || (/^https?:\/\//.test(value) && ['{z}', '{x}', '{y}'].every((p) => value.includes(p))), {
        message: 'must be "none" or an http(s) URL with {z}, {x} and {y}',
      }),
    MAP_TILE_ATTRIBUTION: z.string().trim().max(300).default('© OpenStreetMap contributors'),
    CLIENT_IP_HEADER: z.preprocess(
      unsetIfEmpty,
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z0-9-]{1,64}$/, { message: 'must be an HTTP header name such as x-real-ip' })
        .optional(),
    ),
  })
  .superRefine((env, context) => {
    if (env.CLIENT_IP_HEADER && env.TRUSTED_PROXY_HOPS > 0) {
      context.addIssue({
        code: 'custom',
        path: ['CLIENT_IP_HEADER'],
        message: 'cannot be combined with TRUSTED_PROXY_HOPS (set the one your platform provides)',
      });
    }
    if (env.NODE_ENV === 'production' && env.DEMO_MODE === true && !env.DEMO_MODE_IN_PRODUCTION) {
      context.addIssue({
        code: 'custom',
        path: ['DEMO_MODE'],
        message:
          'is on in production, where its users and passwords are public: unset it, or set DEMO_MODE_IN_PRODUCTION=1 for a public demo',
      });
    }
  });

export type Env = Omit<z.infer<typeof envSchema>, 'PUBLIC_BASE_URL'> & {
  PUBLIC_BASE_URL: string;
  databaseMode: 'postgres' | 'pglite';
  pgliteDataDir: string;
  demoMode: boolean;
};

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = issue.path.join('.') || 'environment';
    throw new ConfigError(`Configuration error: ${name} ${issue.message}.`);
  }
  const env = result.data;
  return {
    ...env,
    // Unset, links and QR codes point at the address this server listens on (PORT, as
    // `npm run demo` and `next start` use it), so a demo on another port links to itself.
    PUBLIC_BASE_URL: (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, ''),
    databaseMode: env.DATABASE_URL ? 'postgres' : 'pglite',
    pgliteDataDir: path.resolve(env.PGLITE_DATA_DIR),
    // Without a database server the app is a demo on this machine unless told otherwise; a
    // production server is a demo only when told so twice (DEMO_MODE and DEMO_MODE_IN_PRODUCTION).
    demoMode: env.DEMO_MODE ?? (!env.DATABASE_URL && env.NODE_ENV !== 'production'),
  };
}

const ENV_NAMES = Object.keys(envSchema.shape) as (keyof typeof envSchema.shape)[];
let cached: { key: string; env: Env } | undefined;

/** The validated environment, parsed again only when one of its variables changed. */
export function getEnv(): Env {
  const key = ENV_NAMES.map((name) => process.env[name] ?? '\u0000').join('\u0001');
  if (cached?.key !== key) cached = { key, env: parseEnv(process.env) };
  return cached.env;
}
