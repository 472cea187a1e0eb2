import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import { getPrisma } from '@/server/db';
import { cachedByCatalogue } from '@/server/cache/catalogue-cache';
import { getTaxonomies, type TaxonomyTerm } from '@/server/taxonomies/queries';
import { pickLocalized, termName, type ContentLanguage, type LocalizedText } from '@/lib/i18n/localized';
import { slugOf } from '@/server/catalogue/terms';
import {
  DEFAULT_TIME_ZONE,
  dayNumber,
  dayToIsoDate,
  expandOccurrences,
  localDayOf,
  type Occurrence,
} from '@/lib/schedule/occurrences';
import { summarizeSchedule } from '@/lib/schedule/format';
import type { Locale } from '@/i18n/routing';

/** Next occurrences shown on the page. */
export const UPCOMING_LIMIT = 8;
/** How far ahead the page looks for them. */
const UPCOMING_HORIZON_DAYS = 366;

export type ProviderType = 'ASSOCIATION' | 'PARISH' | 'POHDE' | 'MUNICIPALITY' | 'OTHER';
export type SourceKind = 'LAHELLA' | 'PTV' | 'MANUAL';
export type ChannelType = 'PLACE' | 'ONLINE' | 'PHONE' | 'HYBRID';
export type ContactType = 'EMAIL' | 'PHONE' | 'WEB';

export interface ActivityScheduleView {
  id: string;
  kind: 'ONE_OFF' | 'RECURRING' | 'PERIOD';
  /** One sentence in the page language, e.g. "Joka tiistai klo 18–19.30, 13.1.–26.5.2027." */
  summary: string | null;
  note: LocalizedText | null;
  /** Local dates "YYYY-MM-DD" still to come on which a recurring schedule does not meet. */
  excludedDates: string[];
  /** The channel (place) the schedule happens at, if it names one. */
  channelId: string | null;
  /** ONE_OFF: the event's span. */
  startsAt: Date | null;
  endsAt: Date | null;
  /** RECURRING and PERIOD: the rule in local time, for structured data. */
  recurrence: {
    frequency: 'DAILY' | 'WEEKLY' | 'MONTHLY';
    interval: number;
    weekdays: number[];
    startTime: string | null;
    endTime: string | null;
  } | null;
  validFrom: string | null;
  validUntil: string | null;
  timeZone: string;
}

export interface ActivityChannelView {
  id: string;
  type: ChannelType;
  name: LocalizedText | null;
  streetAddress: string | null;
  postalCode: string | null;
  postOffice: string | null;
  municipality: string | null;
  latitude: number | null;
  longitude: number | null;
  url: string | null;
  phone: string | null;
}

export interface TermLink {
  code: string;
  /** The slug in the page language. */
  slug: string;
  name: string;
}

/** Everything the activity page shows, resolved to the page language; plain data only. */
export interface ActivityPageData {
  id: string;
  slug: string;
  locale: Locale;
  title: LocalizedText;
  summary: LocalizedText | null;
  /** Plain text or the small HTML subset the sync keeps; render with the rich-text component. */
  description: LocalizedText | null;
  /** The language most of the text is shown in; differs from `locale` when it is missing. */
  textLanguage: ContentLanguage;
  providerType: ProviderType;
  organization: { slug: string; name: LocalizedText } | null;
  upcoming: Occurrence[];
  schedules: ActivityScheduleView[];
  /** True when a calendar file can be made (a one-off or recurring schedule exists). */
  hasCalendar: boolean;
  channels: ActivityChannelView[];
  isRemote: boolean;
  isRegionWide: boolean;
  municipalities: string[];
  registration: {
    required: boolean;
    url: string | null;
    email: string | null;
    phone: string | null;
    note: LocalizedText | null;
  };
  contacts: { type: ContactType; value: string; label: string | null }[];
  price: { isFree: boolean; note: LocalizedText | null };
  languages: string[];
  /** ISO 639 codes of the languages the activity is held in. */
  languageCodes: string[];
  accessibility: string[];
  ageGroups: string[];
  specialGroups: string[];
  activityTypes: string[];
  themes: TermLink[];
  stages: TermLink[];
  image: { url: string; alt: LocalizedText | null } | null;
  provenance: {
    source: SourceKind;
    /** When the source last changed the data (synced) or we did (manual). */
    updatedAt: Date;
    lastVerifiedAt: Date | null;
  };
  /** For the sitemap and search engines. */
  updatedAt: Date;
}

export interface GetActivityPageOptions {
  now?: Date;
}

function localized(values: { fi?: string | null; sv?: string | null; en?: string | null }, locale: Locale) {
  return pickLocalized(values, locale);
}

function label(term: TaxonomyTerm, locale: Locale): string {
  return termName(term, locale);
}

/** Labels for codes, in the taxonomy's own order. */
function labelsFor(terms: TaxonomyTerm[], codes: string[], locale: Locale): string[] {
  const wanted = new Set(codes);
  return terms.filter((term) => wanted.has(term.code)).map((term) => label(term, locale));
}

/**
 * Images are shown only from absolute http(s) addresses or from files that exist in public/
 * (the demo data points at /demo/images/… that are not shipped).
 */
function usableImageUrl(url: string | null): string | null {
  if (!url) return null;
  if (/^https?:\/\//i.test(url)) return url;
  if (!url.startsWith('/') || url.startsWith('//')) return null;
  const publicDir = path.resolve('public');
  const file = path.resolve(publicDir, `.${decodeURIComponent(url.split(/[?#]/)[0]!)}`);
  if (!file.startsWith(publicDir + path.sep)) return null;
  return fs.existsSync(file) ? url : null;
}

async function loadActivityPage(slug: string, locale: Locale, now: Date): Promise<ActivityPageData | null> {
  const prisma = await getPrisma();
  const [row, taxonomies] = await Promise.all([
    prisma.activity.findFirst({
      where: { slug, status: 'PUBLISHED' },
      include: {
        organization: { select: { slug: true, nameFi: true, nameSv: true, nameEn: true } },
        channels: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] },
        schedules: { orderBy: [{ kind: 'asc' }, { id: 'asc' }] },
        contacts: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] },
        themes: { select: { themeCode: true } },
        stages: { select: { stageCode: true } },
        activityTypes: { select: { activityTypeCode: true } },
        ageGroups: { select: { ageGroupCode: true } },
        specialGroups: { select: { specialGroupCode: true } },
        languages: { select: { languageCode: true } },
        accessibility: { select: { featureCode: true } },
        municipalities: { select: { municipalityCode: true } },
      },
    }),
    getTaxonomies(),
  ]);
  if (!row) return null;
  const title = localized({ fi: row.titleFi, sv: row.titleSv, en: row.titleEn }, locale);
  if (!title) return null;

  const municipalityName = new Map(taxonomies.municipalities.map((m) => [m.code, label(m, locale)]));
  const collator = new Intl.Collator(locale);

  const horizon = new Date(now.getTime() + UPCOMING_HORIZON_DAYS * 86_400_000);
  const seen = new Set<number>();
  const upcoming: Occurrence[] = [];
  for (const schedule of row.schedules) {
    for (const occurrence of expandOccurrences(schedule, { from: now, to: horizon, limit: UPCOMING_LIMIT })) {
      const key = occurrence.startsAt.getTime();
      if (seen.has(key)) continue;
      seen.add(key);
      upcoming.push(occurrence);
    }
  }
  upcoming.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  upcoming.length = Math.min(upcoming.length, UPCOMING_LIMIT);

  const schedules: ActivityScheduleView[] = row.schedules.map((schedule) => {
    const today = localDayOf(now.getTime(), schedule.timeZone || DEFAULT_TIME_ZONE);
    return {
      id: schedule.id,
      kind: schedule.kind,
      summary: summarizeSchedule(schedule, locale, { now }),
      note: localized({ fi: schedule.noteFi, sv: schedule.noteSv, en: schedule.noteEn }, locale),
      excludedDates:
        schedule.kind === 'RECURRING'
          ? schedule.excludedDates
              .map(dayNumber)
              .filter((day) => day >= today)
              .sort((a, b) => a - b)
              .map(dayToIsoDate)
          : [],
      channelId: schedule.channelId,
      startsAt: schedule.startsAt,
      endsAt: schedule.endsAt,
      recurrence:
        schedule.kind === 'RECURRING'
          ? {
              frequency: schedule.frequency ?? 'WEEKLY',
              interval: schedule.interval,
              weekdays: schedule.weekdays,
              startTime: schedule.startTime,
              endTime: schedule.endTime,
            }
          : null,
      validFrom: schedule.validFrom ? dayToIsoDate(dayNumber(schedule.validFrom)) : null,
      validUntil: schedule.validUntil ? dayToIsoDate(dayNumber(schedule.validUntil)) : null,
      timeZone: schedule.timeZone || DEFAULT_TIME_ZONE,
    };
  });

  const channels: ActivityChannelView[] = row.channels.map((channel) => ({
    id: channel.id,
    type: channel.type,
    name: localized({ fi: channel.nameFi, sv: channel.nameSv, en: channel.nameEn }, locale),
    streetAddress: (locale === 'sv' ? channel.streetAddressSv : null) ?? channel.streetAddressFi ?? channel.streetAddressSv,
    postalCode: channel.postalCode,
    postOffice: (locale === 'sv' ? channel.postOfficeSv : null) ?? channel.postOfficeFi ?? channel.postOfficeSv,
    municipality: channel.municipalityCode ? (municipalityName.get(channel.municipalityCode) ?? null) : null,
    latitude: channel.latitude,
    longitude: channel.longitude,
    url: channel.url,
    phone: channel.phone,
  }));

  const termLinks = (terms: typeof taxonomies.themes, codes: string[]): TermLink[] => {
    const wanted = new Set(codes);
    return terms
      .filter((term) => wanted.has(term.code))
      .map((term) => ({ code: term.code, slug: slugOf(term, locale), name: label(term, locale) }));
  };

  const imageUrl = usableImageUrl(row.imageUrl);
  const organization = row.organization;
  const organizationName = organization
    ? localized({ fi: organization.nameFi, sv: organization.nameSv, en: organization.nameEn }, locale)
    : null;

  return {
    id: row.id,
    slug: row.slug,
    locale,
    title,
    summary: localized({ fi: row.summaryFi, sv: row.summarySv, en: row.summaryEn }, locale),
    description: localized({ fi: row.descriptionFi, sv: row.descriptionSv, en: row.descriptionEn }, locale),
    textLanguage: title.lang,
    providerType: row.providerType,
    organization: organization && organizationName ? { slug: organization.slug, name: organizationName } : null,
    upcoming,
    schedules,
    hasCalendar: row.schedules.some(
      (schedule) => (schedule.kind === 'ONE_OFF' && schedule.startsAt !== null) || schedule.kind !== 'ONE_OFF',
    ),
    channels,
    isRemote: row.isRemote,
    isRegionWide: row.isRegionWide,
    municipalities: row.municipalities
      .map(({ municipalityCode }) => municipalityName.get(municipalityCode))
      .filter((name): name is string => Boolean(name))
      .sort(collator.compare),
    registration: {
      required: row.registrationRequired,
      url: row.registrationUrl,
      email: row.registrationEmail,
      phone: row.registrationPhone,
      note: localized({ fi: row.registrationNoteFi, sv: row.registrationNoteSv, en: row.registrationNoteEn }, locale),
    },
    contacts: row.contacts.map(({ type, value, label: contactLabel }) => ({ type, value, label: contactLabel })),
    price: {
      isFree: row.isFree,
      note: localized({ fi: row.priceNoteFi, sv: row.priceNoteSv, en: row.priceNoteEn }, locale),
    },
    languages: labelsFor(taxonomies.languages, row.languages.map((l) => l.languageCode), locale),
    languageCodes: taxonomies.languages
      .filter((language) => row.languages.some((l) => l.languageCode === language.code))
      .map((language) => language.code),
    accessibility: labelsFor(taxonomies.accessibilityFeatures, row.accessibility.map((a) => a.featureCode), locale),
    ageGroups: labelsFor(taxonomies.ageGroups, row.ageGroups.map((a) => a.ageGroupCode), locale),
    specialGroups: labelsFor(taxonomies.specialGroups, row.specialGroups.map((s) => s.specialGroupCode), locale),
    activityTypes: labelsFor(taxonomies.activityTypes, row.activityTypes.map((t) => t.activityTypeCode), locale),
    themes: termLinks(taxonomies.themes, row.themes.map((t) => t.themeCode)),
    stages: termLinks(taxonomies.stages, row.stages.map((s) => s.stageCode)),
    image: imageUrl
      ? { url: imageUrl, alt: localized({ fi: row.imageAltFi, sv: row.imageAltSv, en: row.imageAltEn }, locale) }
      : null,
    provenance: {
      source: row.source,
      updatedAt: row.source === 'MANUAL' ? row.updatedAt : (row.upstreamModifiedAt ?? row.lastSyncedAt ?? row.updatedAt),
      lastVerifiedAt: row.lastVerifiedAt,
    },
    updatedAt: row.updatedAt,
  };
}

const MINUTE_MS = 60_000;

// Cached per catalogue version (see catalogue-cache.ts) and per minute: the next occurrences
// and schedule texts follow the clock. The cache keeps JSON, so the dates come back as text.
const cachedActivityPage = cachedByCatalogue('activity-page', (slug: string, locale: Locale, minute: number) =>
  loadActivityPage(slug, locale, new Date(minute * MINUTE_MS)),
);

const toDate = (value: Date | string) => new Date(value);
const toDateOrNull = (value: Date | string | null) => (value === null ? null : new Date(value));

function withDates(page: ActivityPageData): ActivityPageData {
  return {
    ...page,
    upcoming: page.upcoming.map((o) => ({ startsAt: toDate(o.startsAt), endsAt: toDateOrNull(o.endsAt) })),
    schedules: page.schedules.map((s) => ({ ...s, startsAt: toDateOrNull(s.startsAt), endsAt: toDateOrNull(s.endsAt) })),
    provenance: {
      ...page.provenance,
      updatedAt: toDate(page.provenance.updatedAt),
      lastVerifiedAt: toDateOrNull(page.provenance.lastVerifiedAt),
    },
    updatedAt: toDate(page.updatedAt),
  };
}

/**
 * A published activity's page data in the page language, or null when there is no such
 * published activity. Memoised per request, so the page and its metadata share one read.
 */
export const getActivityPage = cache(
  async (slug: string, locale: Locale, options: GetActivityPageOptions = {}): Promise<ActivityPageData | null> => {
    if (options.now) return loadActivityPage(slug, locale, options.now);
    const page = await cachedActivityPage(slug, locale, Math.floor(Date.now() / MINUTE_MS));
    return page && withDates(page);
  },
);
