import { z } from 'zod';

/**
 * The activity form: field names, the values it carries and how they are validated. Shared by
 * the server actions and the client form (no server-only imports here). Error messages are keys
 * under Admin.activities.errors, translated by the form.
 */

export const LANGS = ['Fi', 'Sv', 'En'] as const;
export const TEXT_GROUPS = ['title', 'summary', 'description', 'priceNote', 'registrationNote', 'imageAlt'] as const;
export type TextGroup = (typeof TEXT_GROUPS)[number];
export type TextField = `${TextGroup}${(typeof LANGS)[number]}`;
export const TEXT_FIELDS = TEXT_GROUPS.flatMap((group) => LANGS.map((lang) => `${group}${lang}` as TextField));

/** Longest accepted text per group, in characters. */
export const TEXT_MAX: Record<TextGroup, number> = {
  title: 200,
  summary: 600,
  description: 20_000,
  priceNote: 1_000,
  registrationNote: 1_000,
  imageAlt: 300,
};

/** Single-value columns a sync also writes (keys as in overriddenFields). */
export const PLAIN_FIELDS = ['registrationUrl', 'registrationEmail', 'registrationPhone', 'imageUrl'] as const;
export const FLAG_FIELDS = ['isFree', 'registrationRequired', 'isRemote', 'isRegionWide'] as const;
/** Taxonomy collections the form edits (keys as in overriddenFields). */
export const EDIT_COLLECTIONS = [
  'themes', 'stages', 'activityTypes', 'ageGroups', 'specialGroups', 'languages', 'accessibility', 'municipalities',
] as const;
export type EditCollection = (typeof EDIT_COLLECTIONS)[number];

export const PROVIDER_TYPES = ['POHDE', 'PARISH', 'ASSOCIATION', 'MUNICIPALITY', 'OTHER'] as const;
export const STATUSES = ['PUBLISHED', 'HIDDEN', 'DRAFT', 'ARCHIVED'] as const;
export const CHANNEL_TYPES = ['KEEP', 'NONE', 'PLACE', 'ONLINE', 'PHONE'] as const;
export const SCHEDULE_KINDS = ['KEEP', 'NONE', 'ONE_OFF', 'WEEKLY'] as const;

/** Keys a coordinator can own on a synced activity, i.e. compared with the upstream value. */
export const SYNCED_KEYS = [...TEXT_FIELDS, ...PLAIN_FIELDS, ...FLAG_FIELDS, 'providerType', ...EDIT_COLLECTIONS] as const;
/** Every key of the saved state that a conflict can be about. */
export const SNAPSHOT_KEYS = [...SYNCED_KEYS, 'featured', 'status', 'organizationId'] as const;
export type SnapshotKey = (typeof SNAPSHOT_KEYS)[number];
export type SnapshotValue = string | boolean | string[] | null;
export type Snapshot = Record<SnapshotKey, SnapshotValue>;

/** Place, contacts and schedule: only for manual listings (a synced item's come from the source). */
export const MANUAL_STRING_FIELDS = [
  'channelType', 'placeName', 'streetAddress', 'postalCode', 'city', 'channelMunicipality', 'onlineUrl', 'channelPhone',
  'contactEmail', 'contactPhone', 'contactWeb',
  'scheduleKind', 'date', 'startTime', 'endTime', 'weeklyStartTime', 'weeklyEndTime', 'validFrom', 'validUntil',
] as const;

export const STRING_FIELDS = [
  ...TEXT_FIELDS, ...PLAIN_FIELDS, 'providerType', 'status', 'organizationId', ...MANUAL_STRING_FIELDS,
] as const;
export type StringField = (typeof STRING_FIELDS)[number];
export const BOOLEAN_FIELDS = [...FLAG_FIELDS, 'featured'] as const;
export type BooleanField = (typeof BOOLEAN_FIELDS)[number];
export const LIST_FIELDS = [...EDIT_COLLECTIONS, 'weekdays', 'revert'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/** What the form shows and posts: strings as typed, checkboxes as booleans, groups as lists. */
export type ActivityFormValues = Record<StringField, string> & Record<BooleanField, boolean> & Record<ListField, string[]>;
export type ActivityFormField = StringField | BooleanField | ListField | 'form';

export type ActivityErrorKey =
  | 'titleRequired' | 'tooLong' | 'url' | 'email' | 'phone' | 'status' | 'providerType' | 'codes' | 'organization'
  | 'postalCode' | 'city' | 'onlineUrl' | 'channelPhone' | 'date' | 'time' | 'endTime' | 'weekdays' | 'dateRange'
  | 'municipality' | 'scheduleKind' | 'channelType' | 'version';

export type ActivityFieldErrors = Partial<Record<ActivityFormField, ActivityErrorKey>>;

/** A field somebody else (a person or the sync) changed while the form was open. */
export interface ConflictChange {
  field: SnapshotKey;
  /** The saved value now. */
  current: SnapshotValue;
  /** Whether the user had changed the same field too (their input is kept in the form). */
  alsoYours: boolean;
}

export type ActivityActionResult =
  | { ok: true; done: 'updated' | 'unchanged' | 'created' | 'verified'; id: string; version?: number; values?: ActivityFormValues; baseline?: string }
  | {
      ok: false;
      code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'INVALID' | 'NOT_FOUND' | 'CONFLICT';
      fieldErrors?: ActivityFieldErrors;
      /** The user's input, so that the form can show it again. */
      values?: ActivityFormValues;
      /** CONFLICT: the current version and state to save against next time, and what changed. */
      version?: number;
      baseline?: string;
      changes?: ConflictChange[];
    };

export function emptyFormValues(): ActivityFormValues {
  const values = {} as ActivityFormValues;
  for (const field of STRING_FIELDS) values[field] = '';
  for (const field of BOOLEAN_FIELDS) values[field] = false;
  for (const field of LIST_FIELDS) values[field] = [];
  values.status = 'PUBLISHED';
  values.isFree = true;
  values.channelType = 'NONE';
  values.scheduleKind = 'NONE';
  return values;
}

/** Reads the posted form into values; unknown names are ignored. */
export function readFormValues(formData: FormData): ActivityFormValues {
  const values = emptyFormValues();
  for (const field of STRING_FIELDS) {
    const value = formData.get(field);
    values[field] = typeof value === 'string' ? value.slice(0, 25_000) : '';
  }
  for (const field of BOOLEAN_FIELDS) values[field] = formData.get(field) !== null;
  for (const field of LIST_FIELDS) {
    values[field] = [...new Set(formData.getAll(field).filter((v): v is string => typeof v === 'string'))].slice(0, 200);
  }
  return values;
}

/** Text as stored: line breaks as \n, trimmed, empty → null. Browsers post textarea breaks as \r\n. */
export function normalizeText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\r\n?/g, '\n').trim();
  return text === '' ? null : text;
}

const optional = (check: (value: string) => boolean) => (value: string) => {
  const text = normalizeText(value);
  return text === null || check(text);
};
const isUrl = (value: string) => {
  if (value.length > 2000) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};
const isEmail = (value: string) => value.length <= 254 && z.email().safeParse(value).success;
const isPhone = (value: string) => /^\+?[0-9][0-9 ()-]{4,24}$/.test(value);
const isTime = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
const isDate = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

/**
 * Checks the values. `mode` says which parts the form had: "synced" edits have no place,
 * contacts or schedule; "create" has no "keep" choices.
 */
export function validateFormValues(values: ActivityFormValues, mode: 'create' | 'manual' | 'synced'): ActivityFieldErrors {
  const errors: ActivityFieldErrors = {};
  const fail = (field: ActivityFormField, key: ActivityErrorKey) => {
    errors[field] ??= key;
  };
  for (const group of TEXT_GROUPS) {
    for (const lang of LANGS) {
      const field = `${group}${lang}` as TextField;
      if ((normalizeText(values[field])?.length ?? 0) > TEXT_MAX[group]) fail(field, 'tooLong');
    }
  }
  if (!LANGS.some((lang) => normalizeText(values[`title${lang}`]) !== null)) {
    // The revert of a title to its upstream value is judged by the server, which knows that value.
    if (!LANGS.some((lang) => values.revert.includes(`title${lang}`))) fail('titleFi', 'titleRequired');
  }
  if (!optional(isUrl)(values.registrationUrl)) fail('registrationUrl', 'url');
  // Images may also be the site's own files ("/demo/images/…").
  if (!optional((v) => isUrl(v) || /^\/(?!\/)\S+$/.test(v))(values.imageUrl)) fail('imageUrl', 'url');
  if (!optional(isEmail)(values.registrationEmail)) fail('registrationEmail', 'email');
  if (!optional(isPhone)(values.registrationPhone)) fail('registrationPhone', 'phone');
  if (!(STATUSES as readonly string[]).includes(values.status)) fail('status', 'status');
  if (!(PROVIDER_TYPES as readonly string[]).includes(values.providerType)) fail('providerType', 'providerType');
  if (values.organizationId !== '' && !z.uuid().safeParse(values.organizationId).success) fail('organizationId', 'organization');
  if (mode === 'synced') return errors;

  if (!(CHANNEL_TYPES as readonly string[]).includes(values.channelType) || (mode === 'create' && values.channelType === 'KEEP')) {
    fail('channelType', 'channelType');
  }
  if (values.channelType === 'PLACE') {
    if (normalizeText(values.city) === null) fail('city', 'city');
    if (!optional((v) => /^\d{5}$/.test(v))(values.postalCode)) fail('postalCode', 'postalCode');
    if ((normalizeText(values.streetAddress)?.length ?? 0) > 200) fail('streetAddress', 'tooLong');
    if ((normalizeText(values.placeName)?.length ?? 0) > 200) fail('placeName', 'tooLong');
    if ((normalizeText(values.city)?.length ?? 0) > 100) fail('city', 'tooLong');
  }
  if (values.channelType === 'ONLINE' && !isUrl(normalizeText(values.onlineUrl) ?? '')) fail('onlineUrl', 'onlineUrl');
  if (values.channelType === 'PHONE' && !isPhone(normalizeText(values.channelPhone) ?? '')) fail('channelPhone', 'channelPhone');
  if (!optional(isEmail)(values.contactEmail)) fail('contactEmail', 'email');
  if (!optional(isPhone)(values.contactPhone)) fail('contactPhone', 'phone');
  if (!optional(isUrl)(values.contactWeb)) fail('contactWeb', 'url');

  if (!(SCHEDULE_KINDS as readonly string[]).includes(values.scheduleKind) || (mode === 'create' && values.scheduleKind === 'KEEP')) {
    fail('scheduleKind', 'scheduleKind');
  }
  const checkTimes = (startField: 'startTime' | 'weeklyStartTime', endField: 'endTime' | 'weeklyEndTime') => {
    const start = values[startField].trim();
    const end = values[endField].trim();
    if (!isTime(start)) fail(startField, 'time');
    if (end !== '' && !isTime(end)) fail(endField, 'time');
    else if (end !== '' && isTime(start) && end <= start) fail(endField, 'endTime');
  };
  if (values.scheduleKind === 'ONE_OFF') {
    if (!isDate(values.date.trim())) fail('date', 'date');
    checkTimes('startTime', 'endTime');
  }
  if (values.scheduleKind === 'WEEKLY') {
    const days = values.weekdays;
    if (days.length === 0 || days.some((d) => !/^[1-7]$/.test(d))) fail('weekdays', 'weekdays');
    checkTimes('weeklyStartTime', 'weeklyEndTime');
    const from = values.validFrom.trim();
    const until = values.validUntil.trim();
    if (!isDate(from)) fail('validFrom', 'date');
    if (!isDate(until)) fail('validUntil', 'date');
    else if (isDate(from)) {
      const days = (Date.parse(until) - Date.parse(from)) / 86_400_000;
      if (days < 0 || days > 731) fail('validUntil', 'dateRange');
    }
  }
  return errors;
}

export const activityIdSchema = z.uuid();
export const versionSchema = z.coerce.number().int().min(1).max(2_147_483_647);
