import 'server-only';
import type { z } from 'zod';
import { CodeCollector } from '../codes';
import { invalidItem, safeEmail, safePhone, safeUrl, truncate } from '../map-helpers';
import { htmlToText, sanitizeHtml } from '../sanitize-html';
import type { MapContext, MapResult, MappedActivity, MappedChannel, MappedContact, MappedOrganization, MappedSchedule } from '../types';
import { ptvLocationToWgs84 } from './coordinates';
import {
  ptvChannelSchema,
  ptvOrganizationSchema,
  ptvServiceSchema,
  type PtvApiVersion,
  type PtvChannel,
  type PtvLocalized,
  type PtvOrganization,
  type PtvRawItem,
  type PtvService,
} from './schema';
import { ptvV12ChannelSchema, ptvV12OrganizationSchema, ptvV12ServiceSchema } from './v12';

/** Pohjois-Pohjanmaa's region (maakunta) code. */
const POHJOIS_POHJANMAA = '17';

/** PTV writes UTC times without a zone designator ("2026-03-02T08:15:00"): read them as UTC. */
function utcInstant(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(/(Z|[+-]\d\d:?\d\d)$/i.test(value) ? value : `${value}Z`);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CHANNEL_TYPES: Record<string, MappedChannel['type']> = {
  ServiceLocation: 'PLACE',
  EChannel: 'ONLINE',
  WebPage: 'ONLINE',
  Phone: 'PHONE',
};

function pick(list: PtvLocalized, language: string, types: string[] = []): string | null {
  for (const type of types.length > 0 ? types : [undefined]) {
    const hit = list.find((l) => l.language === language && (type === undefined || l.type === type) && l.value?.trim());
    if (hit) return hit.value!.trim();
  }
  return null;
}

/** PTV descriptions are plain text with blank lines between paragraphs. */
function textToHtml(text: string | null): string | null {
  if (!text) return null;
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return sanitizeHtml(
    escaped
      .split(/\n\s*\n/)
      .map((p) => `<p>${p.trim().replace(/\n/g, '<br>')}</p>`)
      .join(''),
  );
}

function serviceHours(channel: PtvChannel): MappedSchedule[] {
  const schedules: MappedSchedule[] = [];
  for (const hours of channel.serviceHours) {
    if (hours.serviceHourType !== 'DaysOfTheWeek' || hours.isClosed) continue;
    const slots = new Map<string, { startTime: string; endTime: string; weekdays: Set<number> }>();
    for (const opening of hours.openingHour) {
      const from = WEEKDAYS.indexOf(opening.dayFrom);
      const to = opening.dayTo ? WEEKDAYS.indexOf(opening.dayTo) : from;
      const startTime = opening.from.slice(0, 5);
      const endTime = opening.to.slice(0, 5);
      if (from < 0 || to < 0 || !/^\d\d:\d\d$/.test(startTime) || !/^\d\d:\d\d$/.test(endTime)) continue;
      const key = `${startTime}-${endTime}`;
      const slot = slots.get(key) ?? { startTime, endTime: endTime === '24:00' ? '23:59' : endTime, weekdays: new Set<number>() };
      for (let d = from; ; d = (d + 1) % 7) {
        slot.weekdays.add(d + 1);
        if (d === to) break;
      }
      slots.set(key, slot);
    }
    for (const slot of [...slots.values()].sort((a, b) => a.startTime.localeCompare(b.startTime))) {
      schedules.push({
        kind: 'RECURRING', timeZone: 'Europe/Helsinki', startsAt: null, endsAt: null,
        validFrom: hours.validFrom?.slice(0, 10) ?? null, validUntil: hours.validTo?.slice(0, 10) ?? null,
        frequency: 'WEEKLY', interval: 1, weekdays: [...slot.weekdays].sort(), startTime: slot.startTime,
        endTime: slot.endTime, excludedDates: [], noteFi: null, noteSv: null, noteEn: null,
      });
    }
  }
  return schedules;
}

function mapChannel(channel: PtvChannel, context: MapContext): MappedChannel | null {
  const type = CHANNEL_TYPES[channel.serviceChannelType];
  if (!type) return null;
  const address = channel.addresses.find((a) => a.streetAddress && (a.type ?? 'Location') !== 'Postal')?.streetAddress;
  const street = (lang: string) => {
    const name = address ? pick(address.street, lang) : null;
    return name ? [name, address?.streetNumber].filter(Boolean).join(' ') : null;
  };
  const municipalityCode = address?.municipality?.code;
  const phone = channel.phoneNumbers[0];
  const web = channel.webPages.find((w) => w.language === 'fi') ?? channel.webPages[0];
  return {
    type,
    nameFi: truncate(htmlToText(pick(channel.serviceChannelNames, 'fi', ['Name'])), 300),
    nameSv: truncate(htmlToText(pick(channel.serviceChannelNames, 'sv', ['Name'])), 300),
    nameEn: truncate(htmlToText(pick(channel.serviceChannelNames, 'en', ['Name'])), 300),
    streetAddressFi: street('fi'),
    streetAddressSv: street('sv'),
    postalCode: address?.postalCode && /^\d{5}$/.test(address.postalCode) ? address.postalCode : null,
    postOfficeFi: address ? pick(address.postOffice, 'fi') : null,
    postOfficeSv: address ? pick(address.postOffice, 'sv') : null,
    municipalityCode: municipalityCode && context.municipalities.some((m) => m.code === municipalityCode) ? municipalityCode : null,
    ...ptvLocationToWgs84(address?.latitude, address?.longitude),
    url: safeUrl(web?.url),
    phone: phone ? safePhone(`${phone.prefixNumber ?? ''}${phone.number}`) : null,
    schedules: serviceHours(channel),
  };
}

/** A payload of either version, validated and in v11's shape. */
function parseService(raw: PtvRawItem): { success: true; data: PtvService } | { success: false; error: z.ZodError } {
  const parsed = (candidate: unknown) => {
    const result = ptvServiceSchema.safeParse(candidate);
    return result.success ? { success: true as const, data: result.data } : { success: false as const, error: result.error as z.ZodError };
  };
  if (raw.version === 'v11') return parsed(raw.service);
  const v12 = ptvV12ServiceSchema.safeParse(raw.service);
  if (!v12.success) return { success: false, error: v12.error as z.ZodError };
  return parsed({ ...v12.data, serviceChannels: (raw.channelIds ?? []).map((id) => ({ serviceChannel: { id } })) });
}

function parseChannel(version: PtvApiVersion, raw: unknown): PtvChannel | null {
  const v11 = version === 'v11' ? raw : ptvV12ChannelSchema.safeParse(raw).data;
  const parsed = ptvChannelSchema.safeParse(v11);
  return parsed.success ? parsed.data : null;
}

function parseOrganization(version: PtvApiVersion, raw: unknown): PtvOrganization | null {
  if (raw == null) return null;
  const v11 = version === 'v11' ? raw : ptvV12OrganizationSchema.safeParse(raw).data;
  const parsed = ptvOrganizationSchema.safeParse(v11);
  return parsed.success ? parsed.data : null;
}

function mapOrganization(id: string, name: string | null | undefined, details: PtvOrganization | null): MappedOrganization {
  const names = details?.organizationNames ?? [];
  const named = (lang: string) => truncate(htmlToText(pick(names, lang, ['Name'])), 300);
  const businessId = details?.businessCode?.trim();
  return {
    externalId: id,
    nameFi: named('fi') ?? (name?.trim() || null),
    nameSv: named('sv'),
    nameEn: named('en'),
    descriptionFi: null,
    descriptionSv: null,
    descriptionEn: null,
    providerType: 'POHDE',
    // The same organisation may also publish in Lähellä.fi: the business id joins the two.
    businessId: businessId && /^\d{7}-\d$/.test(businessId) ? businessId : null,
    website: null,
    email: null,
    phone: null,
    municipalityCode: null,
  };
}

/** Maps one PTV service (v11 or v12, with its channels' and organisations' details) to our model. Pure. */
export function mapPtvService(raw: PtvRawItem, context: MapContext): MapResult {
  const rawId = (raw.service as { id?: unknown } | null)?.id;
  const parsed = parseService(raw);
  if (!parsed.success) return invalidItem(rawId, parsed.error);
  const service = parsed.data;
  if (service.publishingStatus !== 'Published') {
    return { kind: 'remove', externalId: service.id, reason: `${service.publishingStatus.toLowerCase()} in PTV` };
  }
  if (raw.organizationId && !service.organizations.some((o) => o.organization?.id === raw.organizationId)) {
    return { kind: 'remove', externalId: service.id, reason: 'not the configured organisation’s service' };
  }

  const ours = new Set(context.municipalities.map((m) => m.code));
  const municipalities = new Set<string>();
  for (const area of service.areas) {
    if (area.type === 'Municipality' && area.code && ours.has(area.code)) municipalities.add(area.code);
    for (const m of area.municipalities) if (ours.has(m.code)) municipalities.add(m.code);
  }
  // The whole country, or the whole of Pohjois-Pohjanmaa (region, maakunta, 17).
  const isRegionWide =
    service.areaType === 'WholeCountry' || service.areas.some((a) => a.type === 'Region' && a.code === POHJOIS_POHJANMAA);
  if (municipalities.size === 0 && !isRegionWide) return { kind: 'remove', externalId: service.id, reason: 'outside the region' };

  const codes = new CodeCollector(context);
  for (const g of service.targetGroups) codes.mapSourceCode('targetGroup', g.code);
  for (const c of service.serviceClasses) codes.mapSourceCode('serviceClass', c.code);
  for (const language of service.languages) {
    const code = language.toLowerCase();
    if (context.languages.has(code)) codes.add('LANGUAGE', code);
    else codes.markUnknown('language', language);
  }

  const name = (lang: string) => truncate(htmlToText(pick(service.serviceNames, lang, ['Name', 'AlternativeName'])), 300);
  const titles = { titleFi: name('fi'), titleSv: name('sv'), titleEn: name('en') };
  if (!titles.titleFi && !titles.titleSv && !titles.titleEn) {
    return { kind: 'skip', externalId: service.id, reason: 'invalid item: no name in any language' };
  }
  const desc = (lang: string, type: string) => pick(service.serviceDescriptions, lang, [type]);

  const channels: MappedChannel[] = [];
  const contacts: MappedContact[] = [];
  const addContact = (type: MappedContact['type'], value: string | null) => {
    if (value && !contacts.some((c) => c.type === type && c.value === value)) contacts.push({ type, value, label: null });
  };
  for (const link of service.serviceChannels) {
    const parsedChannel = parseChannel(raw.version, raw.channels.get(link.serviceChannel.id));
    if (!parsedChannel) continue; // a channel we could not read: the service is still useful
    const channel = mapChannel(parsedChannel, context);
    if (channel) channels.push(channel);
    for (const e of parsedChannel.emails) addContact('EMAIL', safeEmail(e.value));
    if (channel?.phone) addContact('PHONE', channel.phone);
    if (channel?.url) addContact('WEB', channel.url);
  }

  const responsible =
    service.organizations.find((o) => o.roleType === 'Responsible' && o.organization) ?? service.organizations.find((o) => o.organization);
  const activity: MappedActivity = {
    externalId: service.id,
    upstreamModifiedAt: utcInstant(service.modified),
    ...titles,
    summaryFi: truncate(htmlToText(desc('fi', 'Summary')), 2000),
    summarySv: truncate(htmlToText(desc('sv', 'Summary')), 2000),
    summaryEn: truncate(htmlToText(desc('en', 'Summary')), 2000),
    descriptionFi: textToHtml(desc('fi', 'Description')),
    descriptionSv: textToHtml(desc('sv', 'Description')),
    descriptionEn: textToHtml(desc('en', 'Description')),
    priceNoteFi: textToHtml(desc('fi', 'ChargeTypeAdditionalInfo')),
    priceNoteSv: textToHtml(desc('sv', 'ChargeTypeAdditionalInfo')),
    priceNoteEn: textToHtml(desc('en', 'ChargeTypeAdditionalInfo')),
    registrationNoteFi: textToHtml(desc('fi', 'ServiceUserInstruction')),
    registrationNoteSv: textToHtml(desc('sv', 'ServiceUserInstruction')),
    registrationNoteEn: textToHtml(desc('en', 'ServiceUserInstruction')),
    isFree: service.serviceChargeType !== 'Charged',
    registrationRequired: false,
    registrationUrl: null,
    registrationEmail: null,
    registrationPhone: null,
    imageUrl: null,
    imageAltFi: null,
    imageAltSv: null,
    imageAltEn: null,
    isRemote: channels.some((c) => c.type !== 'PLACE'),
    isRegionWide,
    providerType: 'POHDE',
    themes: codes.get('THEME'),
    stages: codes.get('STAGE'),
    activityTypes: codes.get('ACTIVITY_TYPE'),
    ageGroups: codes.get('AGE_GROUP'),
    specialGroups: codes.get('SPECIAL_GROUP'),
    languages: codes.get('LANGUAGE'),
    accessibility: codes.get('ACCESSIBILITY'),
    municipalities: [...municipalities].sort(),
    organization: responsible?.organization
      ? mapOrganization(
          responsible.organization.id,
          responsible.organization.name,
          parseOrganization(raw.version, raw.organizations.get(responsible.organization.id)),
        )
      : null,
    channels,
    schedules: [],
    contacts,
  };
  return { kind: 'upsert', activity, unknownCodes: codes.unknown };
}
