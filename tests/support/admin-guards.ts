import fs from 'node:fs';
import path from 'node:path';
import type { Role } from '@/server/auth/session';
import { FakeBrowser, navigationOutcome } from './fake-request';

/**
 * The admin entry points, by convention (README, "Admin guards"):
 * - pages: every page.tsx under src/app/[locale]/admin/(protected)/
 * - server actions: every actions.ts or *-actions.ts under src/server/admin/; each export is an action
 * - route handlers: every route.ts under src/app/api/admin/
 */
export type EntryKind = 'page' | 'action' | 'route';

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

export function discoverAdminEntryPoints(root: string): { kind: EntryKind; file: string }[] {
  const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');
  return [
    ...walk(path.join(root, 'src/app/[locale]/admin/(protected)'))
      .filter((f) => path.basename(f) === 'page.tsx')
      .map((f) => ({ kind: 'page' as const, file: rel(f) })),
    ...walk(path.join(root, 'src/server/admin'))
      .filter((f) => /(^|-)actions\.ts$/.test(path.basename(f)))
      .map((f) => ({ kind: 'action' as const, file: rel(f) })),
    ...walk(path.join(root, 'src/app/api/admin'))
      .filter((f) => path.basename(f) === 'route.ts')
      .map((f) => ({ kind: 'route' as const, file: rel(f) })),
  ];
}

export interface Caller {
  label: string;
  browser: FakeBrowser;
  /** What the caller must get: anonymous (or disabled) callers must log in, others are forbidden. */
  expect: 'UNAUTHENTICATED' | 'FORBIDDEN';
}

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Dynamic segments get a placeholder; a guard must refuse before it looks at them. */
function paramsFor(file: string): Record<string, string> {
  const params: Record<string, string> = { locale: 'fi' };
  for (const match of file.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)) if (match[1] !== 'locale') params[match[1]!] = '00000000-0000-7000-8000-000000000000';
  return params;
}

/** Calls one entry point as each caller; returns what went wrong (empty when every call was refused). */
export async function checkEntryPoint(root: string, kind: EntryKind, file: string, callers: Caller[]): Promise<string[]> {
  const problems: string[] = [];
  const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
  const params = paramsFor(file);
  for (const caller of callers) {
    if (kind === 'page') {
      const page = mod.default as (props: unknown) => Promise<unknown>;
      const outcome = await caller.browser
        .run(() => page({ params: Promise.resolve(params), searchParams: Promise.resolve({}) }))
        .then(() => 'rendered', (error: unknown) => navigationOutcome(error) ?? `threw ${String(error)}`);
      const wanted = caller.expect === 'UNAUTHENTICATED' ? 'redirect:/fi/hallinta/kirjaudu' : 'not-found';
      if (outcome !== wanted) problems.push(`${file}: ${caller.label} got ${outcome}, expected ${wanted}`);
    } else if (kind === 'action') {
      const actions = Object.entries(mod).filter(([, value]) => typeof value === 'function');
      if (actions.length === 0) problems.push(`${file}: exports no actions`);
      for (const [name, action] of actions) {
        const result = await caller.browser
          .run(() => (action as (state: unknown, formData: FormData) => Promise<unknown>)(null, new FormData()))
          .catch((error: unknown) => ({ threw: String(error) }));
        const code = (result as { ok?: unknown; code?: unknown } | null)?.code;
        if ((result as { ok?: unknown } | null)?.ok !== false || code !== caller.expect) {
          problems.push(`${file} ${name}: ${caller.label} got ${JSON.stringify(result)}, expected code ${caller.expect}`);
        }
      }
    } else {
      const methods = HTTP_METHODS.filter((method) => typeof mod[method] === 'function');
      for (const method of methods) {
        const handler = mod[method] as (request: Request, context: unknown) => Promise<Response>;
        const request = new Request(`http://localhost/${file}`, { method, headers: await caller.browser.headers() });
        const status = await caller.browser
          .run(() => handler(request, { params: Promise.resolve(params) }))
          .then((response) => response.status, () => 'threw');
        const wanted = caller.expect === 'UNAUTHENTICATED' ? 401 : 403;
        if (status !== wanted) problems.push(`${file} ${method}: ${caller.label} got ${status}, expected ${wanted}`);
      }
    }
  }
  return problems;
}

/** Who must be refused by an entry point open to `roles`. */
export function callersToRefuse(roles: readonly Role[], browsers: Record<'anonymous' | 'disabledAdmin' | Role, FakeBrowser>): Caller[] {
  const callers: Caller[] = [
    { label: 'an anonymous caller', browser: browsers.anonymous, expect: 'UNAUTHENTICATED' },
    { label: 'a disabled admin', browser: browsers.disabledAdmin, expect: 'UNAUTHENTICATED' },
  ];
  for (const role of ['ADMIN', 'COORDINATOR'] as const) {
    if (!roles.includes(role)) callers.push({ label: `a ${role.toLowerCase()}`, browser: browsers[role], expect: 'FORBIDDEN' });
  }
  return callers;
}
