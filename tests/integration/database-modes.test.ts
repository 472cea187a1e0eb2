import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/server/db/connection';
import { ConfigError } from '@/server/env';

const tmpRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'polku-db-'));
afterAll(() => fs.rm(tmpRoot, { recursive: true, force: true }));

async function captureError(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

describe('embedded database (PGlite)', () => {
  it('keeps committed data across a restart', async () => {
    const dataDir = path.join(tmpRoot, 'persist');
    const first = await openDatabase({ dataDir });
    await first.executor.exec(`CREATE TABLE note (body text); INSERT INTO note VALUES ('kept')`);
    await first.close();

    const second = await openDatabase({ dataDir });
    const rows = await second.executor.query<{ body: string }>('SELECT body FROM note');
    await second.close();
    expect(rows).toEqual([{ body: 'kept' }]);
  });

  it('refuses a second user of the same directory with one clear sentence', async () => {
    const dataDir = path.join(tmpRoot, 'locked');
    const owner = await openDatabase({ dataDir });
    try {
      const error = await captureError(openDatabase({ dataDir }));
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toMatch(/is in use by another process \(pid \d+\)/);
      expect(error.message).toContain('DATABASE_URL');
    } finally {
      await owner.close();
    }
    const again = await openDatabase({ dataDir });
    await again.close();
  });

  it('takes over a lock left behind by a process that died', async () => {
    const dataDir = path.join(tmpRoot, 'stale');
    await fs.writeFile(`${dataDir}.lock`, '2147483646');
    const database = await openDatabase({ dataDir });
    const [row] = await database.executor.query<{ ok: number }>('SELECT 1 AS ok');
    await database.close();
    expect(row?.ok).toBe(1);
  });

  it('rolls back a failed transaction and keeps the rest', async () => {
    const database = await openDatabase({ dataDir: 'memory://' });
    await database.executor.exec('CREATE TABLE item (name text)');
    await database.executor.query(`INSERT INTO item VALUES ('before')`);
    await expect(
      database.executor.transaction(async (tx) => {
        await tx.query(`INSERT INTO item VALUES ('lost')`);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const rows = await database.executor.query<{ name: string }>('SELECT name FROM item');
    await database.close();
    expect(rows).toEqual([{ name: 'before' }]);
  });
});

describe('PostgreSQL server', () => {
  it('explains an unreachable server in one sentence', async () => {
    const error = await captureError(openDatabase({ databaseUrl: 'postgresql://polku@127.0.0.1:1/polku' }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(
      'Cannot connect to PostgreSQL at 127.0.0.1:1/polku: nothing is listening there (is the server running?).',
    );
  });

  it('never shows the password in its messages', async () => {
    const error = await captureError(
      openDatabase({ databaseUrl: 'postgresql://polku:sekret@127.0.0.1:1/polku' }),
    );
    expect(error.message).not.toContain('sekret');
  });
});

describe('command line', () => {
  it('stops with one sentence and no stack trace on a malformed DATABASE_URL', () => {
    const result = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/db-migrate.ts'], {
      env: { ...process.env, DATABASE_URL: 'postgres//oops' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((line) => line.trim() && !line.startsWith('npm warn'));
    expect(lines).toEqual(['Configuration error: DATABASE_URL must look like postgresql://user@host:5432/database.']);
  });
});
