import 'server-only';
import { htmlToText, sanitizeHtml } from '../sanitize-html';
import { ageGroupsForRange, CodeCollector, municipalityByName } from '../codes';
import { invalidItem, safeEmail, safePhone, safeUrl, truncate } from '../map-helpers';
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
  type LahellaChannel,
  type LahellaEvent,
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
/** "Accessibility not known": says nothing, so it maps to nothing. */
const ACCESSIBILITY_UNKNOWN = 'ac_unknow';

/** Lähellä locales that are not a language code with an optional region: Finnish Sign Language. */
const LOCALE_ALIASES: Record<string, string> = { fisl: 'fse' };

const CONTACT_TYPES: Record<string, MappedContact['type']> = { email: 'EMAIL', phone: 'PHONE', www: 'WEB' };
const LANGUAGES = ['fi', 'sv', 'en'] as const;

const plain = (value: string | null | undefined, max = 2000) => truncate(htmlToText(value), max);
const rich = (value: string | null | undefined) => truncate(sanitizeHtml(value), 20_000);

const NO_NOTES = { noteFi: null, noteSv: null, noteEn: null };

function mapEvent(event: LahellaEvent): MappedSchedule[] {
  const timeZone = isValidTimeZone(event.timeZone) ? event.timeZone : 'Europe/Helsinki';
  const start = localDateTime(event.start, timeZone);
  const end = event.end != null && event.end >= event.start ? localDateTime(event.end, timeZone) : null;
  const base = { ...NO_NOTES, timeZone, excludedDates: [] as string[], interval: 1, weekdays: [] as number[] };
  const recurrence = event.recurrence;
  if (!recurrence) {
    if (event.type === '3') {
      // A continuous range: on any day between the two dates, no set times.
      return [{
        ...base, kind: 'PERIOD', startsAt: null, endsAt: null, validFrom: start.date, validUntil: end?.date ?? null,
        frequency: null, startTime: null, endTime: null,
      }];
    }
    return [{
      ...base, kind: 'ONE_OFF', startsAt: new Date(event.start).toISOString(), endsAt: end ? new Date(event.end!).toISOString() : null,
      validFrom: null, validUntil: null, frequency: null, startTime: null, endTime: null,
    }];
  }
  const frequency: NonNullable<MappedSchedule['frequency']> =
    recurrence.period === 'P1D' ? 'DAILY' : recurrence.period === 'P1M' ? 'MONTHLY' : 'WEEKLY';
  const common = {
    ...base,
    kind: 'RECURRING' as const,
    startsAt: null,
    endsAt: null,
    validFrom: start.date,
    validUntil: recurrence.end != null ? localDateTime(recurrence.end, timeZone).date : null,
    frequency,
    interval: recurrence.period === 'P2W' ? 2 : 1,
    excludedDates: [...new Set(recurrence.exclude.map((d) => localDateTime(d, timeZone).date))].sort(),
  };
  if (recurrence.daySpecificTimes.length === 0 || frequency === 'MONTHLY') {
    return [{ ...common, weekdays: frequency === 'WEEKLY' ? [start.weekday] : [], startTime: start.time, endTime: end?.time ?? null }];
  }
  // One schedule per distinct time slot, listing the weekdays that share it.
  const slots = new Map<string, { startTime: string; endTime: string | null; weekdays: Set<number> }>();
  for (const t of recurrence.daySpecificTimes) {
    const key = `${t.startTime}-${t.endTime ?? ''}`;
    const slot = slots.get(key) ?? { startTime: t.startTime, endTime: t.endTime ?? null, weekdays: new Set<number>() };
    slot.weekdays.add(t.weekday);
    slots.set(key, slot);
  }
  return [...slots.values()]
    .sort((a, b) => a.startTime.localeCompare(b.startTime))
    .map((slot) => ({ ...common, weekdays: [...slot.weekdays].sort(), startTime: slot.startTime, endTime: slot.endTime }));
}

/** ["place"] → PLACE; a place that is also online, or "hybrid", → HYBRID; null when none is known. */
function channelType(types: readonly string[]): MappedChannel['type'] | null {
  const set = new Set(types.map((t) => t.trim().toLowerCase()));
  if (set.has('hybrid') || (set.has('place') && set.has('online'))) return 'HYBRID';
  if (set.has('place')) return 'PLACE';
  if (set.has('online')) return 'ONLINE';
  if (set.has('phone')) return 'PHONE';
  return null;
}

function mapChannel(
  channel: LahellaChannel,
  type: MappedChannel['type'],
  context: MapContext,
  item: { onlyMunicipality: string | null; web: string | null; phone: string | null },
): MappedChannel {
  const t = channel.translations;
  const address = (lang: string) => t[lang]?.address;
  const street = (lang: string) => plain(address(lang)?.street, 300);
  const city = (lang: string) => plain(address(lang)?.city, 100);
  const postalCode = LANGUAGES.map((l) => address(l)?.postalCode?.trim()).find((p) => p && /^\d{5}$/.test(p)) ?? null;
  const anyCity = city('fi') ?? city('sv') ?? city('en');
  const hasPlace = type === 'PLACE' || type === 'HYBRID';
  const coordinates = channel.map?.center.coordinates;
  return {
    type,
    nameFi: plain(t.fi?.summary, 300),
    nameSv: plain(t.sv?.summary, 300),
    nameEn: plain(t.en?.summary, 300),
    streetAddressFi: street('fi'),
    streetAddressSv: street('sv'),
    postalCode,
    postOfficeFi: city('fi'),
    postOfficeSv: city('sv'),
    municipalityCode: hasPlace ? ((anyCity ? municipalityByName(context, anyCity) : undefined) ?? item.onlyMunicipality) : null,
    latitude: coordinates ? coordinates[1] : null,
    longitude: coordinates ? coordinates[0] : null,
    // The item's own links: Lähellä keeps web addresses and phone numbers among its contacts.
    url: type === 'ONLINE' || type === 'HYBRID' ? item.web : null,
    phone: type === 'PHONE' ? item.phone : null,
    schedules: channel.events.flatMap(mapEvent),
  };
}

function providerTypeOf(names: (string | null)[]): ProviderType {
  // Lähellä is where associations and other non-profits publish; parishes say so in their name.
  return names.some((n) => n && /seurakun|församling/i.test(n)) ? 'PARISH' : 'ASSOCIATION';
}

/** The organiser of an activity: the group, with what the list's `links.groups` tells about it. */
export function mapLahellaGroup(key: string, group: LahellaGroup | null): MappedOrganization {
  const t = group?.translations ?? {};
  const nameFi = plain(t.fi?.name ?? group?.name, 300);
  const nameSv = plain(t.sv?.name, 300);
  const nameEn = plain(t.en?.name, 300);
  const businessId = group?.businessId?.trim();
  return {
    externalId: key,
    nameFi,
    nameSv,
    nameEn,
    descriptionFi: rich(t.fi?.description),
    descriptionSv: rich(t.sv?.description),
    descriptionEn: rich(t.en?.description),
    providerType: providerTypeOf([nameFi, nameSv]),
    businessId: businessId && /^\d{7}-\d$/.test(businessId) ? businessId : null,
    website: null,
    email: null,
    phone: null,
    municipalityCode: null,
  };
}

function mapContacts(contacts: LahellaActivity['traits']['contacts'], codes: CodeCollector): MappedContact[] {
  const out: MappedContact[] = [];
  for (const contact of contacts) {
    const type = CONTACT_TYPES[contact.type];
    if (!type) {
      codes.markUnknown('contact type', contact.type);
      continue;
    }
    const value = type === 'EMAIL' ? safeEmail(contact.value) : type === 'PHONE' ? safePhone(contact.value) : safeUrl(contact.value);
    const t = contact.translations;
    if (value && !out.some((c) => c.type === type && c.value === value)) {
      out.push({ type, value, label: plain(t.fi?.description ?? t.sv?.description ?? t.en?.description, 200) });
    }
  }
  return out;
}

/**
 * Maps one Lähellä activity (with its organiser's details from the list's `links`, when
 * given) to our model. Pure: everything it needs from the database comes in `context`.
 */
export function mapLahellaActivity(raw: LahellaRawItem, context: MapContext): MapResult {
  const rawKey = (raw.activity as { _key?: unknown } | null)?._key;
  const parsed = lahellaActivitySchema.safeParse(raw.activity);
  if (!parsed.success) return invalidItem(rawKey, parsed.error);
  const item = parsed.data;
  const traits = item.traits;
  if (item.status !== 'published') return { kind: 'remove', externalId: item._key, reason: 'not published upstream' };

  const codes = new CodeCollector(context);

  // Where: municipalities of ours, or the whole county. Places elsewhere are not ours.
  const municipalities = new Set<string>();
  const elsewhere: string[] = [];
  let isRegionWide = false;
  for (const region of traits.region) {
    const [scope, country, ...rest] = region.split('/');
    const name = rest.join('/');
    if (country !== 'FI' || (scope !== 'city' && scope !== 'state')) {
      codes.markUnknown('region', region);
    } else if (scope === 'city') {
      const code = municipalityByName(context, name);
      if (code) municipalities.add(code);
      else elsewhere.push(region);
    } else if (LAHELLA_REGION_NAMES.includes(name.trim().toLowerCase())) {
      isRegionWide = true;
    } else {
      elsewhere.push(region);
    }
  }
  if (municipalities.size === 0 && !isRegionWide) {
    const where = elsewhere.length > 0 ? elsewhere.slice(0, 3).join(', ') : 'no region given';
    return { kind: 'remove', externalId: item._key, reason: `outside Pohde (${where})` };
  }

  if (traits.type) codes.mapSourceCode('type', traits.type);
  for (const code of traits.theme) codes.mapSourceCode('theme', code);
  for (const code of traits.format) codes.mapSourceCode('format', code);
  for (const code of traits.demographic) {
    const range = /^ageGroup\/range:(\d{1,3})?-(\d{1,3})?$/.exec(code);
    if (range && (range[1] || range[2])) {
      const min = range[1] ? Number(range[1]) : null;
      const max = range[2] ? Number(range[2]) : null;
      for (const group of ageGroupsForRange(context, min, max)) codes.add('AGE_GROUP', group);
    } else if (!code.startsWith('gender/')) {
      // Gender is not something Polku filters by; anything else new is worth a mapping.
      codes.mapSourceCode('demographic', code);
    }
  }
  for (const locale of traits.locale) {
    const lower = locale.trim().toLowerCase();
    const language = LOCALE_ALIASES[lower] ?? lower.split(/[-_]/)[0]!;
    if (context.languages.has(language)) codes.add('LANGUAGE', language);
    else codes.mapSourceCode('locale', locale);
  }

  const t = traits.translations;
  const titles = { titleFi: plain(t.fi?.name, 300), titleSv: plain(t.sv?.name, 300), titleEn: plain(t.en?.name, 300) };
  if (!titles.titleFi && !titles.titleSv && !titles.titleEn) {
    return { kind: 'skip', externalId: item._key, reason: 'invalid item: no name in any language' };
  }

  const contacts = mapContacts(traits.contacts, codes);
  const onlyMunicipality = municipalities.size === 1 ? [...municipalities][0]! : null;
  const links = {
    onlyMunicipality,
    web: contacts.find((c) => c.type === 'WEB')?.value ?? null,
    phone: contacts.find((c) => c.type === 'PHONE')?.value ?? null,
  };
  const channels: MappedChannel[] = [];
  const sourceChannels: LahellaChannel[] = [];
  for (const channel of traits.channels) {
    const type = channelType(channel.type);
    if (!type) {
      codes.markUnknown('channel type', channel.type.join('+'));
      continue;
    }
    for (const code of channel.accessibility) {
      if (code === ACCESSIBILITY_UNKNOWN) continue;
      const ours = ACCESSIBILITY[code];
      if (ours && context.accessibility.has(ours)) codes.add('ACCESSIBILITY', ours);
      else codes.mapSourceCode('accessibility', code);
    }
    channels.push(mapChannel(channel, type, context, links));
    sourceChannels.push(channel);
  }
  const registrationChannel = sourceChannels.find((c) => c.registrationRequired) ?? sourceChannels[0];
  const registrationText = (lang: (typeof LANGUAGES)[number]) =>
    rich(t[lang]?.registration ?? registrationChannel?.translations[lang]?.registration);

  const imageUrl = safeUrl(traits.photo);
  const organization = item.group ? mapLahellaGroup(item.group, parseGroup(raw.group)) : null;

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
    registrationNoteFi: registrationText('fi'),
    registrationNoteSv: registrationText('sv'),
    registrationNoteEn: registrationText('en'),
    isFree: traits.pricing.includes('free') && !traits.pricing.includes('paid'),
    registrationRequired: sourceChannels.some((c) => c.registrationRequired),
    registrationUrl: safeUrl(registrationChannel?.registrationUrl),
    registrationEmail: safeEmail(registrationChannel?.registrationEmail),
    registrationPhone: null,
    // `photo` is normally a key into Lähellä's file store, which the list does not resolve.
    imageUrl,
    imageAltFi: imageUrl ? plain(traits.photoAlt, 500) : null,
    imageAltSv: null,
    imageAltEn: null,
    isRemote: channels.some((c) => c.type !== 'PLACE'),
    isRegionWide,
    providerType: organization?.providerType ?? 'ASSOCIATION',
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

/** The group's details when the list gave them in a shape we can read; otherwise only its key is known. */
function parseGroup(raw: unknown): LahellaGroup | null {
  if (raw == null) return null;
  const parsed = lahellaGroupSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
