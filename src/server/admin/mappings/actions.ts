'use server';

import { getPrisma } from '@/server/db';
import { authorizeAction, type CurrentUser } from '@/server/auth/session';
import { requestContext } from '@/server/auth/request-context';
import { writeAudit } from '@/server/auth/users';
import { isUniqueViolation } from '@/server/admin/organizations/mutations';
import { targetExists } from './queries';
import { deleteMappingSchema, parseMappingInput, type MappingActionResult } from './schemas';

// Admin action module (see README, "Admin guards"): every export checks the role first.
// The sync reads the mappings at the start of each run, so a change applies from the next run.

const ROLES = ['ADMIN', 'COORDINATOR'] as const;

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : undefined;
};

const actor = (user: CurrentUser) => ({ actorId: user.id, actorLabel: user.email });

export async function createMappingAction(_previous: MappingActionResult | null, formData: FormData): Promise<MappingActionResult> {
  const caller = await authorizeAction(ROLES);
  if (!caller.ok) return caller;
  const raw = {
    source: text(formData, 'source'),
    sourceCode: text(formData, 'sourceCode'),
    target: text(formData, 'target') || undefined,
    targetKind: text(formData, 'targetKind'),
    targetCode: text(formData, 'targetCode'),
  };
  const values = { source: raw.source?.slice(0, 20), sourceCode: raw.sourceCode?.slice(0, 300), target: raw.target?.slice(0, 200) };
  const parsed = parseMappingInput(raw);
  if (!parsed.success) return { ok: false, code: 'INVALID', fieldErrors: parsed.fieldErrors, values };
  const input = parsed.data;
  const prisma = await getPrisma();
  try {
    const result = await prisma.$transaction(async (tx) => {
      if (!(await targetExists(tx, input.targetKind, input.targetCode))) return 'targetMissing' as const;
      if (await tx.sourceCodeMapping.findFirst({ where: input, select: { id: true } })) return 'duplicate' as const;
      const mapping = await tx.sourceCodeMapping.create({ data: input });
      await writeAudit(tx, {
        ...actor(caller.user),
        action: 'mapping.create',
        entityType: 'SourceCodeMapping',
        entityId: mapping.id,
        after: { ...input },
      });
      return 'created' as const;
    });
    if (result === 'targetMissing') return { ok: false, code: 'INVALID', fieldErrors: { target: 'targetMissing' }, values };
    if (result === 'duplicate') return { ok: false, code: 'INVALID', fieldErrors: { sourceCode: 'duplicate' }, values };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, code: 'INVALID', fieldErrors: { sourceCode: 'duplicate' }, values };
    throw error;
  }
  await requestContext().refresh();
  return { ok: true, done: 'created' };
}

export async function deleteMappingAction(_previous: MappingActionResult | null, formData: FormData): Promise<MappingActionResult> {
  const caller = await authorizeAction(ROLES);
  if (!caller.ok) return caller;
  const parsed = deleteMappingSchema.safeParse({ id: text(formData, 'id') });
  if (!parsed.success) return { ok: false, code: 'NOT_FOUND' };
  const prisma = await getPrisma();
  const done = await prisma.$transaction(async (tx) => {
    const before = await tx.sourceCodeMapping.findUnique({
      where: { id: parsed.data.id },
      select: { source: true, sourceCode: true, targetKind: true, targetCode: true },
    });
    if (!before) return false;
    await tx.sourceCodeMapping.delete({ where: { id: parsed.data.id } });
    await writeAudit(tx, {
      ...actor(caller.user),
      action: 'mapping.delete',
      entityType: 'SourceCodeMapping',
      entityId: parsed.data.id,
      before,
    });
    return true;
  });
  if (!done) return { ok: false, code: 'NOT_FOUND' };
  await requestContext().refresh();
  return { ok: true, done: 'deleted' };
}
