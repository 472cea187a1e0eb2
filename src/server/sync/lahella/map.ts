import 'server-only';
import { htmlToText, sanitizeHtml } from '../sanitize-html';
import { ageGroupsForRange, CodeCollector, municipalityByName } from '../codes';
import { compactIssues, describeZodError, invalidItem, parseFinnishAddress, safeEmail, safePhone, safeUrl, truncate } from '../map-helpers';
import { isValidTimeZone, localDateTime } from '../time';
import type {
  MapContext,
  MapResult,
  MappedActivity,
  MappedChannel,
  MappedContact,
  MappedOrganization,
  MappedSchedule,
  ProviderType,
} from '../types';
import {
  lahellaActivitySchema,
  lahellaGroupSchema,
  type LahellaActivity,
  type LahellaGroup,
  type LahellaRawItem,
} from './schema';

/** The region names (state/FI/<name>) that mean "the whole county" for us. */
export const LAHELLA_REGION_NAMES = ['pohjois-pohjanmaa', 'norra österbotten', 'north ostrobothnia'];

/** Lähellä accessibility codes → ours (a SourceCodeMapping row may add more). */
const ACCESSIBILITY: Record<string, string> = {
  ac_wheelchair: 'wheelchair',
  ac_rollator: 'rollator',
  ac_inductionloop: 'induction-loop',
  ac_itoilet: 'accessible-toilet',
  ac_parking: 'accessible-parking',
};

/** Lähellä locales that are not plain ISO 639-1 codes. */
const LOCALE_ALIASES: Record<string, string> = { fisl: 'fse', fssl: 'fss' };

const CHANNEL_TYPES = { place: 'PLACE', online: 'ONLINE', phone: 'PHONE', hybrid: 'HYBRID' } as const;
const CONTACT_TYPES = { email: 'EMAIL', phone: 'PHONE', www: 'WEB' } as const;

const plain = (value: string | null | undefined, max = 2000) => truncate(htmlToText(value), max);
const rich = (value: string | null | undefined) => truncate(sanitizeHtml(value), 20_000);

function mapSchedules(events: LahellaActivity['channels'][number]['events']): MappedSchedule[] {
  const schedules: MappedSchedule[] = [];
  const base = { noteFi: null, noteSv: null, noteEn: null, excludedDates: [] as string[], interval: 1, weekdays: [] as number[] };
  for (const event of events) {
    const timeZone = isValidTimeZone(event.timeZone) ? event.timeZone : 'Europe/Helsinki';
    const start = localDateTime(event.start, timeZone);
    const end = event.end != null && event.end >= event.start ? localDateTime(event.end, timeZone) : null;
    const recurrence = event.recurrence;
    if (!recurrence) {
      if (event.type === 'period' && end) {
        schedules.push({
          ...base, kind: 'PERIOD', timeZone, startsAt: null, endsAt: null, validFrom: start.date, validUntil: end.date,
          frequency: null, startTime: null, endTime: null,
        });
      } else {
        schedules.push({
          ...base, kind: 'ONE_OFF', timeZone, startsAt: new Date(event.start).toISOString(),
          endsAt: end ? new Date(event.end!).toISOString() : null, validFrom: null, validUntil: null,
          frequency: null, startTime: null, endTime: null,
        });
      }
      continue;
    }
    const frequency: MappedSchedule['frequency'] & string =
      recurrence.period === 'P1D' ? 'DAILY' : recurrence.period === 'P1M' ? 'MONTHLY' : 'WEEKLY';
    const interval = recurrence.period === 'P2W' ? 2 : 1;
    const validUntil = recurrence.end != null ? localDateTime(recurrence.end, timeZone).date : null;
    const excludedDates = [
      ...new Set(recurrence.exclude.map((d) => (typeof d === 'number' ? localDateTime(d, timeZone).date : d.slice(0, 10)))),
    ].sort();
    const common = {
      ...base, kind: 'RECURRING' as const, timeZone, startsAt: null, endsAt: null, validFrom: start.date, validUntil,
      frequency, interval, excludedDates,
    };
    if (recurrence.daySpecificTimes.length > 0 && frequency !== 'MONTHLY') {
      // One schedule per distinct time slot, listing the weekdays that share it.
      const slots = new Map<string, { startTime: string; endTime: string | null; weekdays: Set<number> }>();
      for (const t of recurrence.daySpecificTimes) {
        const key = `${t.startTime}-${t.endTime ?? ''}`;
        const slot = slots.get(key) ?? { startTime: t.startTime, endTime: t.endTime ?? null, weekdays: new Set<number>() };
        slot.weekdays.add(t.weekday);
        slots.set(key, slot);
      }
      for (const slot of [...slots.values()].sort((a, b) => a.startTime.localeCompare(b.startTime))) {
        schedules.push({ ...common, weekdays: [...slot.weekdays].sort(), startTime: slot.startTime, endTime: slot.endTime });
      }
    } else {
      schedules.push({
        ...common,
        weekdays: frequency === 'WEEKLY' ? [start.weekday] : [],
        startTime: start.time,
        endTime: end?.time ?? null,
      });
    }
  }
  return schedules;
}

function mapChannel(channel: LahellaActivity['channels'][number], context: MapContext, fallbackMunicipality: string | null): MappedChannel {
  const fi = channel.translations.fi;
  const sv = channel.translations.sv;
  const en = channel.translations.en;
  const addressFi = parseFinnishAddress(fi?.address);
  const addressSv = parseFinnishAddress(sv?.address);
  const postOffice = addressFi.postOffice ?? addressSv.postOffice;
  const coordinates = channel.map?.center.coordinates;
  return {
    type: CHANNEL_TYPES[channel.type],
    nameFi: plain(fi?.name, 300),
    nameSv: plain(sv?.name, 300),
    nameEn: plain(en?.name, 300),
    streetAddressFi: addressFi.street,
    streetAddressSv: addressSv.street,
    postalCode: addressFi.postalCode ?? addressSv.postalCode,
    postOfficeFi: addressFi.postOffice,
    postOfficeSv: addressSv.postOffice,
    municipalityCode:
      channel.type === 'online' || channel.type === 'phone'
        ? null
        : ((postOffice ? municipalityByName(context, postOffice) : undefined) ?? fallbackMunicipality),
    latitude: coordinates ? coordinates[1] : null,
    longitude: coordinates ? coordinates[0] : null,
    url: safeUrl(channel.url ?? fi?.url ?? sv?.url ?? en?.url),
    phone: safePhone(channel.phone ?? fi?.phone),
    schedules: mapSchedules(channel.events),
  };
}

function providerTypeOf(group: LahellaGroup | null): ProviderType {
  const type = group?.type?.toLowerCase();
  if (type === 'parish' || type === 'congregation') return 'PARISH';
  if (type === 'municipality') return 'MUNICIPALITY';
  if (type === 'association' || type === 'foundation' || type === 'organization') return 'ASSOCIATION';
  const name = `${group?.translations.fi?.name ?? ''} ${group?.translations.sv?.name ?? ''}`.toLowerCase();
  if (/seurakun|församling/.test(name)) return 'PARISH';
  return group ? 'ASSOCIATION' : 'OTHER';
}

export function mapLahellaGroup(group: LahellaGroup, context: MapContext): MappedOrganization {
  const contact = (type: string) => group.contacts.find((c) => c.type === type)?.value;
  const city = group.region.find((r) => r.startsWith('city/FI/'));
  return {
    externalId: group._key,
    nameFi: plain(group.translations.fi?.name, 300),
    nameSv: plain(group.translations.sv?.name, 300),
    nameEn: plain(group.translations.en?.name, 300),
    descriptionFi: rich(group.translations.fi?.description),
    descriptionSv: rich(group.translations.sv?.description),
    descriptionEn: rich(group.translations.en?.description),
    providerType: providerTypeOf(group),
    businessId: group.businessId && /^\d{7}-\d$/.test(group.businessId.trim()) ? group.businessId.trim() : null,
    website: safeUrl(contact('www')),
    email: safeEmail(contact('email')),
    phone: safePhone(contact('phone')),
    municipalityCode: city ? (municipalityByName(context, city.slice('city/FI/'.length)) ?? null) : null,
  };
}

/**
 * Maps one Lähellä activity (with its organiser from the list's `links`) to our model.
 * Pure: everything it needs from the database comes in `context`.
 */
export function mapLahellaActivity(raw: LahellaRawItem, context: MapContext): MapResult {
  const rawKey = (raw.activity as { _key?: unknown } | null)?._key;
  const parsed = lahellaActivitySchema.safeParse(raw.activity);
  if (!parsed.success) return invalidItem(rawKey, parsed.error);
  const item = parsed.data;
  if (item.status !== 'published') return { kind: 'remove', externalId: item._key, reason: 'not published upstream' };

  const codes = new CodeCollector(context);

  // Where: municipalities of ours, or the whole county.
  const municipalities = new Set<string>();
  let isRegionWide = false;
  for (const region of item.traits.region) {
    const [scope, country, ...rest] = region.split('/');
    const name = rest.join('/');
    if (scope === 'city' && country === 'FI') {
      const code = municipalityByName(context, name);
      if (code) municipalities.add(code);
    } else if (scope === 'state' && country === 'FI') {
      if (LAHELLA_REGION_NAMES.includes(name.trim().toLowerCase())) isRegionWide = true;
    } else if (scope === 'country' && country === 'FI' && !name) {
      isRegionWide = true;
    } else {
      codes.markUnknown('region', region);
    }
  }
  if (municipalities.size === 0 && !isRegionWide) {
    return { kind: 'remove', externalId: item._key, reason: 'outside the region' };
  }

  for (const code of item.traits.theme) codes.mapSourceCode('theme', code);
  for (const code of item.traits.format) codes.mapSourceCode('format', code);
  for (const code of item.traits.type) codes.mapSourceCode('type', code);
  for (const code of item.traits.demographic) {
    const range = /^ageGroup\/range:(\d+)?-(\d+)?$/.exec(code);
    if (range && (range[1] || range[2])) {
      const min = range[1] ? Number(range[1]) : null;
      const max = range[2] ? Number(range[2]) : null;
      for (const group of ageGroupsForRange(context, min, max)) codes.add('AGE_GROUP', group);
    } else {
      codes.mapSourceCode('demographic', code);
    }
  }
  for (const locale of item.traits.locale) {
    const lower = locale.trim().toLowerCase();
    const language = LOCALE_ALIASES[lower] ?? lower.split(/[-_]/)[0]!;
    if (context.languages.has(language)) codes.add('LANGUAGE', language);
    else codes.mapSourceCode('locale', locale);
  }
  for (const channel of item.channels) {
    for (const code of channel.accessibility) {
      const ours = ACCESSIBILITY[code];
      if (ours && context.accessibility.has(ours)) codes.add('ACCESSIBILITY', ours);
      else codes.mapSourceCode('accessibility', code);
    }
  }

  const t = item.translations;
  const titles = { titleFi: plain(t.fi?.name, 300), titleSv: plain(t.sv?.name, 300), titleEn: plain(t.en?.name, 300) };
  if (!titles.titleFi && !titles.titleSv && !titles.titleEn) {
    return { kind: 'skip', externalId: item._key, reason: 'invalid item: no name in any language' };
  }

  const onlyMunicipality = municipalities.size === 1 ? [...municipalities][0]! : null;
  const channels = item.channels.map((c) => mapChannel(c, context, onlyMunicipality));
  const registrationChannel = item.channels.find((c) => c.registrationRequired) ?? item.channels[0];
  const contacts: MappedContact[] = [];
  for (const contact of item.contacts) {
    const type = CONTACT_TYPES[contact.type];
    const value = type === 'EMAIL' ? safeEmail(contact.value) : type === 'PHONE' ? safePhone(contact.value) : safeUrl(contact.value);
    if (value && !contacts.some((c) => c.type === type && c.value === value)) {
      contacts.push({ type, value, label: plain(contact.label, 200) });
    }
  }
  const photoAlt = typeof item.photoAlt === 'string' ? { fi: item.photoAlt } : (item.photoAlt ?? {});
  const group = raw.group == null ? null : lahellaGroupSchema.safeParse(raw.group);
  if (group && !group.success) {
    return {
      kind: 'skip',
      externalId: item._key,
      reason: `invalid organiser ${item.group ?? ''}: ${describeZodError(group.error)}`.replace('  ', ' '),
      details: compactIssues(group.error),
    };
  }
  const organization = group?.success ? mapLahellaGroup(group.data, context) : null;

  const activity: MappedActivity = {
    externalId: item._key,
    upstreamModifiedAt: null,
    ...titles,
    summaryFi: plain(t.fi?.summary),
    summarySv: plain(t.sv?.summary),
    summaryEn: plain(t.en?.summary),
    descriptionFi: rich(t.fi?.description),
    descriptionSv: rich(t.sv?.description),
    descriptionEn: rich(t.en?.description),
    priceNoteFi: rich(t.fi?.pricing),
    priceNoteSv: rich(t.sv?.pricing),
    priceNoteEn: rich(t.en?.pricing),
    registrationNoteFi: rich(t.fi?.registration),
    registrationNoteSv: rich(t.sv?.registration),
    registrationNoteEn: rich(t.en?.registration),
    isFree: !item.traits.pricing.includes('paid'),
    registrationRequired: item.channels.some((c) => c.registrationRequired),
    registrationUrl: safeUrl(registrationChannel?.registrationUrl),
    registrationEmail: safeEmail(registrationChannel?.registrationEmail),
    registrationPhone: safePhone(registrationChannel?.registrationPhone),
    imageUrl: safeUrl(item.photo),
    imageAltFi: plain(photoAlt.fi, 500),
    imageAltSv: plain(photoAlt.sv, 500),
    imageAltEn: plain(photoAlt.en, 500),
    isRemote: item.channels.some((c) => c.type !== 'place'),
    isRegionWide,
    providerType: providerTypeOf(group?.success ? group.data : null),
    themes: codes.get('THEME'),
    stages: codes.get('STAGE'),
    activityTypes: codes.get('ACTIVITY_TYPE'),
    ageGroups: codes.get('AGE_GROUP'),
    specialGroups: codes.get('SPECIAL_GROUP'),
    languages: codes.get('LANGUAGE'),
    accessibility: codes.get('ACCESSIBILITY'),
    municipalities: [...municipalities].sort(),
    organization,
    channels,
    schedules: [],
    contacts,
  };
  return { kind: 'upsert', activity, unknownCodes: codes.unknown };
}
