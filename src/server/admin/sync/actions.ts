'use server';

import { getPrisma } from '@/server/db';
import { defineAction, withSchema } from '@/server/admin/action';
import { ALL_SOURCES, startSync } from '@/server/sync/run-sync';
import { auditSyncStart } from './mutations';
import { sourceAvailability } from './queries';
import { startSyncSchema, type StartSyncResult } from './schemas';

// Admin action module (see README, "Admin guards"): every export is made by defineAction.

const readSource = withSchema(
  startSyncSchema,
  (formData) => ({ source: formData.get('source') ?? undefined }),
  (): StartSyncResult => ({ ok: false, code: 'INVALID', fieldErrors: { source: 'source' } }),
);

/**
 * "Sync now": starts a MANUAL sync in the background of this instance and returns at once;
 * the run page follows its progress. "All" means every configured source.
 */
export const startSyncAction = defineAction({
  name: 'sync.start',
  roles: ['ADMIN', 'COORDINATOR'],
  parse: readSource,
  async run({ source: chosen }, { user, actor }): Promise<StartSyncResult> {
    const availability = sourceAvailability();
    if (!availability.valid) return { ok: false, code: 'CONFIG_ERROR' };
    const sources = chosen === 'ALL' ? ALL_SOURCES.filter((kind) => availability.configured[kind]) : [chosen];
    if (sources.length === 0 || !sources.every((kind) => availability.configured[kind])) {
      return { ok: false, code: 'NOT_CONFIGURED' };
    }

    let started;
    try {
      started = await startSync({ sources, trigger: 'MANUAL', triggeredById: user.id });
    } catch (error) {
      console.error('[sync] a manual sync could not start:', error);
      return { ok: false, code: 'START_FAILED' };
    }
    if (started.status === 'already-running') return { ok: false, code: 'ALREADY_RUNNING', runId: started.runIds[0] ?? null };
    started.done.catch((error: unknown) => console.error('[sync] background run failed:', error));

    await auditSyncStart(await getPrisma(), actor, sources, started.runIds);
    return { ok: true, done: 'started', runIds: started.runIds };
  },
});
