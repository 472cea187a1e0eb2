import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { writeAudit } from '@/server/auth/users';
import type { Actor } from '@/server/admin/action';

// Every write of the sync section; the sync itself writes its runs (src/server/sync).

/** The audit entry for a sync started by hand. */
export async function auditSyncStart(prisma: PrismaClient, actor: Actor, sources: readonly string[], runIds: string[]): Promise<void> {
  await writeAudit(prisma, {
    ...actor,
    action: 'sync.start',
    entityType: 'SyncRun',
    entityId: runIds[0] ?? null,
    after: { trigger: 'MANUAL', sources: [...sources], runIds },
  });
}
