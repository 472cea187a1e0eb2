// `npm run demo`: prepares the database (migrations, taxonomies, demo data when
// the catalogue is empty), builds the app if needed and serves it. Unless LAHELLA_API_URL
// is set, a fake Lähellä.fi/PTV upstream runs beside it (port 4010, DEMO_UPSTREAM_PORT), so
// "sync now" in the admin area has something to fetch.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { startFakeUpstream } from './start-fake-upstream.mjs';

// On the embedded database this is a demo on this machine: demo mode is forced through
// `next start` (a production server), with a random AUTH_SECRET per start. On a real
// DATABASE_URL it is not: demo mode, its public demo passwords and AUTH_SECRET are then only
// what the environment says (the server refuses DEMO_MODE=1 without DEMO_MODE_IN_PRODUCTION=1).
const embedded = !process.env.DATABASE_URL;
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  ...(embedded
    ? {
        DEMO_MODE: process.env.DEMO_MODE ?? '1',
        DEMO_MODE_IN_PRODUCTION: process.env.DEMO_MODE_IN_PRODUCTION ?? '1',
        AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(32).toString('base64url'),
      }
    : {}),
};
const port = process.env.PORT ?? '3000';
// The app's links and QR codes default to this port (PUBLIC_BASE_URL unset).
env.PORT = port;

function run(args) {
  const result = spawnSync('npm', ['run', '--silent', ...args], { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(['db:migrate']);
run(['db:seed']);
if (!fs.existsSync('.next/BUILD_ID') || process.argv.includes('--rebuild')) run(['build']);

const upstream = env.LAHELLA_API_URL
  ? null
  : await startFakeUpstream({ port: env.DEMO_UPSTREAM_PORT ?? '4010', lahella: 200, ptv: 20, env });

console.log(`\nPolku is starting at http://localhost:${port}/fi (Ctrl+C stops it).\n`);
const server = spawn('npx', ['next', 'start', '-p', port], { stdio: 'inherit', env: { ...env, ...upstream?.env } });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    upstream?.child.kill(signal);
    server.kill(signal);
  });
}
server.on('exit', (code) => {
  upstream?.child.kill('SIGTERM');
  process.exit(code ?? 0);
});
