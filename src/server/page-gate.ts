import 'server-only';
import { registerPageGate, type GatedRoute, type PageGate } from '@/lib/http/page-gate';
import { isWellFormedReferralCode } from '@/server/referrals/code';
import { getPrisma, getSql } from '@/server/db';
import { findNumberedTerm } from '@/server/catalogue/terms';

// A result this fresh is reused: one probe a second per instance costs nothing measurable,
// and an outage is noticed within a second plus the probe's own timeout.
const FRESH_MS = 1_000;

let last = { at: 0, ok: true };
let probing: Promise<boolean> | null = null;

function probe(): Promise<boolean> {
  probing ??= (async () => {
    try {
      await (await getSql()).query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  })().then((ok) => {
    last = { at: Date.now(), ok };
    probing = null;
    return ok;
  });
  return probing;
}

/** Whether the database answers; while it is known to be down, answers at once. */
export async function databaseAnswers(): Promise<boolean> {
  if (Date.now() - last.at < FRESH_MS) return last.ok;
  const running = probe();
  // During an outage nobody waits for the next probe's timeout: the last answer stands.
  return last.ok ? running : false;
}

/** The same conditions as the pages' own queries, reduced to "is there such a thing". */
export async function pageExists(route: GatedRoute): Promise<boolean> {
  switch (route.route) {
    case '/activities/[slug]':
      return (await (await getPrisma()).activity.count({ where: { slug: route.slug, status: 'PUBLISHED' } })) > 0;
    case '/organizations/[slug]':
      return (await (await getPrisma()).organization.count({ where: { slug: route.slug } })) > 0;
    case '/themes/[slug]':
    case '/stages/[slug]':
      return (await findNumberedTerm(route.route === '/themes/[slug]' ? 'themes' : 'stages', route.slug, route.locale)).found !== 'none';
    case '/l/[code]':
      return isWellFormedReferralCode(route.code) && (await (await getPrisma()).referral.count({ where: { code: route.code } })) > 0;
  }
}

export function registerServerPageGate(): void {
  const gate: PageGate = { databaseAnswers, pageExists };
  registerPageGate(gate);
}
