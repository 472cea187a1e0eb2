'use server';

import { getPrisma } from '@/server/db';
import { defineAction, formStrings, type Parsed } from '@/server/admin/action';
import { createOrganization, updateOrganization } from './mutations';
import { municipalityExists } from './queries';
import {
  ORGANIZATION_FIELDS,
  organizationIdSchema,
  parseOrganizationInput,
  versionSchema,
  type OrganizationActionResult,
  type OrganizationFormValues,
  type OrganizationInput,
} from './schemas';

// Admin action module (see README, "Admin guards"): every export is made by defineAction.

const formValues = (input: OrganizationInput): OrganizationFormValues =>
  Object.fromEntries(ORGANIZATION_FIELDS.map((name) => [name, input[name] ?? '']));

const unknownMunicipality = (values: OrganizationFormValues): OrganizationActionResult => ({
  ok: false,
  code: 'INVALID',
  fieldErrors: { municipalityCode: 'municipality' },
  values,
});

function readCreate(formData: FormData): Parsed<{ input: OrganizationInput; values: OrganizationFormValues }, OrganizationActionResult> {
  const values = formStrings(formData, ORGANIZATION_FIELDS);
  const parsed = parseOrganizationInput(values);
  if (!parsed.success) return { ok: false, result: { ok: false, code: 'INVALID', fieldErrors: parsed.fieldErrors, values } };
  return { ok: true, input: { input: parsed.data, values } };
}

export const createOrganizationAction = defineAction({
  name: 'organization.create',
  roles: ['ADMIN', 'COORDINATOR'],
  parse: readCreate,
  async run({ input, values }, { actor }): Promise<OrganizationActionResult> {
    if (!(await municipalityExists(input.municipalityCode))) return unknownMunicipality(values);
    const created = await createOrganization(await getPrisma(), actor, input);
    return { ok: true, done: 'created', id: created.id, version: created.version.toISOString() };
  },
});

type UpdateInput = { id: string; version: string; input: OrganizationInput; values: OrganizationFormValues };

function readUpdate(formData: FormData): Parsed<UpdateInput, OrganizationActionResult> {
  const id = organizationIdSchema.safeParse(formData.get('id'));
  if (!id.success) return { ok: false, result: { ok: false, code: 'NOT_FOUND' } };
  const version = versionSchema.safeParse(formData.get('version'));
  const values = formStrings(formData, ORGANIZATION_FIELDS);
  const parsed = parseOrganizationInput(values);
  if (!parsed.success || !version.success) {
    const fieldErrors = { ...(parsed.success ? {} : parsed.fieldErrors), ...(version.success ? {} : { version: 'version' as const }) };
    return { ok: false, result: { ok: false, code: 'INVALID', fieldErrors, values } };
  }
  return { ok: true, input: { id: id.data, version: version.data, input: parsed.data, values } };
}

export const updateOrganizationAction = defineAction({
  name: 'organization.update',
  roles: ['ADMIN', 'COORDINATOR'],
  parse: readUpdate,
  async run({ id, version, input, values }, { actor }): Promise<OrganizationActionResult> {
    if (!(await municipalityExists(input.municipalityCode))) return unknownMunicipality(values);
    const outcome = await updateOrganization(await getPrisma(), actor, id, version, input);
    if (outcome.code === 'UPDATED' || outcome.code === 'UNCHANGED') {
      return {
        ok: true,
        done: outcome.code === 'UPDATED' ? 'updated' : 'unchanged',
        id,
        version: outcome.version.toISOString(),
        values: formValues(input),
      };
    }
    return { ok: false, code: outcome.code, values };
  },
  refresh: (result) => result.ok && result.done !== 'unchanged',
});
