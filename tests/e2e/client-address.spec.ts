import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The client address over real HTTP against `next start`: a server of its own per setting (the
 * shared e2e server's rate-limit buckets stay untouched), with an API limit of 5 per minute.
 * 127.0.0.0/8 is all loopback on Linux, so binding the client's socket to 127.0.0.2 or
 * 127.0.0.3 makes requests that really come from different addresses.
 */

const LIMIT = 5;
let dataDir: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

interface Server {
  port: number;
  child: ChildProcess;
}

async function startServer(extraEnv: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: '',
      PGLITE_DATA_DIR: dataDir,
      DEMO_MODE: '0',
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      API_RATE_LIMIT_PER_MINUTE: String(LIMIT),
      ...extraEnv,
    },
    stdio: 'ignore',
  });
  for (let i = 0; i < 150; i++) {
    if ((await get(port, {}).catch(() => 0)) === 200) return { port, child };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGTERM');
  throw new Error('next start did not answer within 30 s');
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

/** GET /api/v1/taxonomies from `localAddress` with the given headers; resolves to the status. */
function get(port: number, headers: Record<string, string>, localAddress = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/api/v1/taxonomies', localAddress, headers, agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
  });
}

/** The limit counts per minute: start a burst early in a minute, so it cannot straddle two. */
async function awaitFreshMinute(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 20_000) await new Promise((resolve) => setTimeout(resolve, left + 200));
}

test.describe('client addresses over HTTP', () => {
  test.describe.configure({ timeout: 180_000 });

  test.beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'polku-client-address-'));
    const migrated = spawnSync('npm', ['run', '--silent', 'db:migrate'], {
      env: { ...process.env, DATABASE_URL: '', PGLITE_DATA_DIR: dataDir },
      stdio: 'ignore',
    });
    expect(migrated.status).toBe(0);
  });

  test.afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('without a setting, X-Forwarded-For is ignored and each socket address has its own limit', async () => {
    const server = await startServer({});
    try {
      await awaitFreshMinute();
      const statuses: number[] = [];
      for (let i = 1; i <= LIMIT + 2; i++) {
        statuses.push(await get(server.port, { 'x-forwarded-for': `203.0.113.${i}`, 'x-real-ip': `198.51.100.${i}` }, '127.0.0.2'));
      }
      expect(statuses).toEqual([...Array<number>(LIMIT).fill(200), 429, 429]);
      // Another address is another client, header or not.
      expect(await get(server.port, { 'x-forwarded-for': '203.0.113.1' }, '127.0.0.3')).toBe(200);
    } finally {
      await stopServer(server);
    }
  });

  test('behind one trusted hop, spoofed leftmost entries are ignored', async () => {
    const server = await startServer({ TRUSTED_PROXY_HOPS: '1' });
    try {
      await awaitFreshMinute();
      const statuses: number[] = [];
      for (let i = 1; i <= LIMIT + 2; i++) {
        statuses.push(await get(server.port, { 'x-forwarded-for': `198.51.100.${i}, 10.9.${i}.1, 203.0.113.50` }));
      }
      expect(statuses).toEqual([...Array<number>(LIMIT).fill(200), 429, 429]);
      // The address the proxy wrote decides: another one is another client.
      expect(await get(server.port, { 'x-forwarded-for': '198.51.100.1, 203.0.113.51' })).toBe(200);
    } finally {
      await stopServer(server);
    }
  });
});
