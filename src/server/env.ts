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

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), postgresUrl.optional()),
  PGLITE_DATA_DIR: z.string().trim().min(1).default('.data/pglite'),
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
  DEMO_MODE: booleanFlag.optional(),
});

export type Env = z.infer<typeof envSchema> & {
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
    PUBLIC_BASE_URL: env.PUBLIC_BASE_URL.replace(/\/+$/, ''),
    databaseMode: env.DATABASE_URL ? 'postgres' : 'pglite',
    pgliteDataDir: path.resolve(env.PGLITE_DATA_DIR),
    // Without a database server the app is a demo on this machine unless told otherwise.
    demoMode: env.DEMO_MODE ?? !env.DATABASE_URL,
  };
}

let cached: Env | undefined;

/** The validated environment, parsed once per process. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
