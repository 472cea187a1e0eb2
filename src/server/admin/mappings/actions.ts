'use server';

import { getPrisma } from '@/server/db';
import { defineAction, type Parsed } from '@/server/admin/action';
import { createMapping, deleteMapping } from './mutations';
import { deleteMappingSchema, parseMappingInput, type MappingActionResult, type MappingInput } from './schemas';

// Admin action module (see README, "Admin guards"): every export is made by defineAction.

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : undefined;
};

type FormValues = { source?: string; sourceCode?: string; target?: string };

function readMapping(formData: FormData): Parsed<{ input: MappingInput; values: FormValues }, MappingActionResult> {
  const raw = {
    source: text(formData, 'source'),
    sourceCode: text(formData, 'sourceCode'),
    target: text(formData, 'target') || undefined,
    targetKind: text(formData, 'targetKind'),
    targetCode: text(formData, 'targetCode'),
  };
  const values = { source: raw.source?.slice(0, 20), sourceCode: raw.sourceCode?.slice(0, 300), target: raw.target?.slice(0, 200) };
  const parsed = parseMappingInput(raw);
  if (!parsed.success) return { ok: false, result: { ok: false, code: 'INVALID', fieldErrors: parsed.fieldErrors, values } };
  return { ok: true, input: { input: parsed.data, values } };
}

export const createMappingAction = defineAction({
  name: 'mapping.create',
  roles: ['ADMIN', 'COORDINATOR'],
  parse: readMapping,
  async run({ input, values }, { actor }): Promise<MappingActionResult> {
    const outcome = await createMapping(await getPrisma(), actor, input);
    if (outcome === 'targetMissing') return { ok: false, code: 'INVALID', fieldErrors: { target: 'targetMissing' }, values };
    if (outcome === 'duplicate') return { ok: false, code: 'INVALID', fieldErrors: { sourceCode: 'duplicate' }, values };
    return { ok: true, done: 'created' };
  },
});

function readId(formData: FormData): Parsed<string, MappingActionResult> {
  const parsed = deleteMappingSchema.safeParse({ id: text(formData, 'id') });
  return parsed.success ? { ok: true, input: parsed.data.id } : { ok: false, result: { ok: false, code: 'NOT_FOUND' } };
}

export const deleteMappingAction = defineAction({
  name: 'mapping.delete',
  roles: ['ADMIN', 'COORDINATOR'],
  parse: readId,
  async run(id, { actor }): Promise<MappingActionResult> {
    if (!(await deleteMapping(await getPrisma(), actor, id))) return { ok: false, code: 'NOT_FOUND' };
    return { ok: true, done: 'deleted' };
  },
});
