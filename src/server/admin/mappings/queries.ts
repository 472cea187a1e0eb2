import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { getPrisma } from '@/server/db';
import { MAPPABLE_FIELDS, MAPPING_SOURCES, type MappingSource, type TargetKind } from './schemas';

type Db = Prisma.TransactionClient;

/** Whether `code` exists in the taxonomy of `kind`. */
export async function targetExists(db: Db, kind: TargetKind, code: string): Promise<boolean> {
  const where = { where: { code } };
  switch (kind) {
    case 'THEME':
      return (await db.theme.count(where)) > 0;
    case 'STAGE':
      return (await db.servicePathStage.count(where)) > 0;
    case 'ACTIVITY_TYPE':
      return (await db.activityType.count(where)) > 0;
    case 'AGE_GROUP':
      return (await db.ageGroup.count(where)) > 0;
    case 'SPECIAL_GROUP':
      return (await db.specialGroup.count(where)) > 0;
    case 'LANGUAGE':
      return (await db.language.count(where)) > 0;
    case 'ACCESSIBILITY':
      return (await db.accessibilityFeature.count(where)) > 0;
  }
}

export interface MappingRow {
  id: string;
  source: MappingSource;
  sourceCode: string;
  targetKind: TargetKind;
  targetCode: string;
}

/** Callers are admin pages, which have checked the role already. */
export async function listMappings(): Promise<Record<MappingSource, MappingRow[]>> {
  const prisma = await getPrisma();
  const rows = await prisma.sourceCodeMapping.findMany({
    where: { source: { in: [...MAPPING_SOURCES] } },
    orderBy: [{ sourceCode: 'asc' }, { targetKind: 'asc' }, { targetCode: 'asc' }],
    select: { id: true, source: true, sourceCode: true, targetKind: true, targetCode: true },
  });
  const bySource: Record<MappingSource, MappingRow[]> = { LAHELLA: [], PTV: [] };
  for (const row of rows) bySource[row.source as MappingSource].push(row as MappingRow);
  return bySource;
}

export interface UnknownCodeRow {
  source: MappingSource;
  field: string;
  code: string;
  /** Items that carried it in the latest run that saw it. */
  count: number;
  examples: string[];
  lastSeenAt: Date;
  runId: string;
  /** The target kind to suggest, when a mapping can fix the code. */
  suggestedKind: TargetKind | null;
}

/** How many of the latest finished runs per source are read for unknown codes. */
const RUNS_PER_SOURCE = 5;
const MAX_UNKNOWN_CODES = 100;

const unknownEntry = (value: unknown): { field: string; code: string; count: number; examples: string[] } | null => {
  const entry = value as { field?: unknown; code?: unknown; count?: unknown; examples?: unknown } | null;
  if (typeof entry?.field !== 'string' || typeof entry.code !== 'string') return null;
  return {
    field: entry.field,
    code: entry.code,
    count: typeof entry.count === 'number' ? entry.count : 1,
    examples: Array.isArray(entry.examples) ? entry.examples.filter((e): e is string => typeof e === 'string').slice(0, 3) : [],
  };
};

/**
 * Codes the latest sync runs met without a mapping, newest first, leaving out those that have
 * a mapping by now (the next run will use it: the sync reads the mappings at the start of each run).
 */
export async function listUnknownCodes(): Promise<UnknownCodeRow[]> {
  const prisma = await getPrisma();
  const runs = (
    await Promise.all(
      MAPPING_SOURCES.map((source) =>
        prisma.syncRun.findMany({
          where: { source, status: { not: 'RUNNING' } },
          orderBy: { startedAt: 'desc' },
          take: RUNS_PER_SOURCE,
          select: { id: true, source: true, startedAt: true, unknownCodes: true },
        }),
      ),
    )
  ).flat();
  const mapped = new Set(
    (await prisma.sourceCodeMapping.findMany({ select: { source: true, sourceCode: true } })).map((m) => `${m.source} ${m.sourceCode}`),
  );
  const seen = new Map<string, UnknownCodeRow>();
  for (const run of runs.sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime())) {
    const source = run.source as MappingSource;
    for (const raw of Array.isArray(run.unknownCodes) ? run.unknownCodes : []) {
      const entry = unknownEntry(raw);
      if (!entry) continue;
      const suggestedKind = MAPPABLE_FIELDS[source][entry.field] ?? null;
      if (suggestedKind && mapped.has(`${source} ${entry.code}`)) continue;
      const key = `${source} ${entry.field} ${entry.code}`;
      if (seen.has(key)) continue;
      seen.set(key, { source, ...entry, lastSeenAt: run.startedAt, runId: run.id, suggestedKind });
    }
  }
  return [...seen.values()].slice(0, MAX_UNKNOWN_CODES);
}
