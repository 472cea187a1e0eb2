import { describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '../support/use-test-database';
import { FakeBrowser } from '../support/fake-request';
import { loggedInAs, TEST_PASSWORD } from '../support/auth-users';
import { logIn, logOut } from '@/server/auth/login';
import { getCurrentUser } from '@/server/auth/session';
import { parseAuthConfig } from '@/server/auth/config';
import { createUserWithPassword } from '@/server/auth/users';
import {
  beginLoginAttempt,
  LOGIN_FAILURES_BEFORE_DELAY,
  LOGIN_LIMIT_PER_ACCOUNT_AND_ADDRESS,
  LOGIN_LIMIT_PER_ADDRESS,
  loginDelayMs,
} from '@/server/auth/login-throttle';
import { parseEnv } from '@/server/env';

const db = useTestDatabase();

async function makeUser(email: string, extra: { disabled?: boolean } = {}) {
  const user = await createUserWithPassword(db.current.prisma, { email, name: 'Test', role: 'COORDINATOR', password: TEST_PASSWORD });
  if (extra.disabled) await db.current.prisma.user.update({ where: { id: user.id }, data: { disabled: true } });
  return user;
}

describe('login', () => {
  it('logs in with the right password and sets an httpOnly, SameSite=Lax session cookie', async () => {
    const user = await makeUser('ok@example.test');
    const browser = new FakeBrowser('192.0.2.1');
    const result = await browser.run(() => logIn({ email: 'ok@example.test', password: TEST_PASSWORD }));
    expect(result).toEqual({ ok: true, userId: user.id });
    const cookie = browser.setCookies.find((c) => c.name.endsWith('polku.session_token'));
    expect(cookie?.options).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/', maxAge: 8 * 60 * 60 });
    expect(await browser.run(() => getCurrentUser())).toEqual({ id: user.id, email: 'ok@example.test', name: 'Test', role: 'COORDINATOR' });
    // The password hash is scrypt, in the credential account, never on the user row.
    const account = await db.current.prisma.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account.providerId).toBe('credential');
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]+$/);
    const audit = await db.current.prisma.auditLog.findFirst({ where: { action: 'auth.login', entityId: user.id } });
    expect(audit?.actorId).toBe(user.id);
    expect((await db.current.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
  });

  it('uses Secure cookies in production or behind https, and requires AUTH_SECRET in production and with DATABASE_URL', () => {
    const production = parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://u@h:5432/d' });
    expect(parseAuthConfig({ AUTH_SECRET: 'x'.repeat(32) }, production).secureCookies).toBe(true);
    expect(() => parseAuthConfig({}, production)).toThrow(/AUTH_SECRET is required in production and whenever DATABASE_URL is set/);
    expect(() => parseAuthConfig({ AUTH_SECRET: 'short' }, production)).toThrow(/at least 32 characters/);
    // A production demo on the embedded database needs one too: its cookies are real.
    const demo = parseEnv({ NODE_ENV: 'production', DEMO_MODE: '1', DEMO_MODE_IN_PRODUCTION: '1' });
    expect(() => parseAuthConfig({}, demo)).toThrow(/AUTH_SECRET is required/);
    const developmentOnServer = parseEnv({ NODE_ENV: 'development', DATABASE_URL: 'postgresql://u@h:5432/d' });
    expect(() => parseAuthConfig({ AUTH_SECRET: '' }, developmentOnServer)).toThrow(/AUTH_SECRET is required/);
    expect(parseAuthConfig({}, parseEnv({ NODE_ENV: 'development' })).secret.length).toBeGreaterThanOrEqual(32);
    const https = parseEnv({ NODE_ENV: 'development', PUBLIC_BASE_URL: 'https://polku.example' });
    expect(parseAuthConfig({}, https).secureCookies).toBe(true);
    expect(parseAuthConfig({}, parseEnv({ NODE_ENV: 'development' })).secureCookies).toBe(false);
  });

  it('lets demo users in only while the instance runs in demo mode', async () => {
    const demo = await createUserWithPassword(db.current.prisma, {
      email: 'demo-admin@example.test',
      name: 'Demo',
      role: 'ADMIN',
      password: TEST_PASSWORD,
      isDemo: true,
    });
    const browser = new FakeBrowser('192.0.2.40');
    try {
      vi.stubEnv('DEMO_MODE', '1');
      expect(await browser.run(() => logIn({ email: 'demo-admin@example.test', password: TEST_PASSWORD }))).toMatchObject({ ok: true });
      expect((await browser.run(() => getCurrentUser()))?.id).toBe(demo.id);

      vi.stubEnv('DEMO_MODE', '0');
      // The session from demo mode is worthless now, and the right password gets no new one.
      expect(await browser.run(() => getCurrentUser())).toBeNull();
      const fresh = new FakeBrowser('192.0.2.41');
      expect(await fresh.run(() => logIn({ email: 'demo-admin@example.test', password: TEST_PASSWORD }))).toEqual({ ok: false, error: 'invalid' });
      expect(fresh.jar.size).toBe(0);
      expect(await db.current.prisma.auditLog.count({ where: { action: 'auth.login_demo_refused', entityId: demo.id } })).toBe(1);
      // An ordinary account is not affected.
      await makeUser('ordinary@example.test');
      expect(await fresh.run(() => logIn({ email: 'ordinary@example.test', password: TEST_PASSWORD }))).toMatchObject({ ok: true });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('answers the same for a wrong password and an unknown address, and sets no cookie', async () => {
    await makeUser('wrong@example.test');
    const browser = new FakeBrowser('192.0.2.2');
    expect(await browser.run(() => logIn({ email: 'wrong@example.test', password: 'not the password!' }))).toEqual({ ok: false, error: 'invalid' });
    expect(await browser.run(() => logIn({ email: 'nobody@example.test', password: TEST_PASSWORD }))).toEqual({ ok: false, error: 'invalid' });
    expect(browser.jar.size).toBe(0);
    expect(await db.current.prisma.auditLog.count({ where: { action: 'auth.login_failed' } })).toBeGreaterThanOrEqual(2);
  });

  it('refuses a disabled user, telling so only after the right password', async () => {
    await makeUser('disabled@example.test', { disabled: true });
    const browser = new FakeBrowser('192.0.2.3');
    expect(await browser.run(() => logIn({ email: 'disabled@example.test', password: 'a wrong password' }))).toEqual({ ok: false, error: 'invalid' });
    expect(await browser.run(() => logIn({ email: 'disabled@example.test', password: TEST_PASSWORD }))).toEqual({ ok: false, error: 'disabled' });
    expect(browser.jar.size).toBe(0);
  });

  it('ends access at once when a logged-in user is disabled, and logs out', async () => {
    const { browser, userId } = await loggedInAs(db.current.prisma, 'COORDINATOR');
    expect((await browser.run(() => getCurrentUser()))?.id).toBe(userId);
    await db.current.prisma.user.update({ where: { id: userId }, data: { disabled: true } });
    expect(await browser.run(() => getCurrentUser())).toBeNull();
    await db.current.prisma.user.update({ where: { id: userId }, data: { disabled: false } });
    await browser.run(() => logOut());
    expect(browser.jar.size).toBe(0);
    expect(await db.current.prisma.session.count({ where: { userId } })).toBe(0);
    expect(await db.current.prisma.auditLog.count({ where: { action: 'auth.logout', entityId: userId } })).toBe(1);
  });

  it('refuses the guessing address after 5 failures on an account, while the owner elsewhere still gets in', async () => {
    await makeUser('target@example.test');
    const attacker = new FakeBrowser('192.0.2.100');
    const owner = new FakeBrowser('192.0.2.150');
    expect((await owner.run(() => logIn({ email: 'target@example.test', password: TEST_PASSWORD }))).ok).toBe(true);
    for (let n = 1; n <= LOGIN_LIMIT_PER_ACCOUNT_AND_ADDRESS; n++) {
      expect(await attacker.run(() => logIn({ email: 'target@example.test', password: `wrong password ${n}` }))).toEqual({ ok: false, error: 'invalid' });
    }
    // Even the right password is refused from the guessing address now ...
    expect(await attacker.run(() => logIn({ email: 'target@example.test', password: TEST_PASSWORD }))).toEqual({ ok: false, error: 'rateLimited' });
    expect(await db.current.prisma.auditLog.count({ where: { action: 'auth.login_rate_limited' } })).toBeGreaterThan(0);
    // ... but not from the owner's (a success did not count either).
    expect(await owner.run(() => logIn({ email: 'target@example.test', password: TEST_PASSWORD }))).toMatchObject({ ok: true });
  });

  it('slows down, but never locks, an account guessed at from many addresses', async () => {
    await makeUser('sprayed@example.test');
    const failures = LOGIN_FAILURES_BEFORE_DELAY + 2;
    for (let n = 0; n < failures; n++) {
      expect(await new FakeBrowser(`198.18.1.${n}`).run(() => logIn({ email: 'sprayed@example.test', password: 'wrong password' }))).toEqual({
        ok: false,
        error: 'invalid',
      });
    }
    // The next attempt on the account, from anywhere, waits before its password is checked ...
    const probe = await beginLoginAttempt(db.current.database.executor, { email: 'sprayed@example.test', address: '198.18.2.1' });
    expect(probe).toMatchObject({ allowed: true, delayMs: (failures - LOGIN_FAILURES_BEFORE_DELAY) * 1000 });
    await probe.refund();
    // ... and the owner, with the right password, gets in.
    expect(await new FakeBrowser('198.18.2.2').run(() => logIn({ email: 'sprayed@example.test', password: TEST_PASSWORD }))).toMatchObject({ ok: true });
    expect(loginDelayMs(1000)).toBe(5000);
  });

  // Twenty-two scrypt checks: slow on a busy machine.
  it('limits failures per address across accounts, counted in the database for every app instance', async () => {
    await makeUser('victim@example.test');
    // A second "instance": fresh modules, so nothing is shared in memory, only the database.
    vi.resetModules();
    const other = (await import('@/server/auth/login')) as typeof import('@/server/auth/login');
    expect(other.logIn).not.toBe(logIn);
    const browser = new FakeBrowser('198.18.0.7');
    for (let n = 0; n < LOGIN_LIMIT_PER_ADDRESS; n++) {
      const instance = n % 2 === 0 ? logIn : other.logIn;
      expect(await browser.run(() => instance({ email: `guess-${n}@example.test`, password: 'wrong password' }))).toEqual({ ok: false, error: 'invalid' });
    }
    expect(await browser.run(() => other.logIn({ email: 'victim@example.test', password: TEST_PASSWORD }))).toEqual({ ok: false, error: 'rateLimited' });
    expect(await new FakeBrowser('198.18.0.8').run(() => logIn({ email: 'victim@example.test', password: TEST_PASSWORD }))).toMatchObject({ ok: true });
  }, 180_000);
});
