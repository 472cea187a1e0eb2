import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { authorizeAction, type CurrentUser, type Role } from '@/server/auth/session';
import { requestContext } from '@/server/auth/request-context';
import { fieldErrorsOf, type FieldErrors } from '@/lib/admin/action-result';

// The admin action pipeline (see README, "Admin guards"). Every admin server action is made by
// `defineAction`, which in this order: checks the caller's role, parses the form (zod), runs the
// action's step (whose writes live in the section's mutations.ts), re-renders the page after a
// change, and turns an unexpected error into a logged `ERROR` result the form translates, so a
// user never sees a crash page and never loses what they typed to one.

export interface Actor {
  actorId: string;
  actorLabel: string;
}

/** Who the audit log names for a change made by this user. */
export const actorOf = (user: CurrentUser): Actor => ({ actorId: user.id, actorLabel: user.email });

/** A parse step's answer: the input for the action, or the result to answer with at once. */
export type Parsed<Input, Result> = { ok: true; input: Input } | { ok: false; result: Result };

export interface ActionContext {
  user: CurrentUser;
  actor: Actor;
  formData: FormData;
}

export interface ActionDefinition<Input, Result extends { ok: boolean }> {
  /** Names the action in the server log. */
  name: string;
  roles: Role | readonly Role[];
  /** Reads and validates the form; a failure answers without running the action. */
  parse: (formData: FormData) => Parsed<Input, Result>;
  run: (input: Input, context: ActionContext) => Promise<Result>;
  /** Whether the page is re-rendered after this result; by default after every success. */
  refresh?: (result: Result) => boolean;
}

export type AdminAction<Result> = (previous: Result | null, formData: FormData) => Promise<Result>;

/** Makes an admin server action (export it from a 'use server' module). */
export function defineAction<Input, Result extends { ok: boolean }>(
  // Declare Result with ActionResult (src/lib/admin/action-result.ts): it then admits the
  // pipeline's own failures, which this function answers with.
  definition: ActionDefinition<Input, Result>,
): AdminAction<Result> {
  const refresh = definition.refresh ?? ((result: Result) => result.ok);
  return async (_previous, formData) => {
    try {
      const caller = await authorizeAction(definition.roles);
      if (!caller.ok) return { ok: false, code: caller.code } as unknown as Result;
      const parsed = definition.parse(formData);
      if (!parsed.ok) return parsed.result;
      const result = await definition.run(parsed.input, { user: caller.user, actor: actorOf(caller.user), formData });
      if (refresh(result)) await requestContext().refresh();
      return result;
    } catch (error) {
      // Next's own control flow (redirect, notFound, dynamic rendering) passes through.
      unstable_rethrow(error);
      console.error(`[admin] action ${definition.name} failed:`, error);
      return { ok: false, code: 'ERROR' } as unknown as Result;
    }
  };
}

/** Parses with a zod schema; invalid input answers with `invalid(fieldErrors)`. */
export function withSchema<Schema extends z.ZodType, Field extends string, Key extends string, Result>(
  schema: Schema,
  read: (formData: FormData) => unknown,
  invalid: (fieldErrors: FieldErrors<Field, Key>, error: z.ZodError) => Result,
  fieldOf: (path: PropertyKey | undefined) => Field = (path) => path as Field,
): (formData: FormData) => Parsed<z.output<Schema>, Result> {
  return (formData) => {
    const parsed = schema.safeParse(read(formData));
    if (parsed.success) return { ok: true, input: parsed.data };
    return { ok: false, result: invalid(fieldErrorsOf<Field, Key>(parsed.error, fieldOf), parsed.error) };
  };
}

/** The posted string fields named, as the form sent them (other values are left out). */
export function formStrings<Name extends string>(formData: FormData, names: readonly Name[], maxLength = 10_000): Partial<Record<Name, string>> {
  const result: Partial<Record<Name, string>> = {};
  for (const name of names) {
    const value = formData.get(name);
    if (typeof value === 'string') result[name] = value.slice(0, maxLength);
  }
  return result;
}
