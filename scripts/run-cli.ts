import { ConfigError } from '@/server/env';
import { MigrationError } from '@/server/db/migrate';
import { applyLongStatementTimeout } from '@/server/db/limits';

/**
 * Runs a command-line entry point. Configuration and migration problems print their one-sentence
 * message (no stack trace) and exit 1; anything else is a bug and shows its stack.
 */
export async function runCli(main: () => Promise<void>): Promise<void> {
  applyLongStatementTimeout();
  try {
    await main();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof MigrationError) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  }
}
