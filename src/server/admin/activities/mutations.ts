import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { dayNumber, DEFAULT_TIME_ZONE, expandOccurrences, zonedTimeToUtc, type Occurrence } from '@/lib/schedule/occurrences';
import { writeAudit } from '@/server/auth/users';
import { OCCURRENCE_LIMIT, occurrenceWindowEnd } from '@/server/sync/store';
import {
  EDIT_COLLECTIONS,
  FLAG_FIELDS,
  LANGS,
  normalizeText,
  PLAIN_FIELDS,
  SNAPSHOT_KEYS,
  TEXT_FIELDS,
  type ActivityActionResult,
  type ActivityFieldErrors,
  type ActivityFormValues,
  type ConflictChange,
  type EditCollection,
  type Snapshot,
  type SnapshotKey,
  type SnapshotValue,
} from './schemas';
import { activityEditInclude, COLLECTION_TABLES, formValuesOf, sameValue, snapshotOf, snapshotOfValues, type ActivityEditRow } from './state';
import { slugify } from '@/lib/slug';
import { applyOverrides } from './overrides';
import type { Actor } from '@/server/admin/action';

type Tx = Prisma.TransactionClient;

const TAXONOMY_CODES: Record<EditCollection, (tx: Tx) => Promise<{ code: string }[]>> = {
  themes: (tx) => tx.theme.findMany({ select: { code: true } }),
  stages: (tx) => tx.servicePathStage.findMany({ select: { code: true } }),
  activityTypes: (tx) => tx.activityType.findMany({ select: { code: true } }),
  ageGroups: (tx) => tx.ageGroup.findMany({ select: { code: true } }),
  specialGroups: (tx) => tx.specialGroup.findMany({ select: { code: true } }),
  languages: (tx) => tx.language.findMany({ select: { code: true } }),
  accessibility: (tx) => tx.accessibilityFeature.findMany({ select: { code: true } }),
  municipalities: (tx) => tx.municipality.findMany({ select: { code: true } }),
};

/** Unknown taxonomy codes, organisers or municipalities: errors the form shows per field. */
async function referenceErrors(tx: Tx, values: ActivityFormValues, manual: boolean): Promise<ActivityFieldErrors> {
  const errors: ActivityFieldErrors = {};
  for (const collection of EDIT_COLLECTIONS) {
    if (values[collection].length === 0) continue;
    const known = new Set((await TAXONOMY_CODES[collection](tx)).map((t) => t.code));
    if (values[collection].some((code) => !known.has(code))) errors[collection] = 'codes';
  }
  if (values.organizationId && !(await tx.organization.findUnique({ where: { id: values.organizationId }, select: { id: true } }))) {
    errors.organizationId = 'organization';
  }
  if (manual && values.channelType === 'PLACE' && values.channelMunicipality) {
    if (!(await tx.municipality.findUnique({ where: { code: values.channelMunicipality }, select: { code: true } }))) {
      errors.channelMunicipality = 'municipality';
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------
// Place, contacts and schedule of manual listings
// ---------------------------------------------------------------------------

function channelData(values: ActivityFormValues): Omit<Prisma.ActivityChannelCreateManyInput, 'activityId'> | null {
  const text = (value: string) => normalizeText(value);
  switch (values.channelType) {
    case 'PLACE':
      return {
        type: 'PLACE',
        nameFi: text(values.placeName),
        streetAddressFi: text(values.streetAddress),
        postalCode: text(values.postalCode),
        postOfficeFi: text(values.city),
        municipalityCode: text(values.channelMunicipality),
      };
    case 'ONLINE':
      return { type: 'ONLINE', url: text(values.onlineUrl) };
    case 'PHONE':
      return { type: 'PHONE', phone: text(values.channelPhone) };
    default:
      return null;
  }
}

function contactsData(values: ActivityFormValues): { type: 'EMAIL' | 'PHONE' | 'WEB'; value: string; sortOrder: number }[] {
  const list = [
    { type: 'EMAIL' as const, value: normalizeText(values.contactEmail) },
    { type: 'PHONE' as const, value: normalizeText(values.contactPhone) },
    { type: 'WEB' as const, value: normalizeText(values.contactWeb) },
  ];
  return list.flatMap((c, sortOrder) => (c.value ? [{ type: c.type, value: c.value, sortOrder }] : []));
}

/** The form shows the first contact of each type; only a change there rewrites the contacts. */
function contactsDiffer(row: ActivityEditRow, values: ActivityFormValues): boolean {
  const shown = (['EMAIL', 'PHONE', 'WEB'] as const).flatMap((type) => {
    const value = row.contacts.find((c) => c.type === type)?.value;
    return value ? [{ type, value }] : [];
  });
  return JSON.stringify(shown) !== JSON.stringify(contactsData(values).map(({ type, value }) => ({ type, value })));
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

function scheduleData(values: ActivityFormValues): Omit<Prisma.ActivityScheduleCreateManyInput, 'activityId'> | null {
  if (values.scheduleKind === 'ONE_OFF') {
    const day = dayNumber(values.date.trim());
    const start = values.startTime.trim();
    const end = values.endTime.trim();
    return {
      kind: 'ONE_OFF',
      timeZone: DEFAULT_TIME_ZONE,
      startsAt: new Date(zonedTimeToUtc(day, minutesOf(start), DEFAULT_TIME_ZONE)),
      endsAt: end ? new Date(zonedTimeToUtc(day, minutesOf(end), DEFAULT_TIME_ZONE)) : null,
      startTime: start,
      endTime: end || null,
    };
  }
  if (values.scheduleKind === 'WEEKLY') {
    return {
      kind: 'RECURRING',
      timeZone: DEFAULT_TIME_ZONE,
      frequency: 'WEEKLY',
      interval: 1,
      weekdays: values.weekdays.map(Number).sort(),
      startTime: values.weeklyStartTime.trim(),
      endTime: values.weeklyEndTime.trim() || null,
      validFrom: new Date(`${values.validFrom.trim()}T00:00:00Z`),
      validUntil: new Date(`${values.validUntil.trim()}T00:00:00Z`),
    };
  }
  return null;
}

/** The same expansion and horizon as the sync and the demo writer. */
function occurrencesOf(schedule: Omit<Prisma.ActivityScheduleCreateManyInput, 'activityId'>, now: Date): Occurrence[] {
  const to = occurrenceWindowEnd(now);
  return expandOccurrences(
    {
      kind: schedule.kind,
      timeZone: schedule.timeZone,
      startsAt: schedule.startsAt as Date | null | undefined,
      endsAt: schedule.endsAt as Date | null | undefined,
      validFrom: schedule.validFrom as Date | null | undefined,
      validUntil: schedule.validUntil as Date | null | undefined,
      frequency: schedule.frequency,
      interval: schedule.interval,
      weekdays: schedule.weekdays as number[],
      startTime: schedule.startTime,
      endTime: schedule.endTime,
    },
    { from: now, to, limit: OCCURRENCE_LIMIT },
  );
}

/** Replaces a manual listing's place, contacts and schedule as the form asks; returns audit notes. */
async function writeManualParts(
  tx: Tx,
  activityId: string,
  values: ActivityFormValues,
  current: ActivityEditRow | null,
  now: Date,
): Promise<{ before: Record<string, unknown>; after: Record<string, unknown> }> {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  if (values.channelType !== 'KEEP') {
    const channel = channelData(values);
    const previous = current?.channels.map(({ type, nameFi, streetAddressFi, postalCode, postOfficeFi, url, phone }) => ({ type, nameFi, streetAddressFi, postalCode, postOfficeFi, url, phone })) ?? [];
    if (current) await tx.activityChannel.deleteMany({ where: { activityId } });
    if (channel) await tx.activityChannel.create({ data: { ...channel, activityId, sortOrder: 0 } });
    if (current) before.channels = previous;
    after.channels = channel ? [channel] : [];
  }
  const contacts = contactsData(values);
  const previousContacts = current?.contacts.map(({ type, value }) => ({ type, value })) ?? [];
  if (!current || contactsDiffer(current, values)) {
    if (current) {
      await tx.activityContact.deleteMany({ where: { activityId } });
      before.contacts = previousContacts;
    }
    if (contacts.length > 0) await tx.activityContact.createMany({ data: contacts.map((c) => ({ ...c, activityId })) });
    after.contacts = contacts;
  }
  if (values.scheduleKind !== 'KEEP') {
    const schedule = scheduleData(values);
    if (current) {
      before.schedules = current.schedules.map(({ kind, startsAt, endsAt, weekdays, startTime, endTime, validFrom, validUntil }) => ({ kind, startsAt, endsAt, weekdays, startTime, endTime, validFrom, validUntil }));
      await tx.activitySchedule.deleteMany({ where: { activityId } });
      await tx.activityOccurrence.deleteMany({ where: { activityId } });
    }
    let next: Date | null = null;
    if (schedule) {
      await tx.activitySchedule.create({ data: { ...schedule, activityId } });
      const occurrences = occurrencesOf(schedule, now);
      if (occurrences.length > 0) {
        await tx.activityOccurrence.createMany({ data: occurrences.map((o) => ({ activityId, startsAt: o.startsAt, endsAt: o.endsAt })) });
      }
      next = occurrences.find((o) => o.startsAt >= now)?.startsAt ?? null;
    }
    // occurrencesUntil tells maintenance how far the occurrences reach, as the sync does.
    await tx.activity.update({ where: { id: activityId }, data: { nextOccurrenceAt: next, occurrencesUntil: occurrenceWindowEnd(now) } });
    after.schedules = schedule ? [schedule] : [];
  }
  return { before, after };
}

// ---------------------------------------------------------------------------
// Update
// ---------------------------------------------------------------------------

class ConflictError extends Error {}

function columnValue(key: SnapshotKey, value: SnapshotValue): unknown {
  if ((FLAG_FIELDS as readonly string[]).includes(key) || key === 'featured') return value === true;
  return value;
}

/** What changed since `baseline` (the state the form was opened with), merged into the user's input. */
function conflictResult(row: ActivityEditRow, values: ActivityFormValues, baselineJson: string): ActivityActionResult {
  const current = snapshotOf(row);
  const mine = snapshotOfValues(values);
  let baseline: Partial<Snapshot> = {};
  try {
    baseline = JSON.parse(baselineJson) as Partial<Snapshot>;
  } catch {
    baseline = {};
  }
  const merged: ActivityFormValues = { ...values };
  const changes: ConflictChange[] = [];
  for (const key of SNAPSHOT_KEYS) {
    // A synced activity's form has no organiser field: the source owns it.
    if (!(key in baseline) || (key === 'organizationId' && row.source !== 'MANUAL')) continue;
    const base = baseline[key] ?? null;
    if (sameValue(base, current[key])) continue;
    const alsoYours = !sameValue(mine[key], base) && !sameValue(mine[key], current[key]);
    // A field only the other party changed takes their value; one both changed keeps the user's input.
    if (!alsoYours) Object.assign(merged, { [key]: formValuesOf(row)[key] });
    changes.push({ field: key, current: current[key], alsoYours });
  }
  return {
    ok: false,
    code: 'CONFLICT',
    version: row.version,
    baseline: JSON.stringify(current),
    values: merged,
    changes,
  };
}

export async function updateActivity(
  prisma: PrismaClient,
  actor: Actor,
  input: { id: string; version: number; baseline: string; values: ActivityFormValues },
  now = new Date(),
): Promise<ActivityActionResult> {
  const { id, values } = input;
  try {
    return await prisma.$transaction(async (tx) => {
      const row = await tx.activity.findUnique({ where: { id }, include: activityEditInclude });
      if (!row) return { ok: false, code: 'NOT_FOUND' } as const;
      if (row.version !== input.version) throw new ConflictError();
      const manual = row.source === 'MANUAL';
      const refErrors = await referenceErrors(tx, values, manual);
      if (Object.keys(refErrors).length > 0) return { ok: false, code: 'INVALID', fieldErrors: refErrors, values } as const;

      const current = snapshotOf(row);
      const submitted = snapshotOfValues(values);
      const keys: readonly SnapshotKey[] = manual ? SNAPSHOT_KEYS : SNAPSHOT_KEYS.filter((k) => k !== 'organizationId');
      const { next, overridden: overriddenList } = applyOverrides({
        manual,
        keys,
        current,
        submitted,
        upstream: (row.upstreamData ?? null) as Record<string, unknown> | null,
        overridden: row.overriddenFields,
        revert: values.revert,
      });
      if (!LANGS.some((lang) => next[`title${lang}`] !== null)) {
        return { ok: false, code: 'INVALID', fieldErrors: { titleFi: 'titleRequired' }, values } as const;
      }

      const changed = keys.filter((key) => !sameValue(next[key], current[key]));
      const overridesChanged = !sameValue(overriddenList, [...row.overriddenFields].sort());
      const manualChange =
        manual && (values.channelType !== 'KEEP' || values.scheduleKind !== 'KEEP' || contactsDiffer(row, values));
      if (changed.length === 0 && !overridesChanged && !manualChange) {
        return { ok: true, done: 'unchanged', id, version: row.version, values: formValuesOf(row), baseline: JSON.stringify(current) } as const;
      }

      const data: Record<string, unknown> = {
        version: { increment: 1 },
        updatedAt: now,
      };
      for (const key of changed) {
        if ((EDIT_COLLECTIONS as readonly string[]).includes(key) || key === 'organizationId') continue;
        data[key] = columnValue(key, next[key]);
      }
      if (overridesChanged) data.overriddenFields = overriddenList;
      if (changed.includes('status')) {
        if (next.status === 'PUBLISHED' && !row.publishedAt) data.publishedAt = now;
        data.archivedAt = next.status === 'ARCHIVED' ? now : null;
      }
      const updated = await tx.activity.updateMany({
        where: { id, version: row.version },
        data: data as Prisma.ActivityUpdateManyMutationInput,
      });
      if (updated.count === 0) throw new ConflictError();
      if (changed.includes('organizationId')) {
        await tx.activity.update({ where: { id }, data: { organizationId: (next.organizationId as string | null) ?? null } });
      }
      for (const key of changed) {
        if (!(EDIT_COLLECTIONS as readonly string[]).includes(key)) continue;
        await replaceCodes(tx, id, key as EditCollection, next[key] as string[]);
      }
      const before: Record<string, unknown> = Object.fromEntries(changed.map((k) => [k, current[k]]));
      const after: Record<string, unknown> = Object.fromEntries(changed.map((k) => [k, next[k]]));
      if (overridesChanged) {
        before.overriddenFields = row.overriddenFields;
        after.overriddenFields = overriddenList;
      }
      if (manual) {
        const parts = await writeManualParts(tx, id, values, row, now);
        Object.assign(before, parts.before);
        Object.assign(after, parts.after);
      }
      await writeAudit(tx, {
        ...actor,
        action: 'activity.update',
        entityType: 'Activity',
        entityId: id,
        before: JSON.parse(JSON.stringify(before)) as Prisma.InputJsonValue,
        after: JSON.parse(JSON.stringify(after)) as Prisma.InputJsonValue,
      });
      const saved = await tx.activity.findUniqueOrThrow({ where: { id }, include: activityEditInclude });
      return { ok: true, done: 'updated', id, version: saved.version, values: formValuesOf(saved), baseline: JSON.stringify(snapshotOf(saved)) } as const;
    });
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const row = await prisma.activity.findUnique({ where: { id }, include: activityEditInclude });
    if (!row) return { ok: false, code: 'NOT_FOUND' };
    return conflictResult(row, values, input.baseline);
  }
}

async function replaceCodes(tx: Tx, activityId: string, collection: EditCollection, codes: string[]): Promise<void> {
  const { column } = COLLECTION_TABLES[collection];
  const where = { where: { activityId } };
  const rows = codes.map((code) => ({ activityId, [column]: code }));
  switch (collection) {
    case 'themes':
      await tx.activityTheme.deleteMany(where);
      if (rows.length) await tx.activityTheme.createMany({ data: rows as Prisma.ActivityThemeCreateManyInput[] });
      break;
    case 'stages':
      await tx.activityStage.deleteMany(where);
      if (rows.length) await tx.activityStage.createMany({ data: rows as Prisma.ActivityStageCreateManyInput[] });
      break;
    case 'activityTypes':
      await tx.activityActivityType.deleteMany(where);
      if (rows.length) await tx.activityActivityType.createMany({ data: rows as Prisma.ActivityActivityTypeCreateManyInput[] });
      break;
    case 'ageGroups':
      await tx.activityAgeGroup.deleteMany(where);
      if (rows.length) await tx.activityAgeGroup.createMany({ data: rows as Prisma.ActivityAgeGroupCreateManyInput[] });
      break;
    case 'specialGroups':
      await tx.activitySpecialGroup.deleteMany(where);
      if (rows.length) await tx.activitySpecialGroup.createMany({ data: rows as Prisma.ActivitySpecialGroupCreateManyInput[] });
      break;
    case 'languages':
      await tx.activityLanguage.deleteMany(where);
      if (rows.length) await tx.activityLanguage.createMany({ data: rows as Prisma.ActivityLanguageCreateManyInput[] });
      break;
    case 'accessibility':
      await tx.activityAccessibility.deleteMany(where);
      if (rows.length) await tx.activityAccessibility.createMany({ data: rows as Prisma.ActivityAccessibilityCreateManyInput[] });
      break;
    case 'municipalities':
      await tx.activityMunicipality.deleteMany(where);
      if (rows.length) await tx.activityMunicipality.createMany({ data: rows as Prisma.ActivityMunicipalityCreateManyInput[] });
      break;
  }
}

// ---------------------------------------------------------------------------
// Create and verify
// ---------------------------------------------------------------------------

function slugBase(text: string): string {
  return slugify(text, 60) || 'toiminta';
}

export async function createActivity(
  prisma: PrismaClient,
  actor: Actor,
  values: ActivityFormValues,
  now = new Date(),
): Promise<ActivityActionResult> {
  return prisma.$transaction(async (tx) => {
    const refErrors = await referenceErrors(tx, values, true);
    if (Object.keys(refErrors).length > 0) return { ok: false, code: 'INVALID', fieldErrors: refErrors, values } as const;
    const s = snapshotOfValues(values);
    const title = (s.titleFi ?? s.titleSv ?? s.titleEn) as string;
    let slug = '';
    for (let attempt = 0; attempt < 5 && !slug; attempt++) {
      const candidate = `${slugBase(title)}-${randomBytes(3).toString('hex')}`;
      if (!(await tx.activity.findUnique({ where: { slug: candidate }, select: { id: true } }))) slug = candidate;
    }
    const status = s.status as 'PUBLISHED' | 'HIDDEN' | 'DRAFT' | 'ARCHIVED';
    const data: Record<string, unknown> = {};
    for (const field of [...TEXT_FIELDS, ...PLAIN_FIELDS]) data[field] = s[field];
    for (const field of FLAG_FIELDS) data[field] = s[field] === true;
    const codes = (collection: EditCollection) => {
      const { column } = COLLECTION_TABLES[collection];
      return { create: (s[collection] as string[]).map((code) => ({ [column]: code })) };
    };
    const activity = await tx.activity.create({
      data: {
        ...(data as Partial<Prisma.ActivityCreateInput>),
        slug,
        source: 'MANUAL',
        status,
        featured: s.featured === true,
        providerType: s.providerType as Prisma.ActivityCreateInput['providerType'],
        organization: s.organizationId ? { connect: { id: s.organizationId as string } } : undefined,
        publishedAt: status === 'PUBLISHED' ? now : null,
        archivedAt: status === 'ARCHIVED' ? now : null,
        themes: codes('themes') as Prisma.ActivityCreateInput['themes'],
        stages: codes('stages') as Prisma.ActivityCreateInput['stages'],
        activityTypes: codes('activityTypes') as Prisma.ActivityCreateInput['activityTypes'],
        ageGroups: codes('ageGroups') as Prisma.ActivityCreateInput['ageGroups'],
        specialGroups: codes('specialGroups') as Prisma.ActivityCreateInput['specialGroups'],
        languages: codes('languages') as Prisma.ActivityCreateInput['languages'],
        accessibility: codes('accessibility') as Prisma.ActivityCreateInput['accessibility'],
        municipalities: codes('municipalities') as Prisma.ActivityCreateInput['municipalities'],
        createdAt: now,
        updatedAt: now,
      },
      select: { id: true },
    });
    const parts = await writeManualParts(tx, activity.id, values, null, now);
    const after = { ...Object.fromEntries(SNAPSHOT_KEYS.map((k) => [k, s[k]])), slug, source: 'MANUAL', ...parts.after };
    await writeAudit(tx, {
      ...actor,
      action: 'activity.create',
      entityType: 'Activity',
      entityId: activity.id,
      after: JSON.parse(JSON.stringify(after)) as Prisma.InputJsonValue,
    });
    return { ok: true, done: 'created', id: activity.id } as const;
  });
}

export async function markVerified(
  prisma: PrismaClient,
  actor: Actor,
  id: string,
  now = new Date(),
): Promise<ActivityActionResult> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.activity.findUnique({
      where: { id },
      select: { lastVerifiedAt: true, lastVerifiedById: true, version: true },
    });
    if (!row) return { ok: false, code: 'NOT_FOUND' } as const;
    // Checking does not change content, so it does not bump the version an open edit form holds.
    await tx.activity.update({ where: { id }, data: { lastVerifiedAt: now, lastVerifiedById: actor.actorId } });
    await writeAudit(tx, {
      ...actor,
      action: 'activity.verify',
      entityType: 'Activity',
      entityId: id,
      before: { lastVerifiedAt: row.lastVerifiedAt?.toISOString() ?? null, lastVerifiedById: row.lastVerifiedById },
      after: { lastVerifiedAt: now.toISOString(), lastVerifiedById: actor.actorId },
    });
    return { ok: true, done: 'verified', id } as const;
  });
}
