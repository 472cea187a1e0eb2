// Starts the built app for the end-to-end tests on its own embedded database,
// freshly migrated and seeded with the default demo data on every run, with a fake
// Lähellä.fi/PTV upstream (E2E_UPSTREAM_PORT, default 3211) that the admin tests sync from.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startFakeUpstream } from './start-fake-upstream.mjs';

const port = process.env.E2E_PORT ?? '3210';
const dataDir = path.resolve('.data/e2e/pglite');
// `next start` is a production server: demo mode has to be forced, and it needs an AUTH_SECRET.
const env = {
  ...process.env,
  PGLITE_DATA_DIR: dataDir,
  DEMO_MODE: '1',
  DEMO_MODE_IN_PRODUCTION: '1',
  AUTH_SECRET: randomBytes(32).toString('base64url'),
  PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
};
delete env.DATABASE_URL;

if (!fs.existsSync('.next/BUILD_ID')) {
  console.error('The app is not built: run `npm run build` before the end-to-end tests.');
  process.exit(1);
}

fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
for (const script of ['db:migrate', 'db:seed']) {
  const result = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const upstreamPort = process.env.E2E_UPSTREAM_PORT ?? '3211';
const { child: upstream, env: upstreamEnv } = await startFakeUpstream({ port: upstreamPort, lahella: 12, ptv: 3, env });

const server = spawn('npx', ['next', 'start', '-p', port], {
  stdio: 'inherit',
  env: {
    ...env,
    ...upstreamEnv,
    SYNC_RETRY_BASE_MS: '50',
    SYNC_MAX_RETRIES: '1',
    // Offline: map tiles from the fake upstream, not OpenStreetMap.
    MAP_TILE_URL: process.env.MAP_TILE_URL ?? `${upstreamEnv.PTV_API_URL}/tiles/{z}/{x}/{y}.png`,
    MAP_TILE_ATTRIBUTION: process.env.MAP_TILE_ATTRIBUTION ?? 'Test tiles',
  },
});
const stopAll = (signal) => {
  upstream.kill(signal);
  server.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));
server.on('exit', (code) => {
  upstream.kill('SIGTERM');
  process.exit(code ?? 0);
});
