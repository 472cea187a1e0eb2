import { z } from 'zod';
import type { ActionResult } from '@/lib/admin/action-result';

export const SOURCE_CHOICES = ['ALL', 'LAHELLA', 'PTV'] as const;
export type SourceChoice = (typeof SOURCE_CHOICES)[number];

/** Messages are keys under Admin.sync.errors. */
export const startSyncSchema = z.object({
  source: z.enum(SOURCE_CHOICES, { message: 'source' }),
});

export const runIdSchema = z.uuid();

export type StartSyncResult = ActionResult<
  { ok: true; done: 'started'; runIds: string[] },
  { ok: false; code: 'ALREADY_RUNNING' | 'NOT_CONFIGURED' | 'CONFIG_ERROR' | 'START_FAILED' | 'INVALID'; runId?: string | null; fieldErrors?: { source: 'source' } }
>;

/** A page number from a search parameter: 1 for anything that is not a positive whole number. */
export function pageNumber(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^\d{1,6}$/.test(value)) return 1;
  return Math.max(1, Number(value));
}
