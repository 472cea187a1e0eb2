import type { z } from 'zod';

/**
 * The result every admin server action answers with (see `defineAction` in
 * src/server/admin/action.ts). Pure, so client forms can import them.
 *
 * - `ok: true` carries what was done (`done`) and whatever the form needs next;
 * - `ok: false` carries a `code` the form translates under `Admin.<section>.errors`, and for
 *   `INVALID` one message key per field (`fieldErrors`).
 * Every action may also answer the pipeline's own failures: not logged in, wrong role, or an
 * unexpected error (logged on the server, shown as a translated "try again" message).
 */
export type PipelineCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'ERROR';
export type PipelineFailure = { ok: false; code: PipelineCode };

export type ActionResult<Success extends { ok: true }, Failure extends { ok: false; code: string }> =
  | Success
  | Failure
  // Shaped like the action's own failures (their extra fields absent), so forms read one shape.
  | ({ ok: false; code: PipelineCode } & { [K in Exclude<keyof Failure, 'ok' | 'code'>]?: undefined });

/** One translated-message key per form field. */
export type FieldErrors<Field extends string, Key extends string> = Partial<Record<Field, Key>>;

/**
 * zod issues → one translated-message key per field: the first issue of each field wins, and
 * the issue's message is the key. `fieldOf` names the form field an issue's path belongs to.
 */
export function fieldErrorsOf<Field extends string, Key extends string>(
  error: z.ZodError,
  fieldOf: (path: PropertyKey | undefined) => Field = (path) => path as Field,
): FieldErrors<Field, Key> {
  const result: FieldErrors<Field, Key> = {};
  for (const issue of error.issues) result[fieldOf(issue.path[0])] ??= issue.message as Key;
  return result;
}
