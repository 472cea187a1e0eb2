import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { createUserWithPassword, DuplicateEmailError, setUserPassword, writeAudit } from '@/server/auth/users';
import type { Actor } from '@/server/admin/action';
import type { Role } from '@/server/auth/session';

// Every write of the users section; the actions only check, parse and answer.

const auditedFields = { email: true, name: true, role: true, disabled: true } as const;

export async function createUser(
  prisma: PrismaClient,
  actor: Actor,
  input: { name: string; email: string; role: Role; password: string },
): Promise<'created' | 'duplicateEmail'> {
  try {
    const user = await createUserWithPassword(prisma, input);
    await writeAudit(prisma, {
      ...actor,
      action: 'user.create',
      entityType: 'User',
      entityId: user.id,
      after: { email: user.email, name: user.name, role: user.role, disabled: user.disabled },
    });
    return 'created';
  } catch (error) {
    if (error instanceof DuplicateEmailError) return 'duplicateEmail';
    throw error;
  }
}

/** False when there is no such user. */
export async function changeRole(prisma: PrismaClient, actor: Actor, userId: string, role: Role): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: auditedFields });
    if (!before) return false;
    const after = await tx.user.update({ where: { id: userId }, data: { role }, select: auditedFields });
    await writeAudit(tx, { ...actor, action: 'user.change_role', entityType: 'User', entityId: userId, before, after });
    return true;
  });
}

/** False when there is no such user. A disabled user is logged out everywhere at once. */
export async function setUserDisabled(prisma: PrismaClient, actor: Actor, userId: string, disabled: boolean): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: auditedFields });
    if (!before) return false;
    const after = await tx.user.update({ where: { id: userId }, data: { disabled }, select: auditedFields });
    if (disabled) await tx.session.deleteMany({ where: { userId } });
    await writeAudit(tx, {
      ...actor,
      action: disabled ? 'user.disable' : 'user.enable',
      entityType: 'User',
      entityId: userId,
      before,
      after,
    });
    return true;
  });
}

/** False when there is no such user. */
export async function resetPassword(prisma: PrismaClient, actor: Actor, userId: string, password: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) return false;
    await setUserPassword(tx, user.id, password);
    // The hash is never logged; only that it changed.
    await writeAudit(tx, {
      ...actor,
      action: 'user.reset_password',
      entityType: 'User',
      entityId: user.id,
      after: { passwordChanged: true, sessionsEnded: true },
    });
    return true;
  });
}
