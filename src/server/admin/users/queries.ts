import 'server-only';
import { getPrisma } from '@/server/db';
import type { Role } from '@/server/auth/session';

export interface UserListItem {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  isDemo: boolean;
  lastLoginAt: Date | null;
  hasPassword: boolean;
}

/** Callers are admin pages, which have checked the role already. */
export async function listUsers(): Promise<UserListItem[]> {
  const prisma = await getPrisma();
  const users = await prisma.user.findMany({
    orderBy: [{ disabled: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabled: true,
      isDemo: true,
      lastLoginAt: true,
      accounts: { where: { providerId: 'credential' }, select: { id: true } },
    },
  });
  return users.map(({ accounts, ...user }) => ({ ...user, hasPassword: accounts.length > 0 }));
}
