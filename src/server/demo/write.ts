import 'server-only';

import { expandOccurrences, nextOccurrence, type Occurrence } from '@/lib/schedule/occurrences';
import type { SqlExecutor } from '@/server/db/sql-executor';
import type { TaxonomyData } from '@/server/taxonomies/schemas';

import { createDemoCatalogue, type DemoActivity, type DemoOrganization } from './factory';

/** How far ahead occurrences are materialised. */
export const OCCURRENCE_HORIZON_DAYS = 183;

export interface WriteDemoOptions {
  count: number;
  seed: number;
  now?: Date;
  /** Activities per round trip; default 1000. */
  batchSize?: number;
  taxonomies?: TaxonomyData;
  /**
   * Batches written at the same time on separate connections (PostgreSQL only; PGlite has
   * one connection). Default 1: everything in one transaction. Helps only with idle cores.
   */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface WriteDemoResult {
  organizations: number;
  activities: number;
  occurrences: number;
  milliseconds: number;
}

interface Column<R> {
  name: string;
  /** Type of the unnest parameter, always a one-dimensional array type. */
  param: 'uuid[]' | 'text[]' | 'int[]' | 'bool[]' | 'float8[]';
  /** Cast applied in the SELECT list (enums, timestamps, arrays passed as literals). */
  cast?: string;
  value: (row: R) => unknown;
}

/**
 * One multi-row INSERT … SELECT FROM unnest(…): a single round trip per table and batch,
 * the same on node-postgres and PGlite. Multi-dimensional values (int[] per row) travel as
 * array literals in a text[] and are cast back in the SELECT list, since unnest would
 * flatten a real two-dimensional array.
 */
async function insertRows<R>(tx: SqlExecutor, table: string, columns: Column<R>[], rows: readonly R[]): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const select = columns.map((c, i) => (c.cast ? `c${i}::${c.cast}` : `c${i}`)).join(', ');
  const unnest = columns.map((c, i) => `$${i + 1}::${c.param}`).join(', ');
  const params = columns.map((c) => rows.map((r) => c.value(r) ?? null));
  await tx.query(
    `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${unnest}) AS u(${aliases.join(', ')})`,
    params,
  );
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const arrayLiteral = (values: readonly (number | string)[]) => `{${values.join(',')}}`;

function col<R>(name: string, param: Column<R>['param'], value: (row: R) => unknown, cast?: string): Column<R> {
  return { name, param, value, cast };
}
const text = <R>(name: string, value: (row: R) => unknown) => col<R>(name, 'text[]', value);
const timestamp = <R>(name: string, value: (row: R) => Date | null | undefined) =>
  col<R>(name, 'text[]', (r) => iso(value(r)), 'timestamptz');

const organizationColumns: Column<DemoOrganization>[] = [
  col('id', 'uuid[]', (o) => o.id),
  text('slug', (o) => o.slug),
  text('nameFi', (o) => o.nameFi),
  text('nameSv', (o) => o.nameSv),
  text('nameEn', (o) => o.nameEn),
  text('descriptionFi', (o) => o.descriptionFi),
  text('descriptionSv', (o) => o.descriptionSv),
  text('descriptionEn', (o) => o.descriptionEn),
  col('providerType', 'text[]', (o) => o.providerType, '"ProviderType"'),
  text('businessId', (o) => o.businessId),
  text('website', (o) => o.website),
  text('email', (o) => o.email),
  text('phone', (o) => o.phone),
  text('municipalityCode', (o) => o.municipalityCode),
  col('source', 'text[]', (o) => o.source, '"SourceKind"'),
  text('externalId', (o) => o.externalId),
  col('isDemo', 'bool[]', (o) => o.isDemo),
  timestamp('updatedAt', () => new Date()),
];

type ActivityRow = DemoActivity & { nextOccurrenceAt: Date | null; updatedAt: Date; facetCodes: string[] };

type Places = Map<string, { slug: string; areaCode: string }>;

/**
 * The facet codes the database's activity_facet_codes() would compute from the link rows,
 * written with the activity so that a bulk load skips the per-batch refresh.
 */
function facetCodesOf(activity: DemoActivity, places: Places): string[] {
  const codes = [
    ...activity.themeCodes.map((code) => `theme:${code}`),
    ...activity.stageCodes.map((code) => `stage:${code}`),
    ...activity.activityTypeCodes.map((code) => `type:${code}`),
    ...activity.ageGroupCodes.map((code) => `age:${code}`),
    ...activity.specialGroupCodes.map((code) => `group:${code}`),
    ...activity.languageCodes.map((code) => `lang:${code}`),
    ...activity.accessibilityCodes.map((code) => `access:${code}`),
  ];
  const areas = new Set<string>();
  for (const code of activity.municipalityCodes) {
    const place = places.get(code);
    if (!place) throw new Error(`Unknown municipality code ${code} in demo data`);
    codes.push(`mun:${place.slug}`);
    areas.add(`area:${place.areaCode}`);
  }
  return [...codes, ...areas].sort();
}

const activityColumns: Column<ActivityRow>[] = [
  col('id', 'uuid[]', (a) => a.id),
  text('slug', (a) => a.slug),
  col('status', 'text[]', (a) => a.status, '"ActivityStatus"'),
  col('featured', 'bool[]', (a) => a.featured),
  col('providerType', 'text[]', (a) => a.providerType, '"ProviderType"'),
  col('organizationId', 'uuid[]', (a) => a.organizationId),
  ...(
    [
      'titleFi', 'titleSv', 'titleEn', 'summaryFi', 'summarySv', 'summaryEn',
      'descriptionFi', 'descriptionSv', 'descriptionEn', 'priceNoteFi', 'priceNoteSv', 'priceNoteEn',
      'registrationNoteFi', 'registrationNoteSv', 'registrationNoteEn',
      'registrationUrl', 'registrationEmail', 'registrationPhone',
      'imageUrl', 'imageAltFi', 'imageAltSv', 'imageAltEn', 'externalId', 'contentHash',
    ] as const
  ).map((name) => text<ActivityRow>(name, (a) => a[name])),
  col('isFree', 'bool[]', (a) => a.isFree),
  col('registrationRequired', 'bool[]', (a) => a.registrationRequired),
  col('isRemote', 'bool[]', (a) => a.isRemote),
  col('isRegionWide', 'bool[]', (a) => a.isRegionWide),
  col('source', 'text[]', (a) => a.source, '"SourceKind"'),
  timestamp('upstreamModifiedAt', (a) => a.upstreamModifiedAt),
  col('upstreamData', 'text[]', (a) => (a.upstreamData ? JSON.stringify(a.upstreamData) : null), 'jsonb'),
  timestamp('lastSyncedAt', (a) => a.lastSyncedAt),
  col('isDemo', 'bool[]', (a) => a.isDemo),
  timestamp('publishedAt', (a) => a.publishedAt),
  timestamp('archivedAt', (a) => a.archivedAt),
  timestamp('createdAt', (a) => a.createdAt),
  timestamp('updatedAt', (a) => a.updatedAt),
  timestamp('nextOccurrenceAt', (a) => a.nextOccurrenceAt),
  col('facetCodes', 'text[]', (a) => arrayLiteral(a.facetCodes), 'text[]'),
];

type Child<T> = T & { activityId: string };

const channelColumns: Column<Child<DemoActivity['channels'][number]>>[] = [
  col('id', 'uuid[]', (c) => c.id),
  col('activityId', 'uuid[]', (c) => c.activityId),
  col('type', 'text[]', (c) => c.type, '"ChannelType"'),
  col('sortOrder', 'int[]', (c) => c.sortOrder),
  ...(
    ['nameFi', 'nameSv', 'nameEn', 'streetAddressFi', 'streetAddressSv', 'postalCode', 'postOfficeFi', 'postOfficeSv', 'municipalityCode', 'url', 'phone'] as const
  ).map((name) => text<Child<DemoActivity['channels'][number]>>(name, (c) => c[name])),
  col('latitude', 'float8[]', (c) => c.latitude),
  col('longitude', 'float8[]', (c) => c.longitude),
];

const scheduleColumns: Column<Child<DemoActivity['schedules'][number]>>[] = [
  col('id', 'uuid[]', (s) => s.id),
  col('activityId', 'uuid[]', (s) => s.activityId),
  col('channelId', 'uuid[]', (s) => s.channelId),
  col('kind', 'text[]', (s) => s.kind, '"ScheduleKind"'),
  text('timeZone', (s) => s.timeZone),
  timestamp('startsAt', (s) => s.startsAt),
  timestamp('endsAt', (s) => s.endsAt),
  col('validFrom', 'text[]', (s) => s.validFrom, 'date'),
  col('validUntil', 'text[]', (s) => s.validUntil, 'date'),
  col('frequency', 'text[]', (s) => s.frequency, '"RecurrenceFrequency"'),
  col('interval', 'int[]', (s) => s.interval),
  col('weekdays', 'text[]', (s) => arrayLiteral(s.weekdays), 'int[]'),
  text('startTime', (s) => s.startTime),
  text('endTime', (s) => s.endTime),
  col('excludedDates', 'text[]', (s) => arrayLiteral(s.excludedDates), 'date[]'),
  text('noteFi', (s) => s.noteFi),
  text('noteSv', (s) => s.noteSv),
  text('noteEn', (s) => s.noteEn),
];

const contactColumns: Column<Child<DemoActivity['contacts'][number]>>[] = [
  col('id', 'uuid[]', (c) => c.id),
  col('activityId', 'uuid[]', (c) => c.activityId),
  col('type', 'text[]', (c) => c.type, '"ContactType"'),
  text('value', (c) => c.value),
  text('label', (c) => c.label),
  col('sortOrder', 'int[]', (c) => c.sortOrder),
];

const occurrenceColumns: Column<Child<Occurrence>>[] = [
  col('activityId', 'uuid[]', (o) => o.activityId),
  timestamp('startsAt', (o) => o.startsAt),
  timestamp('endsAt', (o) => o.endsAt),
];

/** Join tables: table, code column, the activity's codes. */
const joinTables: [table: string, codeColumn: string, codes: (a: DemoActivity) => string[]][] = [
  ['ActivityTheme', 'themeCode', (a) => a.themeCodes],
  ['ActivityStage', 'stageCode', (a) => a.stageCodes],
  ['ActivityActivityType', 'activityTypeCode', (a) => a.activityTypeCodes],
  ['ActivityAgeGroup', 'ageGroupCode', (a) => a.ageGroupCodes],
  ['ActivitySpecialGroup', 'specialGroupCode', (a) => a.specialGroupCodes],
  ['ActivityLanguage', 'languageCode', (a) => a.languageCodes],
  ['ActivityAccessibility', 'featureCode', (a) => a.accessibilityCodes],
  ['ActivityMunicipality', 'municipalityCode', (a) => a.municipalityCodes],
];

async function writeBatch(
  tx: SqlExecutor,
  batch: DemoActivity[],
  now: Date,
  horizonEnd: Date,
  places: Places,
): Promise<number> {
  const updatedAt = new Date();
  const occurrences: Child<Occurrence>[] = [];
  const rows: ActivityRow[] = batch.map((activity) => {
    const seen = new Set<number>();
    const own: Occurrence[] = [];
    for (const schedule of activity.schedules) {
      for (const o of expandOccurrences(schedule, { from: now, to: horizonEnd })) {
        if (seen.has(o.startsAt.getTime())) continue;
        seen.add(o.startsAt.getTime());
        own.push(o);
      }
    }
    own.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    for (const o of own) occurrences.push({ ...o, activityId: activity.id });
    return {
      ...activity,
      nextOccurrenceAt: nextOccurrence(own, now),
      updatedAt,
      facetCodes: facetCodesOf(activity, places),
    };
  });

  await insertRows(tx, 'Activity', activityColumns, rows);
  await insertRows(tx, 'ActivityChannel', channelColumns, batch.flatMap((a) => a.channels.map((c) => ({ ...c, activityId: a.id }))));
  await insertRows(tx, 'ActivitySchedule', scheduleColumns, batch.flatMap((a) => a.schedules.map((s) => ({ ...s, activityId: a.id }))));
  await insertRows(tx, 'ActivityContact', contactColumns, batch.flatMap((a) => a.contacts.map((c) => ({ ...c, activityId: a.id }))));
  // The facet codes were written with the activities: the link tables' triggers need
  // not refresh them.
  await tx.query(`SELECT set_config('polku.defer_facets', 'on', true)`);
  for (const [table, codeColumn, codes] of joinTables) {
    const ids: string[] = [];
    const values: string[] = [];
    for (const a of batch) {
      for (const code of codes(a)) {
        ids.push(a.id);
        values.push(code);
      }
    }
    if (ids.length === 0) continue;
    await tx.query(
      `INSERT INTO "${table}" ("activityId", "${codeColumn}") SELECT * FROM unnest($1::uuid[], $2::text[])`,
      [ids, values],
    );
  }
  await tx.query(`SELECT set_config('polku.defer_facets', 'off', true)`);
  // Occurrences can be many per activity: chunk them so one statement stays moderate.
  for (let i = 0; i < occurrences.length; i += 20_000) {
    await insertRows(tx, 'ActivityOccurrence', occurrenceColumns, occurrences.slice(i, i + 20_000));
  }
  return occurrences.length;
}

/**
 * Writes a deterministic demo catalogue (organisations, activities and all their child rows,
 * and occurrences for the coming six months): either all of it or none.
 */
export async function writeDemoCatalogue(executor: SqlExecutor, options: WriteDemoOptions): Promise<WriteDemoResult> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const horizonEnd = new Date(now.getTime() + OCCURRENCE_HORIZON_DAYS * 86_400_000);
  const catalogue = createDemoCatalogue({
    count: options.count,
    seed: options.seed,
    now,
    taxonomies: options.taxonomies,
  });

  const places: Places = new Map(
    (await executor.query<{ code: string; slug: string; areaCode: string }>(
      `SELECT code, slug, "areaCode" FROM "Municipality"`,
    )).map((row) => [row.code, { slug: row.slug, areaCode: row.areaCode }]),
  );
  let done = 0;
  let occurrences = 0;
  const concurrency = executor.mode === 'postgres' ? Math.max(1, options.concurrency ?? 1) : 1;
  if (concurrency === 1) {
    await executor.transaction(async (tx) => {
      await insertRows(tx, 'Organization', organizationColumns, catalogue.organizations);
      options.onProgress?.(0, catalogue.count);
      for (const batch of catalogue.batches(options.batchSize ?? 1000)) {
        occurrences += await writeBatch(tx, batch, now, horizonEnd, places);
        done += batch.length;
        options.onProgress?.(done, catalogue.count);
      }
    });
  } else {
    // PostgreSQL spends most of the time in per-row triggers (search vectors, foreign keys),
    // which parallelise across connections. Each batch is its own transaction; if any fails,
    // the demo rows written so far are removed again, so the result is still all or nothing.
    await executor.transaction((tx) => insertRows(tx, 'Organization', organizationColumns, catalogue.organizations));
    options.onProgress?.(0, catalogue.count);
    const batches = catalogue.batches(options.batchSize ?? 1000);
    let failed = false;
    const worker = async () => {
      for (let next = batches.next(); !next.done && !failed; next = batches.next()) {
        const batch = next.value;
        occurrences += await executor.transaction((tx) => writeBatch(tx, batch, now, horizonEnd, places));
        done += batch.length;
        options.onProgress?.(done, catalogue.count);
      }
    };
    try {
      await Promise.all(
        Array.from({ length: concurrency }, () =>
          worker().catch((error: unknown) => {
            failed = true;
            throw error;
          }),
        ),
      );
    } catch (error) {
      await clearDemoData(executor);
      throw error;
    }
  }

  return {
    organizations: catalogue.organizations.length,
    activities: done,
    occurrences,
    milliseconds: Math.round(performance.now() - started),
  };
}

/** True when any demo activity or organisation exists. */
export async function hasDemoData(executor: SqlExecutor): Promise<boolean> {
  const [row] = await executor.query<{ exists: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM "Activity" WHERE "isDemo") OR EXISTS (SELECT 1 FROM "Organization" WHERE "isDemo") AS "exists"`,
  );
  return row?.exists === true;
}

/**
 * Deletes demo activities (their child rows cascade) and demo organisations; rows with
 * isDemo = false are never touched. A real activity linked to a demo organisation keeps
 * existing with its organisation set to null (the foreign key's ON DELETE SET NULL).
 */
export async function clearDemoData(executor: SqlExecutor): Promise<{ activities: number; organizations: number }> {
  return executor.transaction(async (tx) => {
    const activities = await tx.query<{ id: string }>(`DELETE FROM "Activity" WHERE "isDemo" RETURNING "id"`);
    const organizations = await tx.query<{ id: string }>(`DELETE FROM "Organization" WHERE "isDemo" RETURNING "id"`);
    return { activities: activities.length, organizations: organizations.length };
  });
}
