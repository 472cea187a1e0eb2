import type { PrismaClient } from '@/generated/prisma/client';
import { createUserWithPassword } from '@/server/auth/users';
import { logIn } from '@/server/auth/login';
import { FakeBrowser } from './fake-request';

export const TEST_PASSWORD = 'correct horse battery staple';

let counter = 0;

/** A user with a password, and a browser logged in as them. */
export async function loggedInAs(
  prisma: PrismaClient,
  role: 'ADMIN' | 'COORDINATOR',
): Promise<{ browser: FakeBrowser; userId: string; email: string }> {
  counter += 1;
  const email = `${role.toLowerCase()}-${counter}-${Date.now()}@example.test`;
  const user = await createUserWithPassword(prisma, { email, name: `Test ${role}`, role, password: TEST_PASSWORD });
  const browser = new FakeBrowser(`198.51.100.${counter % 250}`);
  const result = await browser.run(() => logIn({ email, password: TEST_PASSWORD }));
  if (!result.ok) throw new Error(`Login failed for the test user: ${result.error}`);
  return { browser, userId: user.id, email };
}
