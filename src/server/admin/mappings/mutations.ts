import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { writeAudit } from '@/server/auth/users';
import type { Actor } from '@/server/admin/action';
import { isUniqueViolation } from '@/server/admin/organizations/mutations';
import { targetExists } from './queries';
import type { MappingInput } from './schemas';

// Every write of the mappings section. The sync reads the mappings at the start of each run,
// so a change applies from the next run.

export async function createMapping(prisma: PrismaClient, actor: Actor, input: MappingInput): Promise<'created' | 'targetMissing' | 'duplicate'> {
  try {
    return await prisma.$transaction(async (tx) => {
      if (!(await targetExists(tx, input.targetKind, input.targetCode))) return 'targetMissing' as const;
      if (await tx.sourceCodeMapping.findFirst({ where: input, select: { id: true } })) return 'duplicate' as const;
      const mapping = await tx.sourceCodeMapping.create({ data: input });
      await writeAudit(tx, { ...actor, action: 'mapping.create', entityType: 'SourceCodeMapping', entityId: mapping.id, after: { ...input } });
      return 'created' as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return 'duplicate';
    throw error;
  }
}

/** False when there is no such mapping. */
export async function deleteMapping(prisma: PrismaClient, actor: Actor, id: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.sourceCodeMapping.findUnique({
      where: { id },
      select: { source: true, sourceCode: true, targetKind: true, targetCode: true },
    });
    if (!before) return false;
    await tx.sourceCodeMapping.delete({ where: { id } });
    await writeAudit(tx, { ...actor, action: 'mapping.delete', entityType: 'SourceCodeMapping', entityId: id, before });
    return true;
  });
}
