import 'server-only';
import { ConfigError, getEnv } from '@/server/env';
import { getPrisma } from '@/server/db';
import { getAuthConfig } from '@/server/auth/config';

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
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
