import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { pickLocalized } from '@/lib/i18n/localized';
import { richTextToPlain } from '@/lib/text/rich-text';
import type { ActivityRow } from '@/server/api/activities';
import type { Taxonomies, TaxonomyTerm } from '@/server/taxonomies/queries';

/**
 * Pure mappers from Polku's model to Open Referral HSDS 3.0 objects. HSDS wants UUIDs for
 * every object; things that have no id of their own (taxonomy terms keyed by code, phones,
 * addresses…) get name-based UUIDs (version 5), stable across exports.
 */

export type HsdsLocale = 'fi' | 'sv' | 'en';
type Json = Record<string, unknown>;

const NAMESPACE = Buffer.from('6f1c2a4e9b3d4c5e8f7a0b1c2d3e4f50', 'hex');

export function stableUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The taxonomies exported as HSDS attributes, with their keys in `Taxonomies`. */
export const HSDS_TAXONOMIES = [
  { kind: 'theme', key: 'themes', name: 'Polku wellbeing themes' },
  { kind: 'stage', key: 'stages', name: 'Polku service-path stages' },
  { kind: 'activity_type', key: 'activityTypes', name: 'Polku activity types' },
  { kind: 'age_group', key: 'ageGroups', name: 'Polku age groups' },
  { kind: 'special_group', key: 'specialGroups', name: 'Polku special groups' },
  { kind: 'accessibility', key: 'accessibilityFeatures', name: 'Polku accessibility features' },
] as const;
export type HsdsTaxonomyKind = (typeof HSDS_TAXONOMIES)[number]['kind'];

export const taxonomyId = (kind: HsdsTaxonomyKind) => stableUuid(`taxonomy:${kind}`);
export const termId = (kind: HsdsTaxonomyKind, code: string) => stableUuid(`term:${kind}:${code}`);

const text = (values: { fi?: string | null; sv?: string | null; en?: string | null }, locale: HsdsLocale) =>
  pickLocalized(values, locale)?.text;

const emailSchema = z.email();
const validEmail = (value: string | null | undefined) =>
  value && emailSchema.safeParse(value.trim()).success ? value.trim() : undefined;
function validUri(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Leaves out absent fields: HSDS types are not nullable. */
function compact<T extends Json>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== null)) as T;
}

export interface HsdsContext {
  locale: HsdsLocale;
  taxonomies: Taxonomies;
  baseUrl: string;
  activityUrl: (slug: string) => string;
  organizationUrl: (slug: string) => string;
}

export function hsdsTaxonomy(kind: HsdsTaxonomyKind, ctx: HsdsContext): Json {
  const entry = HSDS_TAXONOMIES.find((t) => t.kind === kind)!;
  return {
    id: taxonomyId(kind),
    name: entry.name,
    description: `${entry.name}; codes and labels also at ${ctx.baseUrl}/api/v1/taxonomies (${entry.key}).`,
    uri: `${ctx.baseUrl}/api/v1/taxonomies#${entry.key}`,
    version: '1',
  };
}

export function hsdsTerm(kind: HsdsTaxonomyKind, term: TaxonomyTerm & { descriptionFi?: string; descriptionSv?: string; descriptionEn?: string }, ctx: HsdsContext): Json {
  const name = text({ fi: term.nameFi, sv: term.nameSv, en: term.nameEn }, ctx.locale) ?? term.code;
  const description =
    text({ fi: term.descriptionFi, sv: term.descriptionSv, en: term.descriptionEn }, ctx.locale) ?? name;
  return {
    id: termId(kind, term.code),
    code: term.code,
    name,
    description,
    taxonomy: HSDS_TAXONOMIES.find((t) => t.kind === kind)!.name,
    taxonomy_id: taxonomyId(kind),
    language: ctx.locale,
  };
}

export function allTerms(ctx: HsdsContext): Json[] {
  return HSDS_TAXONOMIES.flatMap(({ kind, key }) => ctx.taxonomies[key].map((term) => hsdsTerm(kind, term, ctx)));
}

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : undefined);

/**
 * A channel links one activity to one place or online address: it is the service-at-location
 * (same id), and its location gets a name-based id of its own.
 */
export const locationId = (channelId: string) => stableUuid(`location:${channelId}`);

/**
 * Our schedules as HSDS schedules: RECURRING as RRULE-like fields, the others as validity
 * ranges. At the service level each carries its own id and `service_id`; the copies nested
 * in a service-at-location get ids of their own and `service_at_location_id`, so no id names
 * two different objects.
 */
export function hsdsSchedules(row: ActivityRow, ctx: HsdsContext, at?: { id: string; channelId: string }): Json[] {
  return row.schedules
    .filter((schedule) => (at ? schedule.channelId === at.channelId : true))
    .map((schedule) => {
      const note = text({ fi: schedule.noteFi, sv: schedule.noteSv, en: schedule.noteEn }, ctx.locale);
      const base = at
        ? { id: stableUuid(`schedule:${at.id}:${schedule.id}`), service_at_location_id: at.id, description: note, notes: note }
        : { id: schedule.id, service_id: row.id, description: note, notes: note };
      if (schedule.kind === 'RECURRING') {
        const daily = schedule.frequency === 'DAILY';
        const weekdays = daily ? [1, 2, 3, 4, 5, 6, 7] : schedule.weekdays;
        return compact({
          ...base,
          valid_from: isoDate(schedule.validFrom),
          valid_to: isoDate(schedule.validUntil),
          dtstart: isoDate(schedule.validFrom),
          until: isoDate(schedule.validUntil),
          // HSDS has no DAILY: every day of the week is the same thing when the interval is 1.
          freq: schedule.frequency === 'MONTHLY' ? 'MONTHLY' : daily && schedule.interval !== 1 ? undefined : 'WEEKLY',
          interval: daily ? undefined : schedule.interval,
          byday: schedule.frequency !== 'MONTHLY' && weekdays.length ? weekdays.map((d) => BYDAY[d - 1]).join(',') : undefined,
          bymonthday:
            schedule.frequency === 'MONTHLY' && schedule.validFrom ? String(schedule.validFrom.getUTCDate()) : undefined,
          wkst: 'MO',
          opens_at: schedule.startTime ?? undefined,
          closes_at: schedule.endTime ?? undefined,
        });
      }
      if (schedule.kind === 'ONE_OFF') {
        return compact({
          ...base,
          dtstart: schedule.startsAt?.toISOString(),
          valid_from: schedule.startsAt?.toISOString(),
          valid_to: (schedule.endsAt ?? schedule.startsAt)?.toISOString(),
          count: 1,
        });
      }
      return compact({ ...base, valid_from: isoDate(schedule.validFrom), valid_to: isoDate(schedule.validUntil) });
    });
}

type Channel = ActivityRow['channels'][number];

/**
 * A channel as an HSDS location: online ones as virtual locations, places (also hybrid) as
 * physical ones, with an address when it is complete. Phone channels are not locations.
 * Every other channel is a location, so each service-at-location's location is also in
 * `/locations`.
 */
export function hsdsLocation(channel: Channel, ctx: HsdsContext, organizationId?: string | null): Json | null {
  const name = text({ fi: channel.nameFi, sv: channel.nameSv, en: channel.nameEn }, ctx.locale);
  if (channel.type === 'ONLINE') {
    return compact({ id: locationId(channel.id), location_type: 'virtual', url: validUri(channel.url), name, organization_id: organizationId });
  }
  if (channel.type === 'PHONE') return null;
  const street = text({ fi: channel.streetAddressFi, sv: channel.streetAddressSv }, ctx.locale);
  const city = text({ fi: channel.postOfficeFi, sv: channel.postOfficeSv }, ctx.locale);
  const addresses =
    street && city && channel.postalCode
      ? [
          {
            id: stableUuid(`address:${channel.id}`),
            location_id: locationId(channel.id),
            address_1: street,
            city,
            state_province: ctx.locale === 'sv' ? 'Norra Österbotten' : 'Pohjois-Pohjanmaa',
            postal_code: channel.postalCode,
            country: 'FI',
            address_type: 'physical',
          },
        ]
      : [];
  return compact({
    id: locationId(channel.id),
    location_type: 'physical',
    name,
    organization_id: organizationId,
    latitude: channel.latitude,
    longitude: channel.longitude,
    url: validUri(channel.url),
    addresses,
  });
}

function attributes(row: ActivityRow, ctx: HsdsContext): Json[] {
  const codes: Record<HsdsTaxonomyKind, string[]> = {
    theme: row.themes.map((t) => t.themeCode),
    stage: row.stages.map((t) => t.stageCode),
    activity_type: row.activityTypes.map((t) => t.activityTypeCode),
    age_group: row.ageGroups.map((t) => t.ageGroupCode),
    special_group: row.specialGroups.map((t) => t.specialGroupCode),
    accessibility: row.accessibility.map((t) => t.featureCode),
  };
  return HSDS_TAXONOMIES.flatMap(({ kind, key }) =>
    codes[kind].flatMap((code) => {
      const term = ctx.taxonomies[key].find((t) => t.code === code);
      if (!term) return [];
      return [
        {
          id: stableUuid(`attribute:${row.id}:${kind}:${code}`),
          link_id: row.id,
          link_type: kind,
          link_entity: 'service',
          taxonomy_term_id: termId(kind, code),
          taxonomy_term: hsdsTerm(kind, term, ctx),
        },
      ];
    }),
  );
}

export interface OrganizationRowForHsds {
  id: string;
  slug: string;
  nameFi: string | null;
  nameSv: string | null;
  nameEn: string | null;
  descriptionFi: string | null;
  descriptionSv: string | null;
  descriptionEn: string | null;
  businessId: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
}

export function hsdsOrganization(org: OrganizationRowForHsds, ctx: HsdsContext): Json {
  const name = text({ fi: org.nameFi, sv: org.nameSv, en: org.nameEn }, ctx.locale) ?? org.slug;
  const description = text({ fi: org.descriptionFi, sv: org.descriptionSv, en: org.descriptionEn }, ctx.locale);
  return compact({
    id: org.id,
    name,
    description: description ? richTextToPlain(description) : name,
    email: validEmail(org.email),
    website: validUri(org.website),
    uri: ctx.organizationUrl(org.slug),
    tax_id: org.businessId ?? undefined,
    organization_identifiers: org.businessId
      ? [
          {
            id: stableUuid(`identifier:${org.id}`),
            organization_id: org.id,
            identifier_scheme: 'FI-YTJ',
            identifier_type: 'Y-tunnus',
            identifier: org.businessId,
          },
        ]
      : undefined,
    phones: org.phone ? [{ id: stableUuid(`phone:org:${org.id}`), organization_id: org.id, number: org.phone }] : undefined,
  });
}

/** An activity as an HSDS service; `full` adds the nested arrays. */
export function hsdsService(row: ActivityRow, ctx: HsdsContext, options: { full: boolean; organization?: Json }): Json {
  const title = text({ fi: row.titleFi, sv: row.titleSv, en: row.titleEn }, ctx.locale) ?? row.slug;
  const description = text({ fi: row.descriptionFi, sv: row.descriptionSv, en: row.descriptionEn }, ctx.locale);
  const summary = text({ fi: row.summaryFi, sv: row.summarySv, en: row.summaryEn }, ctx.locale);
  const emails = row.contacts.filter((c) => c.type === 'EMAIL').map((c) => validEmail(c.value));
  const ages = row.ageGroups.map((a) => a.ageGroup);
  const minimumAge = ages.length && ages.every((a) => a.minAge !== null) ? Math.min(...ages.map((a) => a.minAge!)) : undefined;
  const maximumAge = ages.length && ages.every((a) => a.maxAge !== null) ? Math.max(...ages.map((a) => a.maxAge!)) : undefined;
  const priceNote = text({ fi: row.priceNoteFi, sv: row.priceNoteSv, en: row.priceNoteEn }, ctx.locale);
  const registrationNote = text(
    { fi: row.registrationNoteFi, sv: row.registrationNoteSv, en: row.registrationNoteEn },
    ctx.locale,
  );
  const service: Json = compact({
    id: row.id,
    organization_id: row.organization?.id,
    name: title,
    alternate_name: summary,
    description: description ? richTextToPlain(description) : summary,
    url: ctx.activityUrl(row.slug),
    email: emails.find(Boolean) ?? validEmail(row.registrationEmail),
    status: 'active',
    fees_description: priceNote,
    application_process:
      [registrationNote, validUri(row.registrationUrl)].filter(Boolean).join(' ') ||
      (row.registrationRequired ? 'Registration required.' : undefined),
    minimum_age: minimumAge,
    maximum_age: maximumAge,
    assured_date: isoDate(row.lastVerifiedAt),
    last_modified: row.updatedAt.toISOString(),
  });
  if (!options.full) return service;

  const phones = [
    ...row.contacts
      .filter((c) => c.type === 'PHONE')
      .map((c) => compact({ id: stableUuid(`phone:${c.id}`), service_id: row.id, number: c.value, description: c.label ?? undefined })),
    ...(row.registrationPhone
      ? [{ id: stableUuid(`phone:registration:${row.id}`), service_id: row.id, number: row.registrationPhone, description: 'Registration' }]
      : []),
  ];
  const contacts = row.contacts
    .filter((c) => c.type === 'EMAIL' && validEmail(c.value))
    .map((c) => compact({ id: stableUuid(`contact:${c.id}`), service_id: row.id, name: c.label ?? undefined, email: validEmail(c.value) }));
  const languages = row.languages.map((l) => {
    const term = ctx.taxonomies.languages.find((t) => t.code === l.languageCode);
    return compact({
      id: stableUuid(`language:${row.id}:${l.languageCode}`),
      service_id: row.id,
      name: term ? text({ fi: term.nameFi, sv: term.nameSv, en: term.nameEn }, ctx.locale) : undefined,
      code: l.languageCode,
    });
  });
  const municipalityNames = new Map(ctx.taxonomies.municipalities.map((m) => [m.code, m]));
  const serviceAreas = [
    ...(row.isRegionWide
      ? [{ id: stableUuid(`area:${row.id}:region`), service_id: row.id, name: ctx.locale === 'sv' ? 'Norra Österbotten' : 'Pohjois-Pohjanmaa', extent_type: 'region' }]
      : []),
    ...row.municipalities.map(({ municipality }) => {
      const m = municipalityNames.get(municipality.code);
      return compact({
        id: stableUuid(`area:${row.id}:${municipality.code}`),
        service_id: row.id,
        name: m ? text({ fi: m.nameFi, sv: m.nameSv, en: m.nameEn }, ctx.locale) : municipality.slug,
        description: `Statistics Finland municipality code ${municipality.code}`,
        extent_type: 'municipality',
      });
    }),
  ];
  const serviceAtLocations = row.channels.flatMap((channel) => {
    const sal = hsdsServiceAtLocation(row, channel, ctx, { full: true });
    return sal ? [sal] : [];
  });
  return {
    ...service,
    phones,
    contacts,
    schedules: hsdsSchedules(row, ctx),
    languages,
    service_areas: serviceAreas,
    service_at_locations: serviceAtLocations,
    cost_options: [
      compact({
        id: stableUuid(`cost:${row.id}`),
        service_id: row.id,
        option: row.isFree ? 'Free' : 'Paid',
        amount: row.isFree ? 0 : undefined,
        currency: row.isFree ? 'EUR' : undefined,
        amount_description: priceNote,
      }),
    ],
    attributes: attributes(row, ctx),
    ...(options.organization ? { organization: options.organization } : {}),
  };
}

/**
 * One channel of a service as an HSDS service_at_location, with its location; `full` adds the
 * schedules bound to this channel, `service` the service's one-to-one fields.
 */
export function hsdsServiceAtLocation(
  row: ActivityRow,
  channel: Channel,
  ctx: HsdsContext,
  options: { full: boolean; service?: boolean },
): Json | null {
  const location = hsdsLocation(channel, ctx, row.organization?.id);
  if (!location) return null;
  const id = channel.id;
  return {
    id,
    service_id: row.id,
    location_id: locationId(channel.id),
    ...(options.full ? { schedules: hsdsSchedules(row, ctx, { id, channelId: channel.id }) } : {}),
    location,
    ...(options.service ? { service: hsdsService(row, ctx, { full: false }) } : {}),
  };
}
