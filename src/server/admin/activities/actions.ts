'use server';

import { getPrisma } from '@/server/db';
import { authorizeAction, type CurrentUser } from '@/server/auth/session';
import { requestContext } from '@/server/auth/request-context';
import { createActivity, markVerified, updateActivity } from './mutations';
import { activityEditInclude, formValuesOf, withoutUnchanged } from './state';
import {
  activityIdSchema,
  readFormValues,
  validateFormValues,
  versionSchema,
  type ActivityActionResult,
} from './schemas';

// Admin action module (see README, "Admin guards"): every export checks the role first.

const EDITORS = ['ADMIN', 'COORDINATOR'] as const;
const actor = (user: CurrentUser) => ({ actorId: user.id, actorLabel: user.email });

/** Saves the edit form of an existing activity (synced or manual), with a version check. */
export async function updateActivityAction(_previous: ActivityActionResult | null, formData: FormData): Promise<ActivityActionResult> {
  const caller = await authorizeAction(EDITORS);
  if (!caller.ok) return caller;
  const values = readFormValues(formData);
  const id = activityIdSchema.safeParse(formData.get('id'));
  if (!id.success) return { ok: false, code: 'NOT_FOUND' };
  const version = versionSchema.safeParse(formData.get('version'));
  if (!version.success) return { ok: false, code: 'INVALID', fieldErrors: { form: 'version' }, values };
  const prisma = await getPrisma();
  const saved = await prisma.activity.findUnique({ where: { id: id.data }, include: activityEditInclude });
  if (!saved) return { ok: false, code: 'NOT_FOUND' };
  const posted = formData.get('baseline');
  const baseline = typeof posted === 'string' ? posted.slice(0, 200_000) : '{}';
  // Bad input keeps the version the form was opened with, so the next save is checked against it.
  // A value kept as it is saved (e.g. a source's phone number in its own format) is never refused.
  const fieldErrors = withoutUnchanged(validateFormValues(values, saved.source === 'MANUAL' ? 'manual' : 'synced'), values, formValuesOf(saved));
  if (Object.keys(fieldErrors).length > 0) return { ok: false, code: 'INVALID', fieldErrors, values, version: version.data, baseline };
  const result = await updateActivity(prisma, actor(caller.user), { id: id.data, version: version.data, baseline, values });
  if (result.ok && result.done === 'updated') await requestContext().refresh();
  if (!result.ok && result.code === 'INVALID') return { ...result, version: version.data, baseline };
  return result;
}

/** Creates a manual listing (Pohde's own services, parishes, others not in a source). */
export async function createActivityAction(_previous: ActivityActionResult | null, formData: FormData): Promise<ActivityActionResult> {
  const caller = await authorizeAction(EDITORS);
  if (!caller.ok) return caller;
  const values = readFormValues(formData);
  const fieldErrors = validateFormValues(values, 'create');
  if (Object.keys(fieldErrors).length > 0) return { ok: false, code: 'INVALID', fieldErrors, values };
  const result = await createActivity(await getPrisma(), actor(caller.user), values);
  if (result.ok) await requestContext().refresh();
  return result;
}

/** Records that a person checked the listing is still right, and who. */
export async function markVerifiedAction(_previous: ActivityActionResult | null, formData: FormData): Promise<ActivityActionResult> {
  const caller = await authorizeAction(EDITORS);
  if (!caller.ok) return caller;
  const id = activityIdSchema.safeParse(formData.get('id'));
  if (!id.success) return { ok: false, code: 'NOT_FOUND' };
  const result = await markVerified(await getPrisma(), actor(caller.user), id.data);
  if (result.ok) await requestContext().refresh();
  return result;
}
