import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/server/auth/session';
import { useTestDatabase } from '../support/use-test-database';
import { FakeBrowser } from '../support/fake-request';
import { loggedInAs } from '../support/auth-users';
import { callersToRefuse, checkEntryPoint, discoverAdminEntryPoints } from '../support/admin-guards';

/**
 * Every admin page, server action module and route handler, with the roles it is open to.
 * A new entry point fails this test until it is listed here, and fails again unless it refuses
 * everyone else: anonymous callers, disabled users and logged-in users of other roles.
 */
const ADMIN_ENTRY_POINTS: Record<string, readonly Role[]> = {
  'src/app/[locale]/admin/(protected)/page.tsx': ['ADMIN', 'COORDINATOR'],
  'src/app/[locale]/admin/(protected)/users/page.tsx': ['ADMIN'],
  'src/server/admin/users/actions.ts': ['ADMIN'],
  'src/server/admin/activities/actions.ts': ['ADMIN', 'COORDINATOR'],
  'src/app/[locale]/admin/(protected)/activities/page.tsx': ['ADMIN', 'COORDINATOR'],
  'src/app/[locale]/admin/(protected)/activities/new/page.tsx': ['ADMIN', 'COORDINATOR'],
  'src/app/[locale]/admin/(protected)/activities/[id]/page.tsx': ['ADMIN', 'COORDINATOR'],
  'src/app/[locale]/admin/(protected)/review/page.tsx': ['ADMIN', 'COORDINATOR'],
  'src/server/admin/review/actions.ts': ['ADMIN', 'COORDINATOR'],
  'src/app/[locale]/admin/(protected)/sync/page.tsx': ['ADMIN', 'COORDINATOR'],
  'src/app/[locale]/admin/(protected)/sync/[id]/page.tsx': ['ADMIN', 'COORDINATOR'],
  'src/app/[locale]/admin/(protected)/insight/page.tsx': ['ADMIN', 'COORDINATOR'],
  'src/server/admin/sync/actions.ts': ['ADMIN', 'COORDINATOR'],
  'src/app/api/admin/sync/runs/[id]/route.ts': ['ADMIN', 'COORDINATOR'],
  'src/app/api/admin/insight/route.ts': ['ADMIN', 'COORDINATOR'],
  'src/app/[locale]/admin/(protected)/organizations/page.tsx': ['ADMIN', 'COORDINATOR'],
  'src/app/[locale]/admin/(protected)/organizations/new/page.tsx': ['ADMIN', 'COORDINATOR'],
  'src/app/[locale]/admin/(protected)/organizations/[id]/page.tsx': ['ADMIN', 'COORDINATOR'],
  'src/server/admin/organizations/actions.ts': ['ADMIN', 'COORDINATOR'],
  'src/app/[locale]/admin/(protected)/mappings/page.tsx': ['ADMIN', 'COORDINATOR'],
  'src/server/admin/mappings/actions.ts': ['ADMIN', 'COORDINATOR'],
  'src/app/[locale]/admin/(protected)/audit/page.tsx': ['ADMIN', 'COORDINATOR'],
};

const root = path.resolve(import.meta.dirname, '../..');
const db = useTestDatabase();
let browsers: Parameters<typeof callersToRefuse>[1];

beforeAll(async () => {
  const admin = await loggedInAs(db.current.prisma, 'ADMIN');
  const coordinator = await loggedInAs(db.current.prisma, 'COORDINATOR');
  const disabled = await loggedInAs(db.current.prisma, 'ADMIN');
  await db.current.prisma.user.update({ where: { id: disabled.userId }, data: { disabled: true } });
  browsers = { anonymous: new FakeBrowser(), disabledAdmin: disabled.browser, ADMIN: admin.browser, COORDINATOR: coordinator.browser };
});

async function problemsIn(base: string, table: Record<string, readonly Role[]>): Promise<string[]> {
  const problems: string[] = [];
  for (const { kind, file } of discoverAdminEntryPoints(base)) {
    const roles = table[file];
    if (!roles) {
      problems.push(`${file}: not listed in ADMIN_ENTRY_POINTS (tests/integration/admin-guards.test.ts)`);
      continue;
    }
    problems.push(...(await checkEntryPoint(base, kind, file, callersToRefuse(roles, browsers))));
  }
  return problems;
}

describe('admin guards', () => {
  it('finds the admin entry points', () => {
    expect(discoverAdminEntryPoints(root).map((e) => e.file).sort()).toEqual(Object.keys(ADMIN_ENTRY_POINTS).sort());
  });

  it('every admin page, action and route refuses anonymous, disabled and wrong-role callers', async () => {
    const auditBefore = await db.current.prisma.auditLog.count({ where: { action: { startsWith: 'user.' } } });
    expect(await problemsIn(root, ADMIN_ENTRY_POINTS)).toEqual([]);
    expect(await db.current.prisma.auditLog.count({ where: { action: { startsWith: 'user.' } } })).toBe(auditBefore);
  });

  it('fails for a new entry point without a guard', async () => {
    const base = path.join(root, 'tmp', `guard-fixture-${process.pid}`);
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(base, file)), { recursive: true });
      fs.writeFileSync(path.join(base, file), text);
    };
    write('src/server/admin/widgets/actions.ts', `'use server';\nexport async function deleteWidgetAction() { return { ok: true }; }\n`);
    write('src/app/api/admin/widgets/route.ts', `export async function GET() { return Response.json([]); }\n`);
    write('src/app/[locale]/admin/(protected)/widgets/page.tsx', `export default async function Page() { return null; }\n`);
    try {
      expect(await problemsIn(base, {})).toHaveLength(3);
      const problems = await problemsIn(base, {
        'src/server/admin/widgets/actions.ts': ['ADMIN'],
        'src/app/api/admin/widgets/route.ts': ['ADMIN'],
        'src/app/[locale]/admin/(protected)/widgets/page.tsx': ['ADMIN'],
      });
      expect(problems.join('\n')).toContain('actions.ts deleteWidgetAction: an anonymous caller got {"ok":true}');
      expect(problems.join('\n')).toContain('route.ts GET: a coordinator got 200, expected 403');
      expect(problems.join('\n')).toContain('page.tsx: a disabled admin got rendered');
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  });
});
