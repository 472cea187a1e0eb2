// `npm run demo`: prepares the database (migrations, taxonomies, demo data when
// the catalogue is empty), builds the app if needed and serves it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';

// The demo is a demo on either database: marked as such, with the demo users and no
// AUTH_SECRET needed (a random one per start).
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DEMO_MODE: process.env.DEMO_MODE ?? '1' };
const port = process.env.PORT ?? '3000';

function run(args) {
  const result = spawnSync('npm', ['run', '--silent', ...args], { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(['db:migrate']);
run(['db:seed']);
if (!fs.existsSync('.next/BUILD_ID') || process.argv.includes('--rebuild')) run(['build']);

console.log(`\nPolku is starting at http://localhost:${port}/fi (Ctrl+C stops it).\n`);
const server = spawn('npx', ['next', 'start', '-p', port], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
