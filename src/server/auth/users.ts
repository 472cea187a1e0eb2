import 'server-only';
import { hashPassword } from 'better-auth/crypto';
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import type { UserRole } from '@/generated/prisma/enums';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './config';

/** The provider id the auth library gives e-mail and password accounts. */
export const CREDENTIAL_PROVIDER = 'credential';

export { emailSchema } from '@/lib/email';

/**
 * At least 12 characters (length is what makes a passphrase strong), and not one repeated
 * character or the e-mail address itself.
 */
export function passwordProblem(password: string, email?: string): 'tooShort' | 'tooLong' | 'tooWeak' | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (password.length > MAX_PASSWORD_LENGTH) return 'tooLong';
  if (new Set(password).size < 4) return 'tooWeak';
  if (email && password.toLowerCase().includes(email.toLowerCase().split('@')[0]!) && email.split('@')[0]!.length >= 4) {
    return 'tooWeak';
  }
  return null;
}

export class DuplicateEmailError extends Error {
  override name = 'DuplicateEmailError';
  constructor(email: string) {
    super(`A user with the e-mail address ${email} already exists.`);
  }
}

export interface NewUser {
  email: string;
  name: string;
  role: UserRole;
  password: string;
  isDemo?: boolean;
}

type Db = PrismaClient | Prisma.TransactionClient;

/** Creates a user with an e-mail and password login; the caller has validated the password. */
export async function createUserWithPassword(prisma: PrismaClient, input: NewUser) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, isDemo: input.isDemo ?? false },
        select: { id: true, email: true, name: true, role: true, disabled: true },
      });
      await tx.account.create({
        data: { userId: user.id, providerId: CREDENTIAL_PROVIDER, accountId: user.id, password: passwordHash },
      });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new DuplicateEmailError(input.email);
    }
    throw error;
  }
}

/** Sets a new password and ends the user's sessions, so a leaked session dies with the old password. */
export async function setUserPassword(db: Db, userId: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  const existing = await db.account.findFirst({ where: { userId, providerId: CREDENTIAL_PROVIDER }, select: { id: true } });
  if (existing) {
    await db.account.update({ where: { id: existing.id }, data: { password: passwordHash } });
  } else {
    await db.account.create({ data: { userId, providerId: CREDENTIAL_PROVIDER, accountId: userId, password: passwordHash } });
  }
  await db.session.deleteMany({ where: { userId } });
}

export interface AuditEntry {
  actorId: string | null;
  /** The actor's e-mail at the time, or "cli". */
  actorLabel: string;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

export async function writeAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId,
      actorLabel: entry.actorLabel.slice(0, 320),
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: entry.before,
      after: entry.after,
    },
  });
}
