import 'server-only';
import type { HttpPolicy } from './config';

/**
 * The source-neutral shape every mapper produces. It mirrors our Activity model (field
 * keys are the ones `Activity.overriddenFields` uses), holds only plain JSON values, and
 * is what gets hashed for change detection and stored as `Activity.upstreamData`.
 */

export type SourceKind = 'LAHELLA' | 'PTV';
export type ProviderType = 'ASSOCIATION' | 'PARISH' | 'POHDE' | 'MUNICIPALITY' | 'OTHER';
export type TaxonomyKind = 'THEME' | 'STAGE' | 'ACTIVITY_TYPE' | 'AGE_GROUP' | 'SPECIAL_GROUP' | 'LANGUAGE' | 'ACCESSIBILITY';

/** Scalar Activity columns a sync writes; each key may be listed in overriddenFields. */
export interface MappedActivityFields {
  titleFi: string | null;
  titleSv: string | null;
  titleEn: string | null;
  summaryFi: string | null;
  summarySv: string | null;
  summaryEn: string | null;
  descriptionFi: string | null;
  descriptionSv: string | null;
  descriptionEn: string | null;
  priceNoteFi: string | null;
  priceNoteSv: string | null;
  priceNoteEn: string | null;
  registrationNoteFi: string | null;
  registrationNoteSv: string | null;
  registrationNoteEn: string | null;
  isFree: boolean;
  registrationRequired: boolean;
  registrationUrl: string | null;
  registrationEmail: string | null;
  registrationPhone: string | null;
  imageUrl: string | null;
  imageAltFi: string | null;
  imageAltSv: string | null;
  imageAltEn: string | null;
  isRemote: boolean;
  isRegionWide: boolean;
  providerType: ProviderType;
}

export const SCALAR_FIELDS = [
  'titleFi', 'titleSv', 'titleEn', 'summaryFi', 'summarySv', 'summaryEn',
  'descriptionFi', 'descriptionSv', 'descriptionEn', 'priceNoteFi', 'priceNoteSv', 'priceNoteEn',
  'registrationNoteFi', 'registrationNoteSv', 'registrationNoteEn', 'isFree', 'registrationRequired',
  'registrationUrl', 'registrationEmail', 'registrationPhone', 'imageUrl', 'imageAltFi', 'imageAltSv',
  'imageAltEn', 'isRemote', 'isRegionWide', 'providerType',
] as const satisfies readonly (keyof MappedActivityFields)[];

/** Join collections (taxonomy codes), keyed like overriddenFields. */
export const CODE_COLLECTIONS = [
  'themes', 'stages', 'activityTypes', 'ageGroups', 'specialGroups', 'languages', 'accessibility', 'municipalities',
] as const;
export type CodeCollection = (typeof CODE_COLLECTIONS)[number];

export interface MappedSchedule {
  kind: 'ONE_OFF' | 'RECURRING' | 'PERIOD';
  timeZone: string;
  /** ISO instants (ONE_OFF). */
  startsAt: string | null;
  endsAt: string | null;
  /** "YYYY-MM-DD" local dates (RECURRING, PERIOD). */
  validFrom: string | null;
  validUntil: string | null;
  frequency: 'DAILY' | 'WEEKLY' | 'MONTHLY' | null;
  interval: number;
  weekdays: number[];
  startTime: string | null;
  endTime: string | null;
  excludedDates: string[];
  noteFi: string | null;
  noteSv: string | null;
  noteEn: string | null;
}

export interface MappedChannel {
  type: 'PLACE' | 'ONLINE' | 'PHONE' | 'HYBRID';
  nameFi: string | null;
  nameSv: string | null;
  nameEn: string | null;
  streetAddressFi: string | null;
  streetAddressSv: string | null;
  postalCode: string | null;
  postOfficeFi: string | null;
  postOfficeSv: string | null;
  municipalityCode: string | null;
  latitude: number | null;
  longitude: number | null;
  url: string | null;
  phone: string | null;
  schedules: MappedSchedule[];
}

export interface MappedContact {
  type: 'EMAIL' | 'PHONE' | 'WEB';
  value: string;
  label: string | null;
}

export interface MappedOrganization {
  externalId: string;
  nameFi: string | null;
  nameSv: string | null;
  nameEn: string | null;
  descriptionFi: string | null;
  descriptionSv: string | null;
  descriptionEn: string | null;
  providerType: ProviderType;
  businessId: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  municipalityCode: string | null;
}

export interface MappedActivity extends MappedActivityFields, Record<CodeCollection, string[]> {
  externalId: string;
  upstreamModifiedAt: string | null;
  organization: MappedOrganization | null;
  channels: MappedChannel[];
  /** Schedules not tied to a channel. */
  schedules: MappedSchedule[];
  contacts: MappedContact[];
}

/** A source code the mapping table does not know, seen while mapping one item. */
export interface UnknownCode {
  field: string;
  code: string;
}

/** What a mapper makes of one upstream item. */
export type MapResult =
  | { kind: 'upsert'; activity: MappedActivity; unknownCodes: UnknownCode[] }
  /** Upstream says the item is gone (withdrawn, draft, outside our region): archive it if we have it. */
  | { kind: 'remove'; externalId: string; reason: string }
  | { kind: 'skip'; externalId: string | null; reason: string; details?: unknown };

/** Lookup data a mapper needs, read from the database once per run. */
export interface MapContext {
  /** Source code → our taxonomy targets (SourceCodeMapping rows of this source). */
  codes: ReadonlyMap<string, readonly { kind: TaxonomyKind; code: string }[]>;
  municipalities: readonly { code: string; nameFi: string; nameSv: string }[];
  ageGroups: readonly { code: string; minAge: number | null; maxAge: number | null }[];
  languages: ReadonlySet<string>;
  accessibility: ReadonlySet<string>;
  /** Codes that exist per taxonomy: a mapping row pointing elsewhere is ignored, not written. */
  known: ReadonlyMap<TaxonomyKind, ReadonlySet<string>>;
}

export interface SourcePage {
  /** Raw items, validated and mapped one by one so that a bad item does not sink the page. */
  items: unknown[];
  /** The expected number of items in the whole pull, when the source tells. */
  total?: number;
}

export interface FetchContext {
  http: HttpPolicy;
  pageSize: number;
  /** More pages than this means the list does not end: the run fails. */
  maxPages: number;
  /** Full pull (allows archiving) or changes since `since`. */
  mode: { kind: 'full' } | { kind: 'incremental'; since: Date };
  signal?: AbortSignal;
  log: (message: string) => void;
  /** Our municipality codes (sources that list by area ask for each). */
  municipalityCodes: readonly string[];
}

/**
 * One upstream source. Adding a source means implementing this and registering it in
 * sources.ts; run-sync.ts does the rest (locking, diffing, writing, bookkeeping).
 */
export interface SyncSource {
  readonly kind: SourceKind;
  /** Why the source cannot run (e.g. its URL is not configured), or null. */
  configurationProblem(): string | null;
  /** Whether it can pull only changes since a date; otherwise every run is a full pull. */
  readonly supportsIncremental: boolean;
  fetchPages(context: FetchContext): AsyncIterable<SourcePage>;
  /** Validates and maps one raw item; pure. */
  mapItem(raw: unknown, context: MapContext): MapResult;
}
