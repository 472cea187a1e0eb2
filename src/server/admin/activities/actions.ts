'use server';

import { getPrisma } from '@/server/db';
import { defineAction, type Parsed } from '@/server/admin/action';
import { createActivity, markVerified, updateActivity } from './mutations';
import { activityEditInclude, formValuesOf, withoutUnchanged } from './state';
import {
  activityIdSchema,
  readFormValues,
  validateFormValues,
  versionSchema,
  type ActivityActionResult,
  type ActivityFormValues,
} from './schemas';

// Admin action module (see README, "Admin guards"): every export is made by defineAction.

const EDITORS = ['ADMIN', 'COORDINATOR'] as const;

type UpdateInput = { id: string; version: number; baseline: string; values: ActivityFormValues };

function readUpdate(formData: FormData): Parsed<UpdateInput, ActivityActionResult> {
  const values = readFormValues(formData);
  const id = activityIdSchema.safeParse(formData.get('id'));
  if (!id.success) return { ok: false, result: { ok: false, code: 'NOT_FOUND' } };
  const version = versionSchema.safeParse(formData.get('version'));
  if (!version.success) return { ok: false, result: { ok: false, code: 'INVALID', fieldErrors: { form: 'version' }, values } };
  const posted = formData.get('baseline');
  const baseline = typeof posted === 'string' ? posted.slice(0, 200_000) : '{}';
  return { ok: true, input: { id: id.data, version: version.data, baseline, values } };
}

/** Saves the edit form of an existing activity (synced or manual), with a version check. */
export const updateActivityAction = defineAction({
  name: 'activity.update',
  roles: EDITORS,
  parse: readUpdate,
  async run({ id, version, baseline, values }, { actor }): Promise<ActivityActionResult> {
    const prisma = await getPrisma();
    const saved = await prisma.activity.findUnique({ where: { id }, include: activityEditInclude });
    if (!saved) return { ok: false, code: 'NOT_FOUND' };
    // Bad input keeps the version the form was opened with, so the next save is checked against it.
    // A value kept as it is saved (e.g. a source's phone number in its own format) is never refused.
    const fieldErrors = withoutUnchanged(validateFormValues(values, saved.source === 'MANUAL' ? 'manual' : 'synced'), values, formValuesOf(saved));
    if (Object.keys(fieldErrors).length > 0) return { ok: false, code: 'INVALID', fieldErrors, values, version, baseline };
    const result = await updateActivity(prisma, actor, { id, version, baseline, values });
    if (!result.ok && result.code === 'INVALID') return { ...result, version, baseline };
    return result;
  },
  refresh: (result) => result.ok && result.done === 'updated',
});

function readCreate(formData: FormData): Parsed<ActivityFormValues, ActivityActionResult> {
  const values = readFormValues(formData);
  const fieldErrors = validateFormValues(values, 'create');
  if (Object.keys(fieldErrors).length > 0) return { ok: false, result: { ok: false, code: 'INVALID', fieldErrors, values } };
  return { ok: true, input: values };
}

/** Creates a manual listing (Pohde's own services, parishes, others not in a source). */
export const createActivityAction = defineAction({
  name: 'activity.create',
  roles: EDITORS,
  parse: readCreate,
  run: async (values, { actor }) => createActivity(await getPrisma(), actor, values),
});

function readId(formData: FormData): Parsed<string, ActivityActionResult> {
  const id = activityIdSchema.safeParse(formData.get('id'));
  return id.success ? { ok: true, input: id.data } : { ok: false, result: { ok: false, code: 'NOT_FOUND' } };
}

/** Records that a person checked the listing is still right, and who. */
export const markVerifiedAction = defineAction({
  name: 'activity.verify',
  roles: EDITORS,
  parse: readId,
  run: async (id, { actor }) => markVerified(await getPrisma(), actor, id),
});
