// Runs once when a server instance starts: validate configuration and open the
// database, so that bad configuration stops the server with one clear sentence
// instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getEnv, ConfigError } = await import('@/server/env');
  try {
    getEnv();
    const { getPrisma } = await import('@/server/db');
    await getPrisma();
  } catch (error) {
    if (error instanceof Error && (error instanceof ConfigError || error.name === 'ConfigError')) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
