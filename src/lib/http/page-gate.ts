/**
 * What the proxy asks the server before a page is rendered. Next.js renders a page that calls
 * notFound() or throws as an empty error shell (filled in only by JavaScript, without `lang`,
 * with status 500 for a database outage), so the proxy answers those cases itself with a
 * server-rendered page and the right status. The server registers the gate at start-up
 * (src/server/page-gate.ts); the proxy runs in the same process and finds it on globalThis, so
 * the proxy bundle never loads the database driver.
 */
import type { Locale } from '@/i18n/routing';

export type GatedRoute =
  | { route: '/activities/[slug]' | '/organizations/[slug]' | '/themes/[slug]' | '/stages/[slug]'; locale: Locale; slug: string }
  | { route: '/l/[code]'; code: string };

export interface PageGate {
  /** Whether the database answers (checked at most about once a second). */
  databaseAnswers(): Promise<boolean>;
  /** Whether the page's subject exists (published activity, known slug, referral code). */
  pageExists(route: GatedRoute): Promise<boolean>;
}

const KEY = Symbol.for('polku.pageGate');

export function registerPageGate(gate: PageGate): void {
  (globalThis as Record<symbol, unknown>)[KEY] = gate;
}

export function findPageGate(): PageGate | undefined {
  return (globalThis as Record<symbol, unknown>)[KEY] as PageGate | undefined;
}
