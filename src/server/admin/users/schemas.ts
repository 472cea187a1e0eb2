import { z } from 'zod';
import { emailSchema, passwordProblem } from '@/server/auth/users';
import type { ActionResult, FieldErrors } from '@/lib/admin/action-result';

export const roleSchema = z.enum(['ADMIN', 'COORDINATOR'], { message: 'role' });
const userIdSchema = z.uuid({ message: 'user' });

/** Messages are keys under Admin.users.errors, translated by the form. */
const passwordSchema = z.string({ message: 'passwordTooShort' }).superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem === 'tooShort') ctx.addIssue({ code: 'custom', message: 'passwordTooShort' });
  else if (problem === 'tooLong') ctx.addIssue({ code: 'custom', message: 'passwordTooLong' });
  else if (problem === 'tooWeak') ctx.addIssue({ code: 'custom', message: 'passwordTooWeak' });
});

export const createUserSchema = z
  .object({
    name: z.string({ message: 'name' }).trim().min(1, { message: 'name' }).max(200, { message: 'name' }),
    email: z.string({ message: 'email' }).pipe(emailSchema),
    role: roleSchema,
    password: passwordSchema,
  })
  .superRefine((value, ctx) => {
    if (passwordProblem(value.password, value.email) === 'tooWeak') {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'passwordTooWeak' });
    }
  });

export const changeRoleSchema = z.object({ userId: userIdSchema, role: roleSchema });
export const setDisabledSchema = z.object({
  userId: userIdSchema,
  disabled: z.enum(['true', 'false'], { message: 'user' }).transform((value) => value === 'true'),
});
export const resetPasswordSchema = z.object({ userId: userIdSchema, password: passwordSchema });

export type UserFormField = 'name' | 'email' | 'role' | 'password' | 'user';
export type UserFormErrorKey =
  | 'name'
  | 'email'
  | 'role'
  | 'user'
  | 'passwordTooShort'
  | 'passwordTooLong'
  | 'passwordTooWeak'
  | 'duplicateEmail';

export type UserActionResult = ActionResult<
  { ok: true; done: 'created' | 'roleChanged' | 'disabled' | 'enabled' | 'passwordReset' },
  { ok: false; code: 'INVALID' | 'NOT_FOUND' | 'OWN_ACCOUNT'; fieldErrors?: FieldErrors<UserFormField, UserFormErrorKey> }
>;

/** The form field an issue's path belongs to: the user chosen is one field, "user". */
export const userFieldOf = (path: PropertyKey | undefined): UserFormField =>
  (path === 'userId' || path === 'disabled' ? 'user' : path) as UserFormField;
