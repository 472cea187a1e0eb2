import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '@/generated/prisma/client';
import { openDatabase } from '@/server/db/connection';
import { applyMigrations } from '@/server/db/migrate';
import { changeRoleAction, createUserAction, resetPasswordAction, setUserDisabledAction } from '@/server/admin/users/actions';
import { logIn } from '@/server/auth/login';
import { useTestDatabase } from '../support/use-test-database';
import { FakeBrowser } from '../support/fake-request';
import { loggedInAs } from '../support/auth-users';

const db = useTestDatabase();
let admin: Awaited<ReturnType<typeof loggedInAs>>;
let coordinator: Awaited<ReturnType<typeof loggedInAs>>;

beforeAll(async () => {
  admin = await loggedInAs(db.current.prisma, 'ADMIN');
  coordinator = await loggedInAs(db.current.prisma, 'COORDINATOR');
});

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};

describe('user management actions', () => {
  const newUser = { name: 'Maija Meikäläinen', email: 'Maija@Example.test', role: 'COORDINATOR', password: 'pitkä ja hyvä salasana' };

  it('refuse anonymous callers and coordinators', async () => {
    expect(await new FakeBrowser().run(() => createUserAction(null, form(newUser)))).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await coordinator.browser.run(() => createUserAction(null, form(newUser)))).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(await db.current.prisma.user.count({ where: { email: 'maija@example.test' } })).toBe(0);
  });

  it('let an admin create a user, with translated field errors and no hash in the audit log', async () => {
    const weak = await admin.browser.run(() => createUserAction(null, form({ ...newUser, password: 'short' })));
    expect(weak).toEqual({ ok: false, code: 'INVALID', fieldErrors: { password: 'passwordTooShort' } });
    expect(await admin.browser.run(() => createUserAction(null, form(newUser)))).toEqual({ ok: true, done: 'created' });
    expect(await admin.browser.run(() => createUserAction(null, form(newUser)))).toEqual({
      ok: false,
      code: 'INVALID',
      fieldErrors: { email: 'duplicateEmail' },
    });
    const created = await db.current.prisma.user.findUniqueOrThrow({ where: { email: 'maija@example.test' } });
    const audit = await db.current.prisma.auditLog.findFirstOrThrow({ where: { action: 'user.create', entityId: created.id } });
    expect(audit.actorId).toBe(admin.userId);
    expect(JSON.stringify(audit)).not.toMatch(/password|[0-9a-f]{32}:/);
    expect(await new FakeBrowser('192.0.2.77').run(() => logIn({ email: created.email, password: newUser.password }))).toMatchObject({ ok: true });
  });

  it('change role, disable and reset password with before/after audit, but not on the own account', async () => {
    const target = await loggedInAs(db.current.prisma, 'COORDINATOR');
    expect(await admin.browser.run(() => changeRoleAction(null, form({ userId: target.userId, role: 'ADMIN' })))).toEqual({ ok: true, done: 'roleChanged' });
    const roleAudit = await db.current.prisma.auditLog.findFirstOrThrow({ where: { action: 'user.change_role', entityId: target.userId } });
    expect(roleAudit.before).toMatchObject({ role: 'COORDINATOR' });
    expect(roleAudit.after).toMatchObject({ role: 'ADMIN' });
    expect(await admin.browser.run(() => changeRoleAction(null, form({ userId: admin.userId, role: 'COORDINATOR' })))).toEqual({ ok: false, code: 'OWN_ACCOUNT' });

    expect(await admin.browser.run(() => setUserDisabledAction(null, form({ userId: target.userId, disabled: 'true' })))).toEqual({ ok: true, done: 'disabled' });
    expect(await db.current.prisma.session.count({ where: { userId: target.userId } })).toBe(0);
    expect(await admin.browser.run(() => setUserDisabledAction(null, form({ userId: target.userId, disabled: 'false' })))).toEqual({ ok: true, done: 'enabled' });

    expect(await admin.browser.run(() => resetPasswordAction(null, form({ userId: target.userId, password: 'aaaaaaaaaaaaaaa' })))).toEqual({
      ok: false,
      code: 'INVALID',
      fieldErrors: { password: 'passwordTooWeak' },
    });
    expect(await admin.browser.run(() => resetPasswordAction(null, form({ userId: target.userId, password: 'uusi pitkä salasana 7' })))).toEqual({ ok: true, done: 'passwordReset' });
    expect(await new FakeBrowser('192.0.2.78').run(() => logIn({ email: target.email, password: 'uusi pitkä salasana 7' }))).toMatchObject({ ok: true });
  });
});

describe('npm run user:create', () => {
  const exec = promisify(execFile);
  const root = path.resolve(import.meta.dirname, '../..');

  it('creates a user from the command line, refusing duplicates and weak passwords', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'polku-user-create-'));
    try {
      const setup = await openDatabase({ dataDir });
      await applyMigrations(setup.executor);
      await setup.close();
      const run = (password: string) =>
        exec('npx', ['tsx', '--conditions=react-server', 'scripts/user-create.ts', '--email', 'Eka@Example.test', '--name', 'Eka Ylläpitäjä', '--role', 'admin'], {
          cwd: root,
          env: { ...process.env, DATABASE_URL: '', PGLITE_DATA_DIR: dataDir, POLKU_USER_PASSWORD: password },
        }).then(
          ({ stdout }) => ({ code: 0, out: stdout }),
          (error: { code: number; stderr: string }) => ({ code: error.code, out: error.stderr }),
        );
      const weak = await run('lyhyt');
      expect(weak).toMatchObject({ code: 1 });
      expect(weak.out).toContain('at least 12 characters');
      const created = await run('ensimmäinen ylläpitäjä');
      expect(created.out).toContain('Created admin eka@example.test');
      const duplicate = await run('ensimmäinen ylläpitäjä');
      expect(duplicate).toMatchObject({ code: 1 });
      expect(duplicate.out).toContain('already exists');

      const check = await openDatabase({ dataDir });
      const prisma = new PrismaClient({ adapter: check.adapter });
      const user = await prisma.user.findUniqueOrThrow({ where: { email: 'eka@example.test' }, include: { accounts: true } });
      expect(user.role).toBe('ADMIN');
      expect(user.accounts[0]?.password).toMatch(/^[0-9a-f]{32}:/);
      await prisma.$disconnect();
      await check.close();
    } finally {
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
