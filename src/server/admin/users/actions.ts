'use server';

import type { z } from 'zod';
import { getPrisma } from '@/server/db';
import { defineAction, withSchema } from '@/server/admin/action';
import { changeRole, createUser, resetPassword, setUserDisabled } from './mutations';
import {
  changeRoleSchema,
  createUserSchema,
  resetPasswordSchema,
  setDisabledSchema,
  userFieldOf,
  type UserActionResult,
  type UserFormErrorKey,
  type UserFormField,
} from './schemas';

// Admin action module (see README, "Admin guards"): every export is made by defineAction.

const fields = (formData: FormData, names: readonly string[]) =>
  Object.fromEntries(names.map((name) => [name, formData.get(name) ?? undefined]));

const parse = <Schema extends z.ZodType>(schema: Schema, names: readonly string[]) =>
  withSchema<Schema, UserFormField, UserFormErrorKey, UserActionResult>(
    schema,
    (formData) => fields(formData, names),
    (fieldErrors) => ({ ok: false, code: 'INVALID', fieldErrors }),
    userFieldOf,
  );

const readCreate = parse(createUserSchema, ['name', 'email', 'role', 'password']);
const readRole = parse(changeRoleSchema, ['userId', 'role']);
const readDisabled = parse(setDisabledSchema, ['userId', 'disabled']);
const readPassword = parse(resetPasswordSchema, ['userId', 'password']);

export const createUserAction = defineAction({
  name: 'user.create',
  roles: 'ADMIN',
  parse: readCreate,
  async run(input, { actor }): Promise<UserActionResult> {
    const outcome = await createUser(await getPrisma(), actor, input);
    if (outcome === 'duplicateEmail') return { ok: false, code: 'INVALID', fieldErrors: { email: 'duplicateEmail' } };
    return { ok: true, done: 'created' };
  },
});

export const changeRoleAction = defineAction({
  name: 'user.change_role',
  roles: 'ADMIN',
  parse: readRole,
  async run({ userId, role }, { user, actor }): Promise<UserActionResult> {
    // An admin cannot demote themselves, so there is always an admin left who can fix things.
    if (userId === user.id) return { ok: false, code: 'OWN_ACCOUNT' };
    if (!(await changeRole(await getPrisma(), actor, userId, role))) return { ok: false, code: 'NOT_FOUND' };
    return { ok: true, done: 'roleChanged' };
  },
});

export const setUserDisabledAction = defineAction({
  name: 'user.set_disabled',
  roles: 'ADMIN',
  parse: readDisabled,
  async run({ userId, disabled }, { user, actor }): Promise<UserActionResult> {
    if (userId === user.id) return { ok: false, code: 'OWN_ACCOUNT' };
    if (!(await setUserDisabled(await getPrisma(), actor, userId, disabled))) return { ok: false, code: 'NOT_FOUND' };
    return { ok: true, done: disabled ? 'disabled' : 'enabled' };
  },
});

export const resetPasswordAction = defineAction({
  name: 'user.reset_password',
  roles: 'ADMIN',
  parse: readPassword,
  async run({ userId, password }, { actor }): Promise<UserActionResult> {
    if (!(await resetPassword(await getPrisma(), actor, userId, password))) return { ok: false, code: 'NOT_FOUND' };
    return { ok: true, done: 'passwordReset' };
  },
});
