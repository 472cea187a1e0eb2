import { z } from 'zod';
import { fieldErrorsOf, type ActionResult, type FieldErrors } from '@/lib/admin/action-result';

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

export type ActivityFieldErrors = FieldErrors<ActivityFormField, ActivityErrorKey>;

/** A field somebody else (a person or the sync) changed while the form was open. */
export interface ConflictChange {
  field: SnapshotKey;
  /** The saved value now. */
  current: SnapshotValue;
  /** Whether the user had changed the same field too (their input is kept in the form). */
  alsoYours: boolean;
}

export type ActivityActionResult = ActionResult<
  { ok: true; done: 'updated' | 'unchanged' | 'created' | 'verified'; id: string; version?: number; values?: ActivityFormValues; baseline?: string },
  {
    ok: false;
    code: 'INVALID' | 'NOT_FOUND' | 'CONFLICT';
    fieldErrors?: ActivityFieldErrors;
    /** The user's input, so that the form can show it again. */
    values?: ActivityFormValues;
    /** CONFLICT: the current version and state to save against next time, and what changed. */
    version?: number;
    baseline?: string;
    changes?: ConflictChange[];
  }
>;

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

/** A text field that may be empty; when filled it must pass `check`. Messages are error keys. */
const optionalText = (check: (text: string) => boolean, message: ActivityErrorKey) =>
  z.string().refine((value) => {
    const text = normalizeText(value);
    return text === null || check(text);
  }, { message });
const maxText = (max: number) => optionalText((text) => text.length <= max, 'tooLong');
const enumOf = <T extends readonly [string, ...string[]]>(choices: T, message: ActivityErrorKey) => z.enum(choices, { message });

const textShape = Object.fromEntries(
  TEXT_GROUPS.flatMap((group) => LANGS.map((lang) => [`${group}${lang}`, maxText(TEXT_MAX[group])])),
) as Record<TextField, z.ZodString>;

/** What every activity form has: texts, registration, visibility, organiser. */
const baseShape = {
  ...textShape,
  registrationUrl: optionalText(isUrl, 'url'),
  // Images may also be the site's own files ("/demo/images/…").
  imageUrl: optionalText((text) => isUrl(text) || /^\/(?!\/)\S+$/.test(text), 'url'),
  registrationEmail: optionalText(isEmail, 'email'),
  registrationPhone: optionalText(isPhone, 'phone'),
  status: enumOf(STATUSES, 'status'),
  providerType: enumOf(PROVIDER_TYPES, 'providerType'),
  organizationId: z.string().refine((value) => value === '' || z.uuid().safeParse(value).success, { message: 'organization' }),
  revert: z.array(z.string()),
};

/** Place, contacts and schedule of a manual listing. */
const manualShape = (mode: 'create' | 'manual') => ({
  channelType: mode === 'create' ? enumOf(['NONE', 'PLACE', 'ONLINE', 'PHONE'], 'channelType') : enumOf(CHANNEL_TYPES, 'channelType'),
  scheduleKind: mode === 'create' ? enumOf(['NONE', 'ONE_OFF', 'WEEKLY'], 'scheduleKind') : enumOf(SCHEDULE_KINDS, 'scheduleKind'),
  placeName: maxText(200),
  streetAddress: maxText(200),
  postalCode: z.string(),
  city: maxText(100),
  channelMunicipality: z.string(),
  onlineUrl: z.string(),
  channelPhone: z.string(),
  contactEmail: optionalText(isEmail, 'email'),
  contactPhone: optionalText(isPhone, 'phone'),
  contactWeb: optionalText(isUrl, 'url'),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  weeklyStartTime: z.string(),
  weeklyEndTime: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  weekdays: z.array(z.string()),
});

type Issue = (field: ActivityFormField, message: ActivityErrorKey) => void;

/** At least one title; a revert of a title to its source value is judged by the server, which knows that value. */
function checkTitle(values: Pick<ActivityFormValues, TextField | 'revert'>, issue: Issue) {
  const hasTitle = LANGS.some((lang) => normalizeText(values[`title${lang}`]) !== null || values.revert.includes(`title${lang}`));
  if (!hasTitle) issue('titleFi', 'titleRequired');
}

/** The fields the chosen kind of place and schedule needs. */
function checkPlaceAndSchedule(values: ActivityFormValues, issue: Issue) {
  if (values.channelType === 'PLACE') {
    if (normalizeText(values.city) === null) issue('city', 'city');
    const postalCode = normalizeText(values.postalCode);
    if (postalCode !== null && !/^\d{5}$/.test(postalCode)) issue('postalCode', 'postalCode');
  }
  if (values.channelType === 'ONLINE' && !isUrl(normalizeText(values.onlineUrl) ?? '')) issue('onlineUrl', 'onlineUrl');
  if (values.channelType === 'PHONE' && !isPhone(normalizeText(values.channelPhone) ?? '')) issue('channelPhone', 'channelPhone');

  const checkTimes = (startField: 'startTime' | 'weeklyStartTime', endField: 'endTime' | 'weeklyEndTime') => {
    const start = values[startField].trim();
    const end = values[endField].trim();
    if (!isTime(start)) issue(startField, 'time');
    if (end !== '' && !isTime(end)) issue(endField, 'time');
    else if (end !== '' && isTime(start) && end <= start) issue(endField, 'endTime');
  };
  if (values.scheduleKind === 'ONE_OFF') {
    if (!isDate(values.date.trim())) issue('date', 'date');
    checkTimes('startTime', 'endTime');
  }
  if (values.scheduleKind === 'WEEKLY') {
    if (values.weekdays.length === 0 || values.weekdays.some((day) => !/^[1-7]$/.test(day))) issue('weekdays', 'weekdays');
    checkTimes('weeklyStartTime', 'weeklyEndTime');
    const from = values.validFrom.trim();
    const until = values.validUntil.trim();
    if (!isDate(from)) issue('validFrom', 'date');
    if (!isDate(until)) issue('validUntil', 'date');
    else if (isDate(from)) {
      const days = (Date.parse(until) - Date.parse(from)) / 86_400_000;
      if (days < 0 || days > 731) issue('validUntil', 'dateRange');
    }
  }
}

// Cross-field rules run even when a single field failed, so the user sees every problem at once.
const always = { when: () => true };

/**
 * The form's schema. `mode` says which parts the form has: a synced activity's form has no
 * place, contacts or schedule (they come from the source); a new listing has no "keep" choices.
 */
export function activityFormSchema(mode: 'create' | 'manual' | 'synced') {
  if (mode === 'synced') {
    return z.object(baseShape).superRefine((values, ctx) => {
      checkTitle(values, (field, message) => ctx.addIssue({ code: 'custom', path: [field], message }));
    }, always);
  }
  return z.object({ ...baseShape, ...manualShape(mode) }).superRefine((values, ctx) => {
    const issue: Issue = (field, message) => ctx.addIssue({ code: 'custom', path: [field], message });
    checkTitle(values, issue);
    checkPlaceAndSchedule(values as unknown as ActivityFormValues, issue);
  }, always);
}

/** Checks the values; the result has one error key per field (empty when all is well). */
export function validateFormValues(values: ActivityFormValues, mode: 'create' | 'manual' | 'synced'): ActivityFieldErrors {
  const parsed = activityFormSchema(mode).safeParse(values);
  return parsed.success ? {} : fieldErrorsOf<ActivityFormField, ActivityErrorKey>(parsed.error);
}

export const activityIdSchema = z.uuid();
export const versionSchema = z.coerce.number().int().min(1).max(2_147_483_647);
