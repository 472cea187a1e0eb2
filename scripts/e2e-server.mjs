// Starts the built app for the end-to-end tests on its own embedded database,
// freshly migrated and seeded with the default demo data on every run.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const port = process.env.E2E_PORT ?? '3210';
const dataDir = path.resolve('.data/e2e/pglite');
const env = { ...process.env, PGLITE_DATA_DIR: dataDir, DEMO_MODE: '1', PUBLIC_BASE_URL: `http://127.0.0.1:${port}` };
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

const server = spawn('npx', ['next', 'start', '-p', port], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
