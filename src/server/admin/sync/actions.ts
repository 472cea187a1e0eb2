'use server';

import { getPrisma } from '@/server/db';
import { authorizeAction } from '@/server/auth/session';
import { requestContext } from '@/server/auth/request-context';
import { writeAudit } from '@/server/auth/users';
import { ALL_SOURCES, startSync } from '@/server/sync/run-sync';
import { sourceAvailability } from './queries';
import { startSyncSchema, type StartSyncResult } from './schemas';

// Admin action module (see README, "Admin guards"): every export checks the role first.

/**
 * "Sync now": starts a MANUAL sync in the background of this instance and returns at once;
 * the run page follows its progress. "All" means every configured source.
 */
export async function startSyncAction(_previous: StartSyncResult | null, formData: FormData): Promise<StartSyncResult> {
  const caller = await authorizeAction(['ADMIN', 'COORDINATOR']);
  if (!caller.ok) return caller;
  const parsed = startSyncSchema.safeParse({ source: formData.get('source') ?? undefined });
  if (!parsed.success) return { ok: false, code: 'INVALID', fieldErrors: { source: 'source' } };

  const availability = sourceAvailability();
  if (!availability.valid) return { ok: false, code: 'CONFIG_ERROR' };
  const chosen = parsed.data.source;
  const sources = chosen === 'ALL' ? ALL_SOURCES.filter((kind) => availability.configured[kind]) : [chosen];
  if (sources.length === 0 || !sources.every((kind) => availability.configured[kind])) {
    return { ok: false, code: 'NOT_CONFIGURED' };
  }

  let started;
  try {
    started = await startSync({ sources, trigger: 'MANUAL', triggeredById: caller.user.id });
  } catch (error) {
    console.error('[sync] a manual sync could not start:', error);
    return { ok: false, code: 'START_FAILED' };
  }
  if (started.status === 'already-running') return { ok: false, code: 'ALREADY_RUNNING', runId: started.runIds[0] ?? null };
  started.done.catch((error: unknown) => console.error('[sync] background run failed:', error));

  const prisma = await getPrisma();
  await writeAudit(prisma, {
    actorId: caller.user.id,
    actorLabel: caller.user.email,
    action: 'sync.start',
    entityType: 'SyncRun',
    entityId: started.runIds[0] ?? null,
    after: { trigger: 'MANUAL', sources, runIds: started.runIds },
  });
  await requestContext().refresh();
  return { ok: true, done: 'started', runIds: started.runIds };
}
