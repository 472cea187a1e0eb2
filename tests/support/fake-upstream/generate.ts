import path from 'node:path';
import proj4 from 'proj4';
import { dayNumber, zonedTimeToUtc } from '@/lib/schedule/occurrences';
import { createDemoCatalogue, type DemoActivity, type DemoOrganization, type DemoSchedule } from '@/server/demo/factory';
import { readTaxonomyData } from '@/server/taxonomies/schemas';

/**
 * Deterministic upstream data: the activities of the demo catalogue (believable Finnish
 * and Swedish activities of invented organisations), written in the shapes the real
 * services answer in. Item i of a given seed is always the same, so a second sync over
 * unchanged data must write nothing.
 */

type Json = Record<string, unknown>;

const dataDir = path.resolve(import.meta.dirname, '../../../prisma/data');
const taxonomies = readTaxonomyData(dataDir);


const municipalityName = new Map(taxonomies.municipalities.map((m) => [m.code, m.nameFi]));
const ageRanges = new Map(taxonomies.ageGroups.map((g) => [g.code, `ageGroup/range:${g.minAge ?? 0}-${g.maxAge ?? ''}`]));
export const MUNICIPALITY_CODES = taxonomies.municipalities.map((m) => m.code);

/** Our codes → the real Lähellä codes (see jkseppan/lahella-cli's schema.json); ours without one are left out. */
const THEMES: Record<string, string> = {
  'physical-health': 'ht_urheilu',
  'food-exercise-rest': 'ht_hyvinvointi',
  'leisure-culture': 'ht_kulttuuri',
  'housing-nature': 'ht_luonto',
  'learning-growth': 'ht_digi_teknologia',
  'relationships-participation': 'ht_vaikuttaminen',
  safety: 'ht_pelastustoiminta',
};
const FORMATS: Record<string, string> = {
  'groups-clubs': 'hm_ryhmat',
  'group-activity': 'hm_ryhmat',
  'peer-support': 'hm_ryhmat',
  hobbies: 'hm_harrastukset',
  'events-lectures': 'hm_tilaisuudet',
  'courses-training': 'hm_tilaisuudet',
  'camps-trips': 'hm_leirit',
  recreation: 'hm_oleskelu',
  'guides-publications': 'hm_oppaat',
};
const LOCALES: Record<string, string> = {
  fi: 'fi-FI', sv: 'sv', en: 'en', ar: 'ar', ku: 'ku', se: 'se-SE', so: 'so-SO', uk: 'uk-UA', et: 'et-EE', ru: 'ru-RU', fse: 'fisl',
};
const ACCESSIBILITY: Record<string, string> = {
  wheelchair: 'ac_wheelchair',
  rollator: 'ac_rollator',
  'induction-loop': 'ac_inductionloop',
  'accessible-toilet': 'ac_itoilet',
  'accessible-parking': 'ac_parking',
};
const CONTACT_TYPES = { EMAIL: 'email', PHONE: 'phone', WEB: 'www' } as const;

const pad = (i: number, width = 6) => String(i).padStart(width, '0');
const html = (text: string | null) => (text ? `<p dir="ltr">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>` : undefined);
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const at = (date: string, time: string, timeZone: string) => zonedTimeToUtc(dayNumber(date), minutes(time), timeZone);

/** A valid-looking Finnish business id (Y-tunnus, with its check digit) in a range nobody uses. */
export function fakeBusinessId(n: number): string {
  for (let base = 9_100_000 + n * 3; ; base++) {
    const digits = String(base);
    const sum = [7, 9, 10, 5, 8, 4, 2].reduce((s, w, i) => s + w * Number(digits[i]), 0);
    const remainder = sum % 11;
    if (remainder === 1) continue;
    return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
  }
}

// Fixed "now" per process: the catalogue's schedules are relative to it, and they must not
// move between two syncs of one test.
const now = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
const lahellaCatalogue = createDemoCatalogue({ count: 10_000_000, seed: 2_026_011, now, taxonomies });
const organizations = new Map<string, { org: DemoOrganization; n: number }>(
  lahellaCatalogue.organizations.map((org, n) => [org.id, { org, n }]),
);

export const lahellaKey = (i: number) => `lh-gen-${pad(i)}`;
const groupKey = (n: number) => `lh-grp-${pad(n, 4)}`;

function lahellaEvents(schedules: DemoSchedule[]): Json[] {
  return schedules.map((s) => {
    if (s.kind === 'ONE_OFF') {
      return { start: s.startsAt!.getTime(), ...(s.endsAt ? { end: s.endsAt.getTime() } : {}), timeZone: s.timeZone, type: '1' };
    }
    if (s.kind === 'PERIOD') {
      return {
        start: at(s.validFrom!, '00:00', s.timeZone),
        ...(s.validUntil ? { end: at(s.validUntil, '23:59', s.timeZone) } : {}),
        timeZone: s.timeZone,
        type: '3',
      };
    }
    const start = at(s.validFrom!, s.startTime ?? '00:00', s.timeZone);
    return {
      start,
      ...(s.endTime ? { end: at(s.validFrom!, s.endTime, s.timeZone) } : {}),
      timeZone: s.timeZone,
      type: '4',
      recurrence: {
        period: s.frequency === 'DAILY' ? 'P1D' : s.frequency === 'MONTHLY' ? 'P1M' : s.interval === 2 ? 'P2W' : 'P1W',
        ...(s.validUntil ? { end: at(s.validUntil, s.startTime ?? '00:00', s.timeZone) } : {}),
        exclude: s.excludedDates.map((d) => at(d, s.startTime ?? '00:00', s.timeZone)),
        daySpecificTimes:
          s.frequency === 'WEEKLY' && s.startTime
            ? s.weekdays.map((weekday) => ({ weekday, startTime: s.startTime, endTime: s.endTime ?? s.startTime }))
            : [],
      },
    };
  });
}

function lahellaType(a: DemoActivity): string {
  if (a.activityTypeCodes.includes('befriending')) return 'voluntary';
  if (a.activityTypeCodes.some((t) => ['peer-support', 'guidance-crisis', 'everyday-support'].includes(t))) return 'support';
  return 'hobby';
}

/** Lähellä item i: demo activity i in the shape of the real list's items. */
export function generateLahellaItem(i: number): Json {
  const a = lahellaCatalogue.activity(i);
  const contacts: Json[] = a.contacts.map((c) => ({
    id: c.id,
    type: CONTACT_TYPES[c.type],
    value: c.value,
    ...(c.label ? { translations: { fi: { description: c.label } } } : {}),
  }));
  // Lähellä keeps an online activity's link and a phone line's number among the contacts.
  for (const channel of a.channels) {
    if (channel.url && !a.contacts.some((c) => c.value === channel.url)) contacts.push({ id: `${channel.id}-www`, type: 'www', value: channel.url });
    if (channel.phone && !a.contacts.some((c) => c.value === channel.phone)) contacts.push({ id: `${channel.id}-tel`, type: 'phone', value: channel.phone });
  }
  const accessibility = a.accessibilityCodes.flatMap((code) => (ACCESSIBILITY[code] ? [ACCESSIBILITY[code]] : []));
  const channels = a.channels.map((channel, c) => {
    const address = (street: string | null, city: string | null) =>
      street || channel.postalCode
        ? { address: { street: street ?? undefined, postalCode: channel.postalCode ?? undefined, city: city ?? undefined, state: 'Pohjois-Pohjanmaa', country: 'FI' } }
        : {};
    const schedules = a.schedules.filter((s) => s.channelId === channel.id || (c === 0 && s.channelId === null));
    return {
      id: channel.id,
      type: [channel.type.toLowerCase()],
      accessibility: channel.type === 'PLACE' || channel.type === 'HYBRID' ? (accessibility.length > 0 ? accessibility : ['ac_unknow']) : [],
      ...(channel.latitude !== null && channel.longitude !== null
        ? { map: { center: { type: 'Point', coordinates: [channel.longitude, channel.latitude] }, zoom: 16 } }
        : {}),
      translations: {
        fi: { ...address(channel.streetAddressFi, channel.postOfficeFi), summary: html(channel.nameFi) },
        ...(channel.nameSv || channel.streetAddressSv
          ? { sv: { ...address(channel.streetAddressSv ?? channel.streetAddressFi, channel.postOfficeSv), summary: html(channel.nameSv) } }
          : {}),
      },
      events: lahellaEvents(schedules),
      registrationRequired: c === 0 && a.registrationRequired,
      ...(c === 0 && a.registrationUrl ? { registrationUrl: a.registrationUrl } : {}),
      ...(c === 0 && a.registrationEmail ? { registrationEmail: a.registrationEmail } : {}),
    };
  });
  const translation = (lang: 'Fi' | 'Sv' | 'En') => {
    const name = a[`title${lang}`];
    if (!name) return undefined;
    return {
      name,
      summary: html(a[`summary${lang}`]),
      description: html(a[`description${lang}`]),
      pricing: html(a[`priceNote${lang}`]),
      registration: html(a[`registrationNote${lang}`]),
    };
  };
  const org = a.organizationId ? organizations.get(a.organizationId) : undefined;
  return {
    _key: lahellaKey(i),
    status: 'published',
    ...(org ? { group: groupKey(org.n) } : {}),
    traits: {
      type: lahellaType(a),
      requiredLocales: ['fi', 'sv', 'en'].filter((l) => a[`title${l === 'fi' ? 'Fi' : l === 'sv' ? 'Sv' : 'En'}`]),
      translations: { fi: translation('Fi'), sv: translation('Sv'), en: translation('En') },
      theme: [...new Set(a.themeCodes.flatMap((t) => (THEMES[t] ? [THEMES[t]] : [])))],
      format: [...new Set(a.activityTypeCodes.flatMap((t) => (FORMATS[t] ? [FORMATS[t]] : [])))],
      locale: a.languageCodes.flatMap((l) => (LOCALES[l] ? [LOCALES[l]] : [])),
      demographic: [...a.ageGroupCodes.flatMap((g) => (ageRanges.has(g) ? [ageRanges.get(g)!] : [])), 'gender/gender'],
      region: a.isRegionWide ? ['state/FI/Pohjois-Pohjanmaa'] : a.municipalityCodes.map((code) => `city/FI/${municipalityName.get(code)}`),
      pricing: [a.isFree ? 'free' : 'paid'],
      ...(a.imageUrl ? { photo: `file-${pad(i)}`, photoAlt: a.imageAltFi ?? undefined } : {}),
      contacts,
      channels,
    },
  };
}

/** The organiser behind a group key, as `links[groups]=true` describes it. */
export function generateLahellaGroup(key: string): Json | null {
  const n = Number(/^lh-grp-(\d{4})$/.exec(key)?.[1] ?? NaN);
  const org = lahellaCatalogue.organizations[n];
  if (!org) return null;
  return {
    _key: key,
    translations: {
      fi: { name: org.nameFi, description: html(org.descriptionFi) },
      ...(org.nameSv ? { sv: { name: org.nameSv, description: html(org.descriptionSv) } } : {}),
    },
    businessId: fakeBusinessId(n),
  };
}

// PTV ------------------------------------------------------------------------------------

export const ptvServiceId = (i: number) => `00000000-0000-4000-8000-${pad(i, 12)}`;
export const ptvChannelId = (i: number, j: number) => `00000000-0000-4000-9000-${pad(i * 4 + j, 12)}`;
const ptvOrganizationId = (n: number) => `00000000-0000-4000-a000-${pad(n, 12)}`;

/** Pohde itself, the organisation behind most services in PTV. */
const POHDE = { n: 999, nameFi: 'Pohjois-Pohjanmaan hyvinvointialue (demo)', nameSv: 'Välfärdsområdet Norra Österbotten (demo)' };

const ptvCatalogue = createDemoCatalogue({ count: 10_000_000, seed: 2_026_012, now, taxonomies });
const toEtrsTm35Fin = proj4('WGS84', '+proj=utm +zone=35 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs');
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CHANNEL_TYPES = { PLACE: 'ServiceLocation', HYBRID: 'ServiceLocation', ONLINE: 'EChannel', PHONE: 'Phone' } as const;

/** PTV target groups whose mapping our age and special groups meet (read from the mapping data). */
const targetGroupCodes = (() => {
  const byCode = new Map<string, string[]>();
  for (const m of taxonomies.sourceCodeMappings.filter((m) => m.source === 'PTV')) {
    byCode.set(m.sourceCode, [...(byCode.get(m.sourceCode) ?? []), m.targetCode]);
  }
  return (codes: string[]) => [...byCode].filter(([, targets]) => targets.some((t) => codes.includes(t))).map(([code]) => ({ code }));
})();

const list = (pairs: [string, string | null][], type?: string) =>
  pairs.flatMap(([language, value]) => (value ? [{ language, value, ...(type ? { type } : {}) }] : []));

export interface PtvV11Service {
  service: Json;
  channels: Json[];
  organization: Json;
}

/**
 * PTV service i in v11's shape, with its channels and organisation: demo activity i of
 * its own catalogue. Every third one belongs to the organiser of Lähellä item i (the same
 * organisation, with the same business id, as that Lähellä.fi group); the rest are Pohde's.
 */
export function generatePtvService(i: number): PtvV11Service {
  const a = ptvCatalogue.activity(i);
  const sharedOrg = i % 3 === 0 ? lahellaCatalogue.activity(i).organizationId : null;
  const orgNumber = sharedOrg ? (organizations.get(sharedOrg)?.n ?? null) : null;
  const org = orgNumber === null ? null : lahellaCatalogue.organizations[orgNumber]!;
  const organization = {
    id: ptvOrganizationId(orgNumber ?? POHDE.n),
    businessCode: fakeBusinessId(orgNumber ?? POHDE.n),
    organizationNames: list([['fi', org?.nameFi ?? POHDE.nameFi], ['sv', org?.nameSv ?? POHDE.nameSv]], 'Name'),
  };
  const channels = a.channels.map((channel, j) => {
    const [street, number] = /^(.*?)\s+(\d+\s*\w?)$/.exec(channel.streetAddressFi ?? '')?.slice(1) ?? [channel.streetAddressFi, null];
    const location =
      channel.latitude !== null && channel.longitude !== null ? toEtrsTm35Fin.forward([channel.longitude, channel.latitude]) : null;
    const weekly = a.schedules.filter(
      (s) => (s.channelId === channel.id || s.channelId === null) && s.kind === 'RECURRING' && s.frequency === 'WEEKLY' && s.startTime && s.endTime,
    );
    return {
      id: ptvChannelId(i, j),
      serviceChannelType: CHANNEL_TYPES[channel.type],
      serviceChannelNames: list([['fi', channel.nameFi], ['sv', channel.nameSv], ['en', channel.nameEn]], 'Name'),
      addresses: street
        ? [{
            type: 'Location',
            subType: 'Single',
            streetAddress: {
              street: list([['fi', street], ['sv', channel.streetAddressSv?.replace(/\s+\d+\s*\w?$/, '') ?? null]]),
              streetNumber: number,
              postalCode: channel.postalCode,
              postOffice: list([['fi', channel.postOfficeFi?.toUpperCase() ?? null], ['sv', channel.postOfficeSv?.toUpperCase() ?? null]]),
              municipality: channel.municipalityCode ? { code: channel.municipalityCode } : null,
              // EPSG:3067 metres as strings, as PTV publishes them.
              latitude: location ? location[1]!.toFixed(3) : null,
              longitude: location ? location[0]!.toFixed(3) : null,
            },
          }]
        : [],
      phoneNumbers: channel.phone ? [{ prefixNumber: '+358', number: channel.phone.replace(/^\+358\s*/, ''), language: 'fi' }] : [],
      webPages: channel.url ? [{ url: channel.url, language: 'fi' }] : [],
      emails: a.contacts.filter((c) => c.type === 'EMAIL' && j === 0).map((c) => ({ value: c.value, language: 'fi' })),
      serviceHours: weekly.map((s) => ({
        serviceHourType: 'DaysOfTheWeek',
        validFrom: s.validFrom ? `${s.validFrom}T00:00:00` : null,
        validTo: s.validUntil ? `${s.validUntil}T00:00:00` : null,
        isClosed: false,
        openingHour: s.weekdays.map((d) => ({ dayFrom: WEEKDAY_NAMES[d - 1], dayTo: null, from: `${s.startTime}:00`, to: `${s.endTime}:00` })),
      })),
    };
  });
  const text = (field: 'title' | 'summary' | 'description' | 'registrationNote' | 'priceNote') =>
    (['Fi', 'Sv', 'En'] as const).map((l) => [l.toLowerCase(), a[`${field}${l}`]] as [string, string | null]);
  const service = {
    id: ptvServiceId(i),
    type: 'Service',
    publishingStatus: 'Published',
    serviceNames: list(text('title'), 'Name'),
    serviceDescriptions: [
      ...list(text('summary'), 'Summary'),
      ...list(text('description'), 'Description'),
      ...list(text('registrationNote'), 'ServiceUserInstruction'),
      ...list(text('priceNote'), 'ChargeTypeAdditionalInfo'),
    ],
    languages: a.languageCodes.filter((l) => ['fi', 'sv', 'en', 'se', 'ru', 'et', 'uk', 'ar', 'so'].includes(l)),
    targetGroups: targetGroupCodes([...a.ageGroupCodes, ...a.specialGroupCodes]),
    serviceClasses: [],
    serviceChargeType: a.isFree ? 'Free' : 'Charged',
    areaType: 'AreaType',
    // Pohjois-Pohjanmaa is region (maakunta) 17.
    areas: a.isRegionWide
      ? [{ type: 'Region', code: '17', municipalities: [] }]
      : a.municipalityCodes.map((code) => ({ type: 'Municipality', code, municipalities: [{ code }] })),
    organizations: [{ organization: { id: organization.id, name: organization.organizationNames[0]!.value }, roleType: 'Responsible' }],
    serviceChannels: channels.map((c) => ({ serviceChannel: { id: c.id, name: (c.serviceChannelNames[0]?.value as string) ?? null } })),
    // UTC without a zone designator, as PTV writes it.
    modified: '2026-01-01T00:00:00',
  };
  return { service, channels, organization };
}

const languageVersionsOf = (entries: Json[], field: (type: unknown) => string | null) => {
  const versions: Record<string, Json> = {};
  for (const e of entries) {
    const key = field(e.type);
    if (key) versions[e.language as string] = { ...versions[e.language as string], [key]: e.value };
  }
  return versions;
};
const V12_TEXT_FIELDS: Record<string, string> = {
  Name: 'name', AlternativeName: 'alternativeName', Summary: 'summary', Description: 'description',
  ServiceUserInstruction: 'userInstruction', ChargeTypeAdditionalInfo: 'chargeInfo',
};

/** The same service in v12's shape: texts in languageVersions, channels by connection search. */
export function toPtvV12({ service, channels, organization }: PtvV11Service): PtvV11Service & { connections: Json[] } {
  const { serviceNames, serviceDescriptions, serviceChannels, serviceChargeType, ...rest } = service as Json & {
    serviceNames: Json[]; serviceDescriptions: Json[]; serviceChannels: { serviceChannel: { id: string } }[];
  };
  return {
    service: {
      ...rest,
      languageVersions: languageVersionsOf([...serviceNames, ...serviceDescriptions], (t) => V12_TEXT_FIELDS[t as string] ?? null),
      chargeType: serviceChargeType,
    },
    channels: channels.map(({ serviceChannelNames, ...channel }) => ({
      ...channel,
      languageVersions: languageVersionsOf(serviceChannelNames as Json[], () => 'name'),
    })),
    organization: (({ organizationNames, ...o }) => ({ ...o, languageVersions: languageVersionsOf(organizationNames as Json[], () => 'name') }))(
      organization,
    ),
    connections: serviceChannels.map((link) => ({ serviceId: service.id, serviceChannelId: link.serviceChannel.id })),
  };
}

/** Where channel j of PTV service i really is (WGS84), before it was written as EPSG:3067. */
export function demoChannelPoint(i: number, j: number): { latitude: number; longitude: number } | null {
  const channel = ptvCatalogue.activity(i).channels[j];
  return channel?.latitude != null && channel.longitude != null ? { latitude: channel.latitude, longitude: channel.longitude } : null;
}
