import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from '@/server/env';

describe('configuration', () => {
  it('uses the embedded database when DATABASE_URL is unset', () => {
    const env = parseEnv({ NODE_ENV: 'test' });
    expect(env.databaseMode).toBe('pglite');
    expect(env.pgliteDataDir).toMatch(/\.data[/\\]pglite$/);
    expect(env.demoMode).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is set, and is not a demo by default', () => {
    const env = parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://polku@db:5432/polku' });
    expect(env.databaseMode).toBe('postgres');
    expect(env.demoMode).toBe(false);
  });

  it.each([
    ['a malformed DATABASE_URL', { DATABASE_URL: 'not a url' }, /DATABASE_URL must look like postgresql:/],
    ['a MySQL DATABASE_URL', { DATABASE_URL: 'mysql://localhost/polku' }, /DATABASE_URL/],
    ['a URL without a database name', { DATABASE_URL: 'postgresql://localhost:5432' }, /DATABASE_URL/],
    ['a bad PUBLIC_BASE_URL', { PUBLIC_BASE_URL: 'ftp://example.org' }, /PUBLIC_BASE_URL/],
    ['a bad DEMO_MODE', { DEMO_MODE: 'maybe' }, /DEMO_MODE/],
  ])('rejects %s with one clear sentence', (_label, source, message) => {
    let caught: unknown;
    try {
      parseEnv(source);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const text = (caught as Error).message;
    expect(text).toMatch(message);
    expect(text.split('\n')).toHaveLength(1);
    expect(text.trim().endsWith('.')).toBe(true);
  });
});
