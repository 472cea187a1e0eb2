import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import {
  EDIT_COLLECTIONS,
  emptyFormValues,
  FLAG_FIELDS,
  normalizeText,
  PLAIN_FIELDS,
  SNAPSHOT_KEYS,
  TEXT_FIELDS,
  type ActivityFieldErrors,
  type ActivityFormField,
  type ActivityFormValues,
  type EditCollection,
  type Snapshot,
  type SnapshotValue,
} from './schemas';

/** The join table and code column behind each collection key. */
export const COLLECTION_TABLES = {
  themes: { relation: 'themes', column: 'themeCode' },
  stages: { relation: 'stages', column: 'stageCode' },
  activityTypes: { relation: 'activityTypes', column: 'activityTypeCode' },
  ageGroups: { relation: 'ageGroups', column: 'ageGroupCode' },
  specialGroups: { relation: 'specialGroups', column: 'specialGroupCode' },
  languages: { relation: 'languages', column: 'languageCode' },
  accessibility: { relation: 'accessibility', column: 'featureCode' },
  municipalities: { relation: 'municipalities', column: 'municipalityCode' },
} as const satisfies Record<EditCollection, { relation: string; column: string }>;

export const activityEditInclude = {
  themes: { select: { themeCode: true } },
  stages: { select: { stageCode: true } },
  activityTypes: { select: { activityTypeCode: true } },
  ageGroups: { select: { ageGroupCode: true } },
  specialGroups: { select: { specialGroupCode: true } },
  languages: { select: { languageCode: true } },
  accessibility: { select: { featureCode: true } },
  municipalities: { select: { municipalityCode: true } },
  channels: { orderBy: { sortOrder: 'asc' } },
  schedules: { orderBy: { id: 'asc' } },
  contacts: { orderBy: { sortOrder: 'asc' } },
  lastVerifiedBy: { select: { name: true } },
} as const satisfies Prisma.ActivityInclude;

export type ActivityEditRow = Prisma.ActivityGetPayload<{ include: typeof activityEditInclude }>;

export function codesOf(row: ActivityEditRow, collection: EditCollection): string[] {
  const { relation, column } = COLLECTION_TABLES[collection];
  return (row[relation] as Record<string, string>[]).map((link) => link[column]!).sort();
}

/** Normalised values, so that "unchanged" compares equal whatever the browser posted. */
export function normalizeValue(key: string, value: unknown): SnapshotValue {
  if ((EDIT_COLLECTIONS as readonly string[]).includes(key)) {
    return Array.isArray(value) ? [...new Set(value.map(String))].sort() : [];
  }
  if ((FLAG_FIELDS as readonly string[]).includes(key) || key === 'featured') return value === true;
  return normalizeText(value);
}

export const sameValue = (a: SnapshotValue, b: SnapshotValue) => JSON.stringify(a) === JSON.stringify(b);

/** The saved state of the editable keys. */
export function snapshotOf(row: ActivityEditRow): Snapshot {
  const record = row as unknown as Record<string, unknown>;
  const snapshot = {} as Snapshot;
  for (const key of SNAPSHOT_KEYS) {
    snapshot[key] = (EDIT_COLLECTIONS as readonly string[]).includes(key)
      ? codesOf(row, key as EditCollection)
      : normalizeValue(key, record[key]);
  }
  return snapshot;
}

/** The same keys from posted values (the form's strings and lists). */
export function snapshotOfValues(values: ActivityFormValues): Snapshot {
  const snapshot = {} as Snapshot;
  for (const key of SNAPSHOT_KEYS) snapshot[key] = normalizeValue(key, values[key]);
  return snapshot;
}

const isoDate = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : '');
const helsinki = (date: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(date)
    .split(' ');

/** What the form shows for a saved activity. */
export function formValuesOf(row: ActivityEditRow): ActivityFormValues {
  const values = emptyFormValues();
  const record = row as unknown as Record<string, unknown>;
  for (const field of [...TEXT_FIELDS, ...PLAIN_FIELDS] as const) values[field] = (record[field] as string | null) ?? '';
  for (const field of FLAG_FIELDS) values[field] = row[field];
  for (const collection of EDIT_COLLECTIONS) values[collection] = codesOf(row, collection);
  values.featured = row.featured;
  values.status = row.status;
  values.providerType = row.providerType;
  values.organizationId = row.organizationId ?? '';

  const channel = row.channels[0];
  values.channelType = channel ? 'KEEP' : 'NONE';
  if (channel) {
    values.placeName = channel.nameFi ?? '';
    values.streetAddress = channel.streetAddressFi ?? '';
    values.postalCode = channel.postalCode ?? '';
    values.city = channel.postOfficeFi ?? '';
    values.channelMunicipality = channel.municipalityCode ?? '';
    values.onlineUrl = channel.url ?? '';
    values.channelPhone = channel.phone ?? '';
  }
  const contact = (type: 'EMAIL' | 'PHONE' | 'WEB') => row.contacts.find((c) => c.type === type)?.value ?? '';
  values.contactEmail = contact('EMAIL');
  values.contactPhone = contact('PHONE');
  values.contactWeb = contact('WEB');

  const schedule = row.schedules[0];
  values.scheduleKind = schedule ? 'KEEP' : 'NONE';
  if (schedule?.kind === 'ONE_OFF' && schedule.startsAt) {
    const [date, time] = helsinki(schedule.startsAt);
    values.date = date ?? '';
    values.startTime = time ?? '';
    values.endTime = schedule.endsAt ? (helsinki(schedule.endsAt)[1] ?? '') : '';
  } else if (schedule?.kind === 'RECURRING') {
    values.weekdays = schedule.weekdays.map(String);
    values.weeklyStartTime = schedule.startTime ?? '';
    values.weeklyEndTime = schedule.endTime ?? '';
    values.validFrom = isoDate(schedule.validFrom);
    values.validUntil = isoDate(schedule.validUntil);
  }
  return values;
}

/** Drops the errors of fields posted exactly as they are saved: only what the user changed is judged. */
export function withoutUnchanged(errors: ActivityFieldErrors, values: ActivityFormValues, saved: ActivityFormValues): ActivityFieldErrors {
  const comparable = (value: unknown) => (Array.isArray(value) ? JSON.stringify([...value].sort()) : JSON.stringify(normalizeText(value) ?? value));
  const kept: ActivityFieldErrors = {};
  for (const [field, key] of Object.entries(errors) as [ActivityFormField, ActivityFieldErrors[ActivityFormField]][]) {
    const unchanged = field !== 'form' && field in saved && comparable(values[field]) === comparable(saved[field]);
    if (!unchanged) kept[field] = key;
  }
  return kept;
}
