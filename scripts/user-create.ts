// Creates a user who logs in with e-mail and password; the first admin is made this way.
// Usage: npm run user:create -- --email a@b.fi --name "Name" --role admin|coordinator
// The password is asked twice (not echoed) on a terminal, or read from POLKU_USER_PASSWORD.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { PrismaClient } from '@/generated/prisma/client';
import { openDatabase } from '@/server/db/connection';
import { createUserWithPassword, DuplicateEmailError, passwordProblem, writeAudit } from '@/server/auth/users';
import { MIN_PASSWORD_LENGTH } from '@/server/auth/config';
import { ConfigError } from '@/server/env';
import { runCli } from './run-cli';

const USAGE = 'Usage: npm run user:create -- --email a@b.fi --name "Name" --role admin|coordinator';

const argsSchema = z.object({
  email: z
    .string({ message: '--email is required' })
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: '--email is not a valid e-mail address' }).max(254)),
  name: z.string({ message: '--name is required' }).trim().min(1, { message: '--name must not be empty' }).max(200),
  role: z
    .string({ message: '--role is required (admin or coordinator)' })
    .transform((value) => value.toUpperCase())
    .pipe(z.enum(['ADMIN', 'COORDINATOR'], { message: '--role must be admin or coordinator' })),
});

/** Reads a line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stdout.write('\n');
          resolve(value);
          return;
        }
        if (char === '\u0003') {
          stdin.setRawMode(false);
          reject(new ConfigError('Cancelled.'));
          return;
        }
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.POLKU_USER_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) {
    throw new ConfigError('No password: run this on a terminal to be asked for one, or set POLKU_USER_PASSWORD.');
  }
  const first = await askHidden('Password: ');
  const second = await askHidden('Password again: ');
  if (first !== second) throw new ConfigError('The passwords do not match; nothing was created.');
  return first;
}

async function main(): Promise<void> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}\n${USAGE}`);
  }
  const args = argsSchema.safeParse(values);
  if (!args.success) throw new ConfigError(`${args.error.issues[0]!.message}.\n${USAGE}`);

  const password = await readPassword();
  const problem = passwordProblem(password, args.data.email);
  if (problem === 'tooShort') throw new ConfigError(`The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`);
  if (problem === 'tooLong') throw new ConfigError('The password is too long (at most 256 characters).');
  if (problem === 'tooWeak') throw new ConfigError('The password is too easy to guess: avoid repeated characters and the e-mail address.');

  const database = await openDatabase();
  const prisma = new PrismaClient({ adapter: database.adapter });
  try {
    const user = await createUserWithPassword(prisma, { ...args.data, password });
    await writeAudit(prisma, {
      actorId: null,
      actorLabel: 'cli',
      action: 'user.create',
      entityType: 'User',
      entityId: user.id,
      after: { email: user.email, name: user.name, role: user.role, disabled: user.disabled },
    });
    console.log(`Created ${user.role === 'ADMIN' ? 'admin' : 'coordinator'} ${user.email} in ${database.describe}.`);
  } catch (error) {
    if (error instanceof DuplicateEmailError) throw new ConfigError(`${error.message} Nothing was changed.`);
    throw error;
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}

void runCli(main);
