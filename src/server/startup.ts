import 'server-only';
import { ConfigError, getEnv } from '@/server/env';
import { getPrisma, getSql } from '@/server/db';
import { getAuthConfig } from '@/server/auth/config';
import { registerServerPageGate } from '@/server/page-gate';

/**
 * Validates configuration and opens the database before the first request, so that
 * bad configuration (a malformed DATABASE_URL, an unreachable server, a locked PGlite
 * directory) stops the server with one clear sentence instead of a stack trace.
 */
export async function checkStartup(): Promise<void> {
  try {
    getEnv();
    getAuthConfig();
    await getPrisma();
    registerServerPageGate();
    warmSearchIndex();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * Builds the in-process search index in the background as the server starts (seconds at
 * 100,000 activities), so that the first resident's search does not wait for it.
 */
function warmSearchIndex(): void {
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  void (async () => {
    const { indexStore } = await import('@/server/search/index-store');
    await indexStore(await getSql()).current();
  })().catch((error: unknown) => console.error('Building the search index at start-up failed; the first search retries.', error));
}
