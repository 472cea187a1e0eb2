import 'server-only';
import { PrismaClient } from '@/generated/prisma/client';
import type { Database } from '@/server/db/connection';
import { createUserWithPassword } from './users';

/** Listed in the README; they exist only in demo mode. */
export const DEMO_USERS = [
  { email: 'admin@polku-demo.example', name: 'Demo Admin', role: 'ADMIN', password: 'Polku-demo-2026!' },
  { email: 'koordinaattori@polku-demo.example', name: 'Demo Koordinaattori', role: 'COORDINATOR', password: 'Polku-demo-2026!' },
] as const;

/** Creates the demo users that are missing; the caller has checked that demo mode is on. */
export async function seedDemoUsers(prisma: PrismaClient): Promise<number> {
  let created = 0;
  for (const demo of DEMO_USERS) {
    if (await prisma.user.findUnique({ where: { email: demo.email }, select: { id: true } })) continue;
    await createUserWithPassword(prisma, { ...demo, isDemo: true });
    created += 1;
  }
  return created;
}

/** For the seed script, which works on an opened database rather than the app's client. */
export async function seedDemoUsersInto(database: Database): Promise<number> {
  const prisma = new PrismaClient({ adapter: database.adapter });
  try {
    return await seedDemoUsers(prisma);
  } finally {
    await prisma.$disconnect();
  }
}
