import 'server-only';
import { createHash } from 'node:crypto';
import type { SqlExecutor } from '@/server/db/sql-executor';
import { expandOccurrences, type Occurrence, type ScheduleInput } from '@/lib/schedule/occurrences';
import { slugify } from '@/lib/slug';
import { contentHash, stableStringify, uuidv7 } from './hash';
import { arrayLiteral, col, insertMany } from './sql-helpers';
import {
  CODE_COLLECTIONS,
  SCALAR_FIELDS,
  type CodeCollection,
  type MappedActivity,
  type MappedOrganization,
  type MappedSchedule,
  type SourceKind,
} from './types';

/** Occurrences are kept for this many days ahead (the search's date filters look this far). */
export const OCCURRENCE_HORIZON_DAYS = 180;
/** At most this many occurrences per activity: a daily activity must not flood the table. */
export const OCCURRENCE_LIMIT = 120;

/** The end of the occurrence window an expansion at `now` covers ("occurrencesUntil"). */
export function occurrenceWindowEnd(now: Date): Date {
  return new Date(now.getTime() + OCCURRENCE_HORIZON_DAYS * 86_400_000);
}

/** Municipality code → the slug and area code that facet codes are made of. */
export type Places = ReadonlyMap<string, { slug: string; areaCode: string }>;

export async function loadPlaces(sql: SqlExecutor): Promise<Places> {
  const rows = await sql.query<{ code: string; slug: string; areaCode: string }>(`SELECT code, slug, "areaCode" FROM "Municipality"`);
  return new Map(rows.map((r) => [r.code, { slug: r.slug, areaCode: r.areaCode }]));
}

const FACET_PREFIXES: Record<Exclude<CodeCollection, 'municipalities'>, string> = {
  themes: 'theme', stages: 'stage', activityTypes: 'type', ageGroups: 'age', specialGroups: 'group', languages: 'lang',
  accessibility: 'access',
};

/**
 * The "facetCodes" the database's activity_facet_codes() computes from the link rows of a new
 * activity, so that an insert needs no refresh afterwards (an UPDATE of every new row, which
 * re-indexes it). Null when a municipality is unknown here: the database then computes them.
 */
export function facetCodesOf(a: MappedActivity, places: Places): string[] | null {
  const codes = new Set<string>();
  for (const [collection, prefix] of Object.entries(FACET_PREFIXES) as [keyof typeof FACET_PREFIXES, string][]) {
    for (const code of a[collection]) codes.add(`${prefix}:${code}`);
  }
  const areas = new Set<string>();
  for (const code of new Set(a.municipalities)) {
    const place = places.get(code);
    if (!place) return null;
    codes.add(`mun:${place.slug}`);
    areas.add(`area:${place.areaCode}`);
  }
  return [...codes, ...areas].sort();
}

/** Field keys a coordinator can own besides the scalar columns. */
export const COLLECTION_KEYS = [...CODE_COLLECTIONS, 'channels', 'schedules', 'contacts', 'organization'] as const;

const JOIN_TABLES: Record<CodeCollection, { table: string; column: string }> = {
  themes: { table: 'ActivityTheme', column: 'themeCode' },
  stages: { table: 'ActivityStage', column: 'stageCode' },
  activityTypes: { table: 'ActivityActivityType', column: 'activityTypeCode' },
  ageGroups: { table: 'ActivityAgeGroup', column: 'ageGroupCode' },
  specialGroups: { table: 'ActivitySpecialGroup', column: 'specialGroupCode' },
  languages: { table: 'ActivityLanguage', column: 'languageCode' },
  accessibility: { table: 'ActivityAccessibility', column: 'featureCode' },
  municipalities: { table: 'ActivityMunicipality', column: 'municipalityCode' },
};

export interface ExistingActivity {
  id: string;
  externalId: string;
  status: 'DRAFT' | 'PUBLISHED' | 'HIDDEN' | 'ARCHIVED';
  contentHash: string | null;
  overriddenFields: string[];
  /** Only loaded when there are overrides (it is what conflicts are judged against). */
  upstreamData: Record<string, unknown> | null;
  /** ISO instant (UTC), formatted in SQL so that the driver's time-zone handling cannot shift it. */
  archivedAt: string | null;
}

/** The hash that decides "changed": the mapped item, with the organiser by reference only. */
export function activityHash(activity: MappedActivity): string {
  return contentHash({ ...activity, organization: activity.organization?.externalId ?? null });
}

export async function loadExisting(
  sql: SqlExecutor,
  source: SourceKind,
  externalIds: string[],
): Promise<Map<string, ExistingActivity>> {
  if (externalIds.length === 0) return new Map();
  const rows = await sql.query<ExistingActivity>(
    `SELECT id, "externalId", status::text AS status, "contentHash", "overriddenFields",
            CASE WHEN cardinality("overriddenFields") > 0 THEN "upstreamData" END AS "upstreamData",
            to_char("archivedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "archivedAt"
       FROM "Activity"
      WHERE source = $1::"SourceKind" AND "externalId" = ANY($2::text[])`,
    [source, externalIds],
  );
  return new Map(rows.map((r) => [r.externalId, r]));
}

/** Stable, unique-enough slug: the name plus a short digest of the source identity. */
export function syncSlug(source: SourceKind, externalId: string, name: string | null): string {
  const digest = createHash('sha256').update(`${source}:${externalId}`).digest('hex').slice(0, 8);
  const base = slugify(name ?? '', 60) || source.toLowerCase();
  return `${base}-${digest}`;
}

// ---------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------

const ORG_FIELDS = [
  'nameFi', 'nameSv', 'nameEn', 'descriptionFi', 'descriptionSv', 'descriptionEn', 'providerType',
  'businessId', 'website', 'email', 'phone', 'municipalityCode',
] as const;

/**
 * Remembers organisations seen in this run, so each is read and written at most once. An
 * organisation is one row whichever source names it: one that another row already has the
 * business id of (PTV and Lähellä.fi both list many associations) is that row, left as its
 * own source wrote it.
 */
export class OrganizationCache {
  private readonly known = new Map<string, { id: string; hash: string | null }>();
  written = 0;

  constructor(private readonly source: SourceKind) {}

  /** Upserts the page's organisers that are new or changed; returns externalId → id. */
  async sync(tx: SqlExecutor, organizations: MappedOrganization[], now: string): Promise<Map<string, string>> {
    const unique = new Map(organizations.map((o) => [o.externalId, o]));
    const unseen = [...unique.keys()].filter((id) => !this.known.has(id));
    if (unseen.length > 0) {
      const rows = await tx.query<Record<string, unknown> & { id: string; externalId: string }>(
        `SELECT id, "externalId", ${ORG_FIELDS.map((f) => (f === 'providerType' ? `"${f}"::text AS "${f}"` : `"${f}"`)).join(', ')}
           FROM "Organization" WHERE source = $1::"SourceKind" AND "externalId" = ANY($2::text[])`,
        [this.source, unseen],
      );
      for (const row of rows) {
        this.known.set(row.externalId, { id: row.id, hash: contentHash(Object.fromEntries(ORG_FIELDS.map((f) => [f, row[f] ?? null]))) });
      }
      const byBusinessId = new Map<string, string>();
      for (const id of unseen) {
        const businessId = unique.get(id)!.businessId;
        if (!this.known.has(id) && businessId) byBusinessId.set(businessId, id);
      }
      if (byBusinessId.size > 0) {
        const others = await tx.query<{ id: string; businessId: string }>(
          `SELECT DISTINCT ON ("businessId") id, "businessId" FROM "Organization"
            WHERE "businessId" = ANY($1::text[]) ORDER BY "businessId", "createdAt", id`,
          [[...byBusinessId.keys()]],
        );
        // hash null: never written by this source, only linked to.
        for (const row of others) this.known.set(byBusinessId.get(row.businessId)!, { id: row.id, hash: null });
      }
    }
    const changed: (MappedOrganization & { id: string; slug: string })[] = [];
    for (const org of unique.values()) {
      const hash = contentHash(Object.fromEntries(ORG_FIELDS.map((f) => [f, org[f] ?? null])));
      const known = this.known.get(org.externalId);
      if (known && (known.hash === hash || known.hash === null)) continue;
      const id = known?.id ?? uuidv7();
      changed.push({ ...org, id, slug: syncSlug(this.source, org.externalId, org.nameFi ?? org.nameSv ?? org.nameEn) });
      this.known.set(org.externalId, { id, hash });
    }
    if (changed.length > 0) {
      await insertMany(
        tx,
        'Organization',
        [
          col('id', 'uuid'), col('slug'), col('source', 'text', '"SourceKind"'), col('externalId'),
          ...ORG_FIELDS.map((f) => (f === 'providerType' ? col(f, 'text', '"ProviderType"') : col(f))),
          col('createdAt', 'text', 'timestamptz'), col('updatedAt', 'text', 'timestamptz'),
        ],
        changed.map((o) => ({ ...o, source: this.source, createdAt: now, updatedAt: now })),
        `ON CONFLICT ("source", "externalId") DO UPDATE SET ${ORG_FIELDS.map((f) => `"${f}" = EXCLUDED."${f}"`).join(', ')}, "updatedAt" = EXCLUDED."updatedAt"`,
      );
      // The id of a row that existed but was not in the cache yet is the database's, not ours.
      const ids = await tx.query<{ id: string; externalId: string }>(
        `SELECT id, "externalId" FROM "Organization" WHERE source = $1::"SourceKind" AND "externalId" = ANY($2::text[])`,
        [this.source, changed.map((o) => o.externalId)],
      );
      for (const row of ids) this.known.get(row.externalId)!.id = row.id;
      this.written += changed.length;
    }
    return new Map([...unique.keys()].map((id) => [id, this.known.get(id)!.id]));
  }
}

// ---------------------------------------------------------------------------
// Activities
// ---------------------------------------------------------------------------

export interface PlannedWrite {
  activity: MappedActivity;
  hash: string;
  existing?: ExistingActivity;
  /** Restore from a sync archive to this status. */
  restoreTo?: 'DRAFT' | 'PUBLISHED';
  /** Whether the content changed (false for a restore of unchanged content). */
  contentChanged: boolean;
}

export interface WriteOutcome {
  created: number;
  updated: number;
  restored: number;
  conflicts: number;
}

// The writer asks twice per activity (rows and nextOccurrenceAt); expanding is the costly part.
const expanded = new WeakMap<MappedActivity, Occurrence[]>();

function activityOccurrences(a: MappedActivity, now: Date): Occurrence[] {
  let list = expanded.get(a);
  if (!list) expanded.set(a, (list = occurrencesOf(allSchedules(a), now)));
  return list;
}

function occurrencesOf(schedules: MappedSchedule[], now: Date): Occurrence[] {
  return expandSchedules(schedules, { from: now, to: occurrenceWindowEnd(now), limit: OCCURRENCE_LIMIT });
}

/** The occurrences of all of an activity's schedules within [from, to): one per start, in time order. */
export function expandSchedules(schedules: readonly ScheduleInput[], options: { from: Date; to: Date; limit: number }): Occurrence[] {
  if (options.limit <= 0) return [];
  const byStart = new Map<number, Occurrence>();
  for (const schedule of schedules) {
    for (const o of expandOccurrences(schedule, options)) {
      if (!byStart.has(o.startsAt.getTime())) byStart.set(o.startsAt.getTime(), o);
    }
  }
  return [...byStart.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()).slice(0, options.limit);
}

const allSchedules = (a: MappedActivity) => [...a.schedules, ...a.channels.flatMap((c) => c.schedules)];

const BOOLEAN_FIELDS = new Set<string>(['isFree', 'registrationRequired', 'isRemote', 'isRegionWide']);
const ACTIVITY_SCALAR_COLUMNS = SCALAR_FIELDS.map((f) =>
  f === 'providerType' ? col(f, 'text', '"ProviderType"') : BOOLEAN_FIELDS.has(f) ? col(f, 'bool') : col(f),
);

const SCHEDULE_COLUMNS = [
  col('id', 'uuid'), col('activityId', 'uuid'), col('channelId', 'uuid'), col('kind', 'text', '"ScheduleKind"'),
  col('timeZone'), col('startsAt', 'text', 'timestamptz'), col('endsAt', 'text', 'timestamptz'),
  col('validFrom', 'text', 'date'), col('validUntil', 'text', 'date'), col('frequency', 'text', '"RecurrenceFrequency"'),
  col('interval', 'int'), col('weekdays', 'text', 'int[]'), col('startTime'), col('endTime'),
  col('excludedDates', 'text', 'date[]'), col('noteFi'), col('noteSv'), col('noteEn'),
];

const CHANNEL_COLUMNS = [
  col('id', 'uuid'), col('activityId', 'uuid'), col('type', 'text', '"ChannelType"'), col('sortOrder', 'int'),
  col('nameFi'), col('nameSv'), col('nameEn'), col('streetAddressFi'), col('streetAddressSv'), col('postalCode'),
  col('postOfficeFi'), col('postOfficeSv'), col('municipalityCode'), col('latitude', 'float8'), col('longitude', 'float8'),
  col('url'), col('phone'),
];

/** Child rows collected over a page, written with one statement per table. */
class ChildRows {
  readonly joins = new Map<CodeCollection, Record<string, unknown>[]>(CODE_COLLECTIONS.map((c) => [c, []]));
  readonly channels: Record<string, unknown>[] = [];
  readonly schedules: Record<string, unknown>[] = [];
  readonly contacts: Record<string, unknown>[] = [];
  readonly occurrences: Record<string, unknown>[] = [];
  /** Tables whose rows of these activities must go first (updates). */
  readonly clear = new Map<string, string[]>();

  markClear(table: string, activityId: string) {
    const list = this.clear.get(table) ?? [];
    list.push(activityId);
    this.clear.set(table, list);
  }

  addSchedule(activityId: string, channelId: string | null, s: MappedSchedule) {
    this.schedules.push({
      ...s,
      id: uuidv7(),
      activityId,
      channelId,
      weekdays: arrayLiteral(s.weekdays),
      excludedDates: arrayLiteral(s.excludedDates),
    });
  }

  /** Queues the rows of `a` for the given collections; returns the next occurrence if schedules were queued. */
  add(activityId: string, a: MappedActivity, owned: ReadonlySet<string>, now: Date): void {
    for (const c of CODE_COLLECTIONS) {
      if (owned.has(c)) continue;
      const { column } = JOIN_TABLES[c];
      for (const code of a[c]) this.joins.get(c)!.push({ activityId, [column]: code });
    }
    if (!owned.has('channels')) {
      a.channels.forEach((channel, sortOrder) => {
        const id = uuidv7();
        this.channels.push({ ...channel, id, activityId, sortOrder });
        if (!owned.has('schedules')) for (const s of channel.schedules) this.addSchedule(activityId, id, s);
      });
    }
    if (!owned.has('schedules')) {
      for (const s of a.schedules) this.addSchedule(activityId, null, s);
      // Without an owned channel list the channel-bound schedules went with the channels above.
      if (owned.has('channels')) for (const c of a.channels) for (const s of c.schedules) this.addSchedule(activityId, null, s);
      for (const o of activityOccurrences(a, now)) {
        this.occurrences.push({ activityId, startsAt: o.startsAt.toISOString(), endsAt: o.endsAt?.toISOString() ?? null });
      }
    }
    if (!owned.has('contacts')) {
      a.contacts.forEach((c, sortOrder) => this.contacts.push({ ...c, id: uuidv7(), activityId, sortOrder }));
    }
  }

  async write(tx: SqlExecutor): Promise<void> {
    for (const [table, ids] of this.clear) {
      await tx.query(`DELETE FROM "${table}" WHERE "activityId" = ANY($1::uuid[])`, [ids]);
    }
    await writeLinks(tx, this.joins);
    await insertMany(tx, 'ActivityChannel', CHANNEL_COLUMNS, this.channels);
    await insertMany(tx, 'ActivitySchedule', SCHEDULE_COLUMNS, this.schedules);
    await insertMany(
      tx,
      'ActivityContact',
      [col('id', 'uuid'), col('activityId', 'uuid'), col('type', 'text', '"ContactType"'), col('value'), col('label'), col('sortOrder', 'int')],
      this.contacts,
    );
    await insertMany(
      tx,
      'ActivityOccurrence',
      [col('activityId', 'uuid'), col('startsAt', 'text', 'timestamptz'), col('endsAt', 'text', 'timestamptz')],
      this.occurrences,
      'ON CONFLICT DO NOTHING',
    );
  }
}

/** All taxonomy links of the page in one statement (data-modifying CTEs). */
async function writeLinks(tx: SqlExecutor, joins: ReadonlyMap<CodeCollection, Record<string, unknown>[]>): Promise<void> {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const c of CODE_COLLECTIONS) {
    const rows = joins.get(c)!;
    if (rows.length === 0) continue;
    const { table, column } = JOIN_TABLES[c];
    params.push(rows.map((r) => r.activityId), rows.map((r) => r[column]));
    parts.push(
      `${c} AS (INSERT INTO "${table}" ("activityId", "${column}")
         SELECT * FROM unnest($${params.length - 1}::uuid[], $${params.length}::text[]) ON CONFLICT DO NOTHING)`,
    );
  }
  if (parts.length === 0) return;
  await tx.query(`WITH ${parts.join(',\n')} SELECT 1`, params);
}

function nextOccurrenceIso(a: MappedActivity, now: Date): string | null {
  const first = activityOccurrences(a, now).find((o) => o.startsAt.getTime() >= now.getTime());
  return first?.startsAt.toISOString() ?? null;
}

/** What changed upstream in fields a coordinator owns: the conflict a person must look at. */
export function overrideConflicts(
  owned: readonly string[],
  previousUpstream: Record<string, unknown> | null,
  next: MappedActivity,
): { field: string; previousUpstream: unknown; upstream: unknown }[] {
  if (!previousUpstream) return [];
  const nextRecord = next as unknown as Record<string, unknown>;
  return owned
    .filter((field) => field in nextRecord || field in previousUpstream)
    .filter((field) => stableStringify(previousUpstream[field] ?? null) !== stableStringify(nextRecord[field] ?? null))
    .map((field) => ({ field, previousUpstream: previousUpstream[field] ?? null, upstream: nextRecord[field] ?? null }));
}

/**
 * The page was planned from rows read before this transaction; a coordinator may have saved
 * overrides since. Re-reads them under a row lock, so this write honours them, and a save
 * racing it waits and then sees the new version (its version check refuses it).
 */
async function refreshCuration(tx: SqlExecutor, writes: PlannedWrite[]): Promise<void> {
  const byId = new Map(writes.flatMap((w) => (w.existing ? [[w.existing.id, w.existing] as const] : [])));
  if (byId.size === 0) return;
  const rows = await tx.query<Pick<ExistingActivity, 'id' | 'overriddenFields' | 'upstreamData'>>(
    `SELECT id, "overriddenFields", CASE WHEN cardinality("overriddenFields") > 0 THEN "upstreamData" END AS "upstreamData"
       FROM "Activity" WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
    [[...byId.keys()]],
  );
  for (const row of rows) {
    const existing = byId.get(row.id)!;
    existing.overriddenFields = row.overriddenFields;
    existing.upstreamData = row.upstreamData;
  }
}

/**
 * Writes one page's new and changed activities in one transaction: the rows, their
 * children and occurrences, organisers, and review items. Fields listed in
 * `overriddenFields` are left as the coordinator set them.
 */
export async function writeActivities(
  tx: SqlExecutor,
  options: {
    source: SourceKind;
    runId: string;
    now: Date;
    orgs: OrganizationCache;
    /** When given, new rows get their facet codes with the insert instead of a refresh. */
    places?: Places;
  },
  writes: PlannedWrite[],
): Promise<WriteOutcome> {
  const { source, runId, now } = options;
  const nowIso = now.toISOString();
  const windowEndIso = occurrenceWindowEnd(now).toISOString();
  const outcome: WriteOutcome = { created: 0, updated: 0, restored: 0, conflicts: 0 };
  /** Rows whose "facetCodes" the database must compute from their links. */
  const refreshFacets: string[] = [];
  if (writes.length === 0) return outcome;

  await refreshCuration(tx, writes);
  const orgIds = await options.orgs.sync(
    tx,
    writes.flatMap((w) => (w.activity.organization ? [w.activity.organization] : [])),
    nowIso,
  );
  // The link tables' triggers would refresh each activity's facet codes once per table;
  // defer them and refresh once for the page at the end.
  await tx.query(`SELECT set_config('polku.defer_facets', 'on', true)`);
  const children = new ChildRows();
  const inserts: Record<string, unknown>[] = [];
  const reviews: Record<string, unknown>[] = [];

  for (const w of writes) {
    const a = w.activity;
    const organizationId = a.organization ? orgIds.get(a.organization.externalId)! : null;
    if (!w.existing) {
      const id = uuidv7();
      const facetCodes = options.places ? facetCodesOf(a, options.places) : null;
      if (!facetCodes) refreshFacets.push(id);
      inserts.push({
        ...a,
        id,
        slug: syncSlug(source, a.externalId, a.titleFi ?? a.titleSv ?? a.titleEn),
        status: 'PUBLISHED',
        organizationId,
        source,
        contentHash: w.hash,
        upstreamData: JSON.stringify(a),
        lastSyncedAt: nowIso,
        publishedAt: nowIso,
        createdAt: nowIso,
        updatedAt: nowIso,
        nextOccurrenceAt: nextOccurrenceIso(a, now),
        occurrencesUntil: windowEndIso,
        facetCodes: arrayLiteral(facetCodes ?? []),
      });
      children.add(id, a, new Set(), now);
      reviews.push({ id: uuidv7(), activityId: id, reason: 'NEW_FROM_SYNC', details: JSON.stringify({ runId, source }), createdAt: nowIso });
      outcome.created++;
      continue;
    }

    const existing = w.existing;
    const owned = new Set(existing.overriddenFields);
    const sets: string[] = [];
    const params: unknown[] = [existing.id];
    const set = (column: string, value: unknown, cast = '') => {
      params.push(value);
      sets.push(`"${column}" = $${params.length}${cast}`);
    };
    if (w.contentChanged) {
      for (const field of SCALAR_FIELDS) {
        if (!owned.has(field)) set(field, a[field], field === 'providerType' ? '::"ProviderType"' : '');
      }
      if (!owned.has('organization')) set('organizationId', organizationId, '::uuid');
      if (!owned.has('schedules')) {
        set('nextOccurrenceAt', nextOccurrenceIso(a, now), '::timestamptz');
        set('occurrencesUntil', windowEndIso, '::timestamptz');
      }
      set('contentHash', w.hash);
      set('upstreamData', JSON.stringify(a), '::jsonb');
      set('upstreamModifiedAt', a.upstreamModifiedAt, '::timestamptz');
      for (const c of CODE_COLLECTIONS) if (!owned.has(c)) children.markClear(JOIN_TABLES[c].table, existing.id);
      if (!owned.has('channels')) children.markClear('ActivityChannel', existing.id);
      if (!owned.has('schedules')) {
        children.markClear('ActivitySchedule', existing.id);
        children.markClear('ActivityOccurrence', existing.id);
      }
      if (!owned.has('contacts')) children.markClear('ActivityContact', existing.id);
      children.add(existing.id, a, owned, now);
      refreshFacets.push(existing.id);
      const conflicts = overrideConflicts(existing.overriddenFields, existing.upstreamData, a);
      if (conflicts.length > 0) {
        reviews.push({
          id: uuidv7(),
          activityId: existing.id,
          reason: 'OVERRIDE_CONFLICT',
          details: JSON.stringify({ runId, source, fields: conflicts }),
          createdAt: nowIso,
        });
        outcome.conflicts++;
      }
      outcome.updated++;
    }
    if (w.restoreTo) {
      set('status', w.restoreTo, '::"ActivityStatus"');
      set('archivedAt', null, '::timestamptz');
      outcome.restored++;
    }
    set('lastSyncedAt', nowIso, '::timestamptz');
    set('updatedAt', nowIso, '::timestamptz');
    await tx.query(`UPDATE "Activity" SET ${sets.join(', ')}, version = version + 1 WHERE id = $1::uuid`, params);
  }

  await insertMany(
    tx,
    'Activity',
    [
      col('id', 'uuid'), col('slug'), col('status', 'text', '"ActivityStatus"'), col('organizationId', 'uuid'),
      ...ACTIVITY_SCALAR_COLUMNS,
      col('source', 'text', '"SourceKind"'), col('externalId'), col('upstreamModifiedAt', 'text', 'timestamptz'),
      col('contentHash'), col('upstreamData', 'text', 'jsonb'), col('lastSyncedAt', 'text', 'timestamptz'),
      col('publishedAt', 'text', 'timestamptz'), col('createdAt', 'text', 'timestamptz'),
      col('updatedAt', 'text', 'timestamptz'), col('nextOccurrenceAt', 'text', 'timestamptz'),
      col('occurrencesUntil', 'text', 'timestamptz'), col('facetCodes', 'text', 'text[]'),
    ],
    inserts,
  );
  await children.write(tx);
  if (refreshFacets.length > 0) await tx.query(`SELECT "refresh_activity_facets"($1::uuid[])`, [refreshFacets]);
  await tx.query(`SELECT set_config('polku.defer_facets', 'off', true)`);
  await insertMany(
    tx,
    'ReviewItem',
    [col('id', 'uuid'), col('activityId', 'uuid'), col('reason', 'text', '"ReviewReason"'), col('details', 'text', 'jsonb'), col('createdAt', 'text', 'timestamptz')],
    reviews,
  );
  return outcome;
}

/**
 * Archives the given activities if they are live (PUBLISHED or DRAFT; HIDDEN is curation and
 * ARCHIVED already is) and not demo rows (the seed's invented "upstream" items), and records each in the audit log with its previous status, so that
 * a later return restores exactly that status.
 */
export async function archiveActivities(
  tx: SqlExecutor,
  options: { source: SourceKind; runId: string; now: Date; reason: string },
  where: { externalIds: string[] } | { notIn: Iterable<string> },
): Promise<number> {
  const nowIso = options.now.toISOString();
  let externalIds: string[];
  if ('externalIds' in where) {
    externalIds = where.externalIds;
  } else {
    // The live rows minus the ones seen, in Node: linear whatever the planner believes. An
    // anti-join against unnest() of the seen ids ran as a nested loop (20,000 × 20,000
    // comparisons, over a minute) whenever the table's statistics were stale, e.g. right
    // after the first sync filled it.
    const seen = where.notIn instanceof Set ? (where.notIn as ReadonlySet<string>) : new Set(where.notIn);
    const live = await tx.query<{ externalId: string }>(
      `SELECT "externalId" FROM "Activity"
        WHERE source = $1::"SourceKind" AND status IN ('PUBLISHED', 'DRAFT') AND NOT "isDemo" AND "externalId" IS NOT NULL`,
      [options.source],
    );
    externalIds = live.map((r) => r.externalId).filter((id) => !seen.has(id));
  }
  if (externalIds.length === 0) return 0;
  const rows = await tx.query<{ id: string; previousStatus: string }>(
    `WITH gone AS (
       SELECT id, status FROM "Activity"
        WHERE source = $1::"SourceKind" AND "externalId" = ANY($2::text[]) AND status IN ('PUBLISHED', 'DRAFT') AND NOT "isDemo"
        FOR UPDATE
     )
     UPDATE "Activity" a
        SET status = 'ARCHIVED', "archivedAt" = $3::timestamptz, "updatedAt" = $3::timestamptz, version = a.version + 1
       FROM gone WHERE a.id = gone.id
     RETURNING a.id, gone.status::text AS "previousStatus"`,
    [options.source, externalIds, nowIso],
  );
  await insertMany(
    tx,
    'AuditLog',
    [
      col('id', 'uuid'), col('at', 'text', 'timestamptz'), col('actorLabel'), col('action'), col('entityType'),
      col('entityId'), col('before', 'text', 'jsonb'), col('after', 'text', 'jsonb'),
    ],
    rows.map((r) => ({
      id: uuidv7(),
      at: nowIso,
      actorLabel: 'system:sync',
      action: 'sync.archive',
      entityType: 'Activity',
      entityId: r.id,
      before: JSON.stringify({ status: r.previousStatus }),
      after: JSON.stringify({ status: 'ARCHIVED', archivedAt: nowIso, runId: options.runId, reason: options.reason }),
    })),
  );
  return rows.length;
}

/**
 * For archived activities that are back upstream: the status each had before the sync
 * archived it. An activity a person archived (no matching sync.archive entry) stays archived.
 */
export async function statusesBeforeSyncArchive(
  sql: SqlExecutor,
  archived: ExistingActivity[],
): Promise<Map<string, 'DRAFT' | 'PUBLISHED'>> {
  if (archived.length === 0) return new Map();
  const rows = await sql.query<{ entityId: string; before: { status?: string } | null; after: { archivedAt?: string } | null }>(
    `SELECT DISTINCT ON ("entityId") "entityId", before, after
       FROM "AuditLog"
      WHERE action = 'sync.archive' AND "entityType" = 'Activity' AND "entityId" = ANY($1::text[])
      ORDER BY "entityId", at DESC`,
    [archived.map((a) => a.id)],
  );
  const byId = new Map(archived.map((a) => [a.id, a]));
  const result = new Map<string, 'DRAFT' | 'PUBLISHED'>();
  for (const row of rows) {
    const activity = byId.get(row.entityId);
    const archivedAt = activity?.archivedAt ?? null;
    const status = row.before?.status;
    if (activity && archivedAt && row.after?.archivedAt === archivedAt && (status === 'DRAFT' || status === 'PUBLISHED')) {
      result.set(activity.id, status);
    }
  }
  return result;
}
