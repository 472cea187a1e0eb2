'use server';

import { getPrisma } from '@/server/db';
import { authorizeAction, type CurrentUser } from '@/server/auth/session';
import { requestContext } from '@/server/auth/request-context';
import { createUserWithPassword, DuplicateEmailError, setUserPassword, writeAudit } from '@/server/auth/users';
import {
  changeRoleSchema,
  createUserSchema,
  fieldErrorsOf,
  resetPasswordSchema,
  setDisabledSchema,
  type UserActionResult,
} from './schemas';

// Admin action module (see README, "Admin guards"): every export checks the role first.

const auditedFields = { email: true, name: true, role: true, disabled: true } as const;

const fields = (formData: FormData, names: readonly string[]) =>
  Object.fromEntries(names.map((name) => [name, formData.get(name) ?? undefined]));

const actor = (user: CurrentUser) => ({ actorId: user.id, actorLabel: user.email });

export async function createUserAction(_previous: UserActionResult | null, formData: FormData): Promise<UserActionResult> {
  const caller = await authorizeAction('ADMIN');
  if (!caller.ok) return caller;
  const parsed = createUserSchema.safeParse(fields(formData, ['name', 'email', 'role', 'password']));
  if (!parsed.success) return { ok: false, code: 'INVALID', fieldErrors: fieldErrorsOf(parsed.error) };
  const prisma = await getPrisma();
  try {
    const user = await createUserWithPassword(prisma, parsed.data);
    await writeAudit(prisma, {
      ...actor(caller.user),
      action: 'user.create',
      entityType: 'User',
      entityId: user.id,
      after: { email: user.email, name: user.name, role: user.role, disabled: user.disabled },
    });
  } catch (error) {
    if (error instanceof DuplicateEmailError) {
      return { ok: false, code: 'INVALID', fieldErrors: { email: 'duplicateEmail' } };
    }
    throw error;
  }
  await requestContext().refresh();
  return { ok: true, done: 'created' };
}

export async function changeRoleAction(_previous: UserActionResult | null, formData: FormData): Promise<UserActionResult> {
  const caller = await authorizeAction('ADMIN');
  if (!caller.ok) return caller;
  const parsed = changeRoleSchema.safeParse(fields(formData, ['userId', 'role']));
  if (!parsed.success) return { ok: false, code: 'INVALID', fieldErrors: fieldErrorsOf(parsed.error) };
  // An admin cannot demote themselves, so there is always an admin left who can fix things.
  if (parsed.data.userId === caller.user.id) return { ok: false, code: 'OWN_ACCOUNT' };
  const prisma = await getPrisma();
  const done = await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: parsed.data.userId }, select: auditedFields });
    if (!before) return false;
    const after = await tx.user.update({ where: { id: parsed.data.userId }, data: { role: parsed.data.role }, select: auditedFields });
    await writeAudit(tx, { ...actor(caller.user), action: 'user.change_role', entityType: 'User', entityId: parsed.data.userId, before, after });
    return true;
  });
  if (!done) return { ok: false, code: 'NOT_FOUND' };
  await requestContext().refresh();
  return { ok: true, done: 'roleChanged' };
}

export async function setUserDisabledAction(
  _previous: UserActionResult | null,
  formData: FormData,
): Promise<UserActionResult> {
  const caller = await authorizeAction('ADMIN');
  if (!caller.ok) return caller;
  const parsed = setDisabledSchema.safeParse(fields(formData, ['userId', 'disabled']));
  if (!parsed.success) return { ok: false, code: 'INVALID', fieldErrors: fieldErrorsOf(parsed.error) };
  if (parsed.data.userId === caller.user.id) return { ok: false, code: 'OWN_ACCOUNT' };
  const prisma = await getPrisma();
  const done = await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: parsed.data.userId }, select: auditedFields });
    if (!before) return false;
    const after = await tx.user.update({
      where: { id: parsed.data.userId },
      data: { disabled: parsed.data.disabled },
      select: auditedFields,
    });
    // A disabled user is logged out everywhere at once.
    if (parsed.data.disabled) await tx.session.deleteMany({ where: { userId: parsed.data.userId } });
    await writeAudit(tx, {
      ...actor(caller.user),
      action: parsed.data.disabled ? 'user.disable' : 'user.enable',
      entityType: 'User',
      entityId: parsed.data.userId,
      before,
      after,
    });
    return true;
  });
  if (!done) return { ok: false, code: 'NOT_FOUND' };
  await requestContext().refresh();
  return { ok: true, done: parsed.data.disabled ? 'disabled' : 'enabled' };
}

export async function resetPasswordAction(
  _previous: UserActionResult | null,
  formData: FormData,
): Promise<UserActionResult> {
  const caller = await authorizeAction('ADMIN');
  if (!caller.ok) return caller;
  const parsed = resetPasswordSchema.safeParse(fields(formData, ['userId', 'password']));
  if (!parsed.success) return { ok: false, code: 'INVALID', fieldErrors: fieldErrorsOf(parsed.error) };
  const prisma = await getPrisma();
  const done = await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: parsed.data.userId }, select: { id: true } });
    if (!user) return false;
    await setUserPassword(tx, user.id, parsed.data.password);
    // The hash is never logged; only that it changed.
    await writeAudit(tx, {
      ...actor(caller.user),
      action: 'user.reset_password',
      entityType: 'User',
      entityId: user.id,
      after: { passwordChanged: true, sessionsEnded: true },
    });
    return true;
  });
  if (!done) return { ok: false, code: 'NOT_FOUND' };
  await requestContext().refresh();
  return { ok: true, done: 'passwordReset' };
}
