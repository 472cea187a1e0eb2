import fs from 'node:fs';
import path from 'node:path';
import type { Role } from '@/server/auth/session';
import { FakeBrowser, navigationOutcome } from './fake-request';

/**
 * Entry points a caller can reach, found by walking every file under src/ (README, "Admin guards"):
 * - pages: every page.tsx; an entry point when under an admin path (a path segment "admin")
 * - route handlers: every route.ts; an entry point when under an admin path or when it exports a
 *   mutation (POST, PUT, PATCH, DELETE)
 * - server actions: every module with a 'use server' directive, wherever it is and whatever its
 *   name; each export is an action
 * Each must be listed, with the roles it is open to or as deliberately public.
 */
export type EntryKind = 'page' | 'action' | 'route';

export interface EntryPoint {
  kind: EntryKind;
  /** Relative to the root, with forward slashes. */
  file: string;
  /** Why it counts: "admin path", "server action", "mutation POST", … */
  reason: string;
}

export interface SourceFile {
  file: string;
  source: string;
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const SOURCE_FILE = /\.(?:ts|tsx|js|jsx|mjs)$/;
const USE_SERVER = /^\s*(['"])use server\1;?\s*$/m;
const MUTATIONS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** The HTTP mutation methods a route module exports, from its source (`export function POST`, `export { x as POST }`). */
export function exportedMutations(source: string): string[] {
  return MUTATIONS.filter(
    (method) =>
      new RegExp(`export\\s+(?:async\\s+)?(?:function\\*?|const|let|var)\\s+${method}\\b`).test(source) ||
      [...source.matchAll(/export\s*\{([^}]*)\}/g)].some((list) =>
        list[1]!.split(',').some((item) => item.trim().split(/\s+as\s+/).pop()?.trim() === method),
      ),
  );
}

/** True when a 'use server' directive opens the module (before any other statement). */
function isServerModule(source: string): boolean {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return /^\s*(['"])use server\1/.test(withoutComments);
}

/** The entry points among `files`: pure, so a test can prove on made-up files that nothing slips through. */
export function classifyEntryPoints(files: SourceFile[]): { entries: EntryPoint[]; problems: string[] } {
  const entries: EntryPoint[] = [];
  const problems: string[] = [];
  for (const { file, source } of files) {
    const name = file.split('/').pop()!;
    const underAdmin = file.split('/').includes('admin');
    if (USE_SERVER.test(source)) {
      if (isServerModule(source)) entries.push({ kind: 'action', file, reason: 'server action module' });
      else problems.push(`${file}: an inline 'use server' action; move it to a 'use server' module so it is checked`);
    }
    if (name === 'page.tsx' && underAdmin) entries.push({ kind: 'page', file, reason: 'admin path' });
    if (name === 'route.ts') {
      const mutations = exportedMutations(source);
      if (underAdmin) entries.push({ kind: 'route', file, reason: 'admin path' });
      else if (mutations.length > 0) entries.push({ kind: 'route', file, reason: `mutation ${mutations.join(', ')}` });
    }
  }
  return { entries, problems };
}

/** Every source file under `<root>/src`. */
export function readSourceTree(root: string): SourceFile[] {
  return walk(path.join(root, 'src'))
    .filter((file) => SOURCE_FILE.test(file) && !file.includes(`${path.sep}generated${path.sep}`))
    .map((file) => ({ file: path.relative(root, file).split(path.sep).join('/'), source: fs.readFileSync(file, 'utf8') }));
}

export function discoverEntryPoints(root: string): { entries: EntryPoint[]; problems: string[] } {
  return classifyEntryPoints(readSourceTree(root));
}

/**
 * The entry points that are neither listed with roles nor listed as public (with a reason), and
 * any listed that no longer exist.
 */
export function unlistedEntryPoints(
  entries: EntryPoint[],
  guarded: Record<string, readonly Role[]>,
  open: Record<string, string>,
): string[] {
  const problems = entries
    .filter((entry) => !(entry.file in guarded) && !(entry.file in open))
    .map((entry) => `${entry.file} (${entry.reason}): not listed with its roles in tests/integration/admin-guards.test.ts`);
  const found = new Set(entries.map((entry) => entry.file));
  for (const file of [...Object.keys(guarded), ...Object.keys(open)]) {
    if (!found.has(file)) problems.push(`${file}: listed but not an entry point (moved or deleted?)`);
  }
  return problems;
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
