// Runs once when a server instance starts. The Node.js-only start-up checks live in
// their own module so that the edge bundle of this file stays free of Node APIs.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // Before anything else, so that every request carries its socket's address (rate limits).
    const { installSocketAddressStamp } = await import('./server/client-address');
    installSocketAddressStamp();
    const { checkStartup } = await import('./server/startup');
    await checkStartup();
  }
}
