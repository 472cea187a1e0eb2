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

  it('is a demo in production only when forced, and never by default', () => {
    expect(parseEnv({ NODE_ENV: 'production' }).demoMode).toBe(false);
    expect(parseEnv({ NODE_ENV: 'production', DEMO_MODE: '1', DEMO_MODE_IN_PRODUCTION: '1' }).demoMode).toBe(true);
    expect(parseEnv({ NODE_ENV: 'development', DEMO_MODE: '1' }).demoMode).toBe(true);
  });

  it('links to the port the server listens on unless PUBLIC_BASE_URL is set', () => {
    expect(parseEnv({}).PUBLIC_BASE_URL).toBe('http://localhost:3000');
    expect(parseEnv({ PORT: '3360' }).PUBLIC_BASE_URL).toBe('http://localhost:3360');
    expect(parseEnv({ PORT: '3360', PUBLIC_BASE_URL: 'https://polku.example.fi/' }).PUBLIC_BASE_URL).toBe('https://polku.example.fi');
    expect(() => parseEnv({ PORT: 'http' })).toThrow(/PORT must be a port number/);
  });

  it('reads the client address settings', () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: '2' }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(parseEnv({ CLIENT_IP_HEADER: ' Fly-Client-IP ' }).CLIENT_IP_HEADER).toBe('fly-client-ip');
  });

  it.each([
    ['a malformed DATABASE_URL', { DATABASE_URL: 'not a url' }, /DATABASE_URL must look like postgresql:/],
    ['a MySQL DATABASE_URL', { DATABASE_URL: 'mysql://localhost/polku' }, /DATABASE_URL/],
    ['a URL without a database name', { DATABASE_URL: 'postgresql://localhost:5432' }, /DATABASE_URL/],
    ['a bad PUBLIC_BASE_URL', { PUBLIC_BASE_URL: 'ftp://example.org' }, /PUBLIC_BASE_URL/],
    ['a bad DEMO_MODE', { DEMO_MODE: 'maybe' }, /DEMO_MODE/],
    ['demo mode in production', { NODE_ENV: 'production', DEMO_MODE: '1' }, /DEMO_MODE is on in production.*DEMO_MODE_IN_PRODUCTION=1/],
    ['a bad TRUSTED_PROXY_HOPS', { TRUSTED_PROXY_HOPS: 'one' }, /TRUSTED_PROXY_HOPS must be a whole number from 0 to 10/],
    ['too many TRUSTED_PROXY_HOPS', { TRUSTED_PROXY_HOPS: '11' }, /TRUSTED_PROXY_HOPS/],
    ['a bad CLIENT_IP_HEADER', { CLIENT_IP_HEADER: 'X Real IP' }, /CLIENT_IP_HEADER must be an HTTP header name/],
    ['both address settings', { CLIENT_IP_HEADER: 'x-real-ip', TRUSTED_PROXY_HOPS: '1' }, /CLIENT_IP_HEADER cannot be combined/],
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
