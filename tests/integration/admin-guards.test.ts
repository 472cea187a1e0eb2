import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/server/auth/session';
import { useTestDatabase } from '../support/use-test-database';
import { FakeBrowser } from '../support/fake-request';
import { loggedInAs } from '../support/auth-users';
import {
  callersToRefuse,
  checkEntryPoint,
  classifyEntryPoints,
  discoverEntryPoints,
  unlistedEntryPoints,
  type EntryPoint,
} from '../support/admin-guards';

/**
 * Every guarded entry point (pages and routes under an admin path, server action modules, routes
 * that take mutations) with the roles it is open to. A new entry point fails this test until it
 * is listed here or in PUBLIC_ENTRY_POINTS, and a listed one fails unless it refuses everyone
 * else: anonymous callers, disabled users and logged-in users of other roles.
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

/** Entry points open to anyone on purpose, and why. */
const PUBLIC_ENTRY_POINTS: Record<string, string> = {
  'src/app/[locale]/admin/login/page.tsx': 'the login form',
  'src/server/auth/actions.ts': 'logging in and out (attempts limited per address, slowed per account)',
  'src/server/feedback/actions.ts': "residents' reports (honeypot, signed form token, rate limits)",
  'src/server/referrals/actions.ts': 'professionals create referrals without an account (rate limited, no personal data)',
  'src/app/api/[...path]/route.ts': 'answers 404 to every method on unknown API paths',
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

async function problemsIn(base: string, entries: EntryPoint[], table: Record<string, readonly Role[]>): Promise<string[]> {
  const problems: string[] = [];
  for (const { kind, file } of entries) {
    const roles = table[file];
    if (roles) problems.push(...(await checkEntryPoint(base, kind, file, callersToRefuse(roles, browsers))));
  }
  return problems;
}

const source = (file: string, text: string) => ({ file, source: text });

describe('admin guards', () => {
  it('finds every entry point in src/, and each is listed with its roles or as public', () => {
    const { entries, problems } = discoverEntryPoints(root);
    expect(problems).toEqual([]);
    expect(unlistedEntryPoints(entries, ADMIN_ENTRY_POINTS, PUBLIC_ENTRY_POINTS)).toEqual([]);
    // The walk really sees the tree: the action modules outside src/server/admin and the login page too.
    expect(entries.map((e) => e.file)).toEqual(expect.arrayContaining(Object.keys(PUBLIC_ENTRY_POINTS)));
  });

  it('would notice an unlisted entry point wherever it is and whatever its name', () => {
    const files = [
      // Found and listed: no problem.
      source('src/app/[locale]/admin/(protected)/page.tsx', 'export default async function Page() {}'),
      // An admin page outside (protected).
      source('src/app/[locale]/admin/reports/page.tsx', 'export default async function Page() {}'),
      // A 'use server' module not named actions.ts, outside src/server/admin, after a comment.
      source('src/server/widgets/delete-widget.ts', "// Deletes widgets.\n'use server';\nexport async function deleteWidget() {}"),
      // A route under an admin path outside /api/admin.
      source('src/app/[locale]/admin/export/route.ts', 'export async function GET() {}'),
      // Routes taking mutations anywhere, in either export form.
      source('src/app/api/widgets/route.ts', 'export const DELETE = async () => new Response();'),
      source('src/app/api/gadgets/route.ts', 'const handler = () => null;\nexport { handler as GET, handler as PATCH };'),
      // An action declared inside a component.
      source('src/components/widget-form.tsx', "async function save() {\n  'use server';\n}\n"),
      // Not entry points: a public page, a GET-only public route, a client module.
      source('src/app/[locale]/widgets/page.tsx', 'export default function Page() {}'),
      source('src/app/api/v1/widgets/route.ts', 'export async function GET() {}\n// POST is not offered'),
      source('src/components/widget-client.tsx', "'use client';\nexport function Widget() {}"),
    ];
    const { entries, problems } = classifyEntryPoints(files);
    expect(problems).toEqual([expect.stringContaining("src/components/widget-form.tsx: an inline 'use server' action")]);
    expect(unlistedEntryPoints(entries, { 'src/app/[locale]/admin/(protected)/page.tsx': ['ADMIN'] }, {})).toEqual([
      expect.stringMatching(/^src\/app\/\[locale\]\/admin\/reports\/page\.tsx \(admin path\): not listed/),
      expect.stringMatching(/^src\/server\/widgets\/delete-widget\.ts \(server action module\): not listed/),
      expect.stringMatching(/^src\/app\/\[locale\]\/admin\/export\/route\.ts \(admin path\): not listed/),
      expect.stringMatching(/^src\/app\/api\/widgets\/route\.ts \(mutation DELETE\): not listed/),
      expect.stringMatching(/^src\/app\/api\/gadgets\/route\.ts \(mutation PATCH\): not listed/),
    ]);
    // A listed entry point that disappeared is reported too, so the table cannot rot.
    expect(unlistedEntryPoints([], { 'src/server/gone/actions.ts': ['ADMIN'] }, {})).toEqual([
      'src/server/gone/actions.ts: listed but not an entry point (moved or deleted?)',
    ]);
  });

  it('every guarded page, action and route refuses anonymous, disabled and wrong-role callers', async () => {
    const auditBefore = await db.current.prisma.auditLog.count({ where: { action: { startsWith: 'user.' } } });
    expect(await problemsIn(root, discoverEntryPoints(root).entries, ADMIN_ENTRY_POINTS)).toEqual([]);
    expect(await db.current.prisma.auditLog.count({ where: { action: { startsWith: 'user.' } } })).toBe(auditBefore);
  });

  it('fails for a listed entry point without a guard', async () => {
    const base = path.join(root, 'tmp', `guard-fixture-${process.pid}`);
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(base, file)), { recursive: true });
      fs.writeFileSync(path.join(base, file), text);
    };
    write('src/server/widgets/remove.ts', `'use server';\nexport async function deleteWidgetAction() { return { ok: true }; }\n`);
    write('src/app/[locale]/admin/widgets/route.ts', `export async function GET() { return Response.json([]); }\n`);
    write('src/app/[locale]/admin/widgets/page.tsx', `export default async function Page() { return null; }\n`);
    try {
      const { entries } = discoverEntryPoints(base);
      expect(unlistedEntryPoints(entries, {}, {})).toHaveLength(3);
      const problems = await problemsIn(base, entries, {
        'src/server/widgets/remove.ts': ['ADMIN'],
        'src/app/[locale]/admin/widgets/route.ts': ['ADMIN'],
        'src/app/[locale]/admin/widgets/page.tsx': ['ADMIN'],
      });
      expect(problems.join('\n')).toContain('remove.ts deleteWidgetAction: an anonymous caller got {"ok":true}');
      expect(problems.join('\n')).toContain('route.ts GET: a coordinator got 200, expected 403');
      expect(problems.join('\n')).toContain('page.tsx: a disabled admin got rendered');
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  });
});
