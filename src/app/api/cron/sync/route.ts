import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ConfigError } from '@/server/env';
import { getSyncConfig } from '@/server/sync/config';
import { ALL_SOURCES, runSync, startSync } from '@/server/sync/run-sync';

/**
 * Scheduled sync. `GET /api/cron/sync` with `Authorization: Bearer <CRON_SECRET>`.
 *
 * - Default: starts the sync in the background of this instance and answers 202 with the
 *   run ids (follow them in SyncRun). Right for a long-lived server (`next start`, a container).
 * - `?wait=1`: runs to the end and answers 200 with the summaries; use it where the platform
 *   may freeze the instance after the response (serverless), within its time limit.
 * - `?source=lahella|ptv|all` (default all), `?full=1` for a full PTV pull.
 * - 409 with the running sync's ids when one is already running anywhere.
 */

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const querySchema = z.object({
  source: z.enum(['lahella', 'ptv', 'all']).default('all'),
  full: z.enum(['1', 'true', '0', 'false']).optional(),
  wait: z.enum(['1', 'true', '0', 'false']).optional(),
});

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Constant-time comparison on equal-length digests, so neither content nor length leaks. */
function authorized(header: string | null, secret: string): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  return timingSafeEqual(digest(match?.[1] ?? ''), digest(secret)) && match !== null;
}

export async function GET(request: Request): Promise<Response> {
  let cronSecret: string | undefined;
  try {
    cronSecret = getSyncConfig().cronSecret;
  } catch (error) {
    if (error instanceof ConfigError) return Response.json({ error: error.message }, { status: 500 });
    throw error;
  }
  if (!cronSecret) {
    return Response.json({ error: 'not configured', message: 'Set CRON_SECRET to enable the scheduled sync.' }, { status: 503 });
  }
  if (!authorized(request.headers.get('authorization'), cronSecret)) {
    return Response.json({ error: 'unauthorized' }, { status: 401, headers: { 'www-authenticate': 'Bearer' } });
  }

  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return Response.json({ error: 'bad request', issues: query.error.issues }, { status: 400 });
  const sources = query.data.source === 'all' ? ALL_SOURCES : ([query.data.source.toUpperCase()] as ('LAHELLA' | 'PTV')[]);
  const yes = (v?: string) => v === '1' || v === 'true';
  const options = { sources, trigger: 'CRON' as const, full: yes(query.data.full) };

  try {
    if (yes(query.data.wait)) {
      const result = await runSync(options);
      if (result.status === 'already-running') {
        return Response.json({ status: 'already-running', runIds: result.runIds }, { status: 409 });
      }
      return Response.json({ status: 'finished', runs: result.summaries }, { status: 200 });
    }
    const started = await startSync(options);
    if (started.status === 'already-running') {
      return Response.json({ status: 'already-running', runIds: started.runIds }, { status: 409 });
    }
    started.done.catch((error: unknown) => console.error('[sync] background run failed:', error));
    return Response.json({ status: 'started', runIds: started.runIds }, { status: 202 });
  } catch (error) {
    if (error instanceof ConfigError) return Response.json({ error: error.message }, { status: 500 });
    console.error('[sync] could not start:', error);
    return Response.json({ error: 'the sync could not start' }, { status: 500 });
  }
}
