import 'server-only';
import { z } from 'zod';
import { getPrisma } from '@/server/db';
import { getTaxonomies } from '@/server/taxonomies/queries';
import { pickLocalized, termName, type ContentLanguage, type LocalizedText } from '@/lib/i18n/localized';
import { DEFAULT_TIME_ZONE, expandOccurrences, localDayOf, dayNumber, type Occurrence } from '@/lib/schedule/occurrences';
import { summarizeSchedule } from '@/lib/schedule/format';
import { occurrenceText, type ClientLanguage } from '@/lib/referral/occurrence-text';
import { isWellFormedReferralCode } from './code';

/** Next occurrences listed per activity. */
const UPCOMING_LIMIT = 5;
const HORIZON_DAYS = 366;
const MS_PER_DAY = 86_400_000;

/**
 * available: published and still going on; ended: published but every schedule is in the past;
 * archived: archived, hidden or back in draft; unknown: no such activity (deleted, or a tampered id).
 */
export type ActivityState = 'available' | 'ended' | 'archived' | 'unknown';

export interface BasketActivity {
  id: string;
  state: ActivityState;
  slug: string | null;
  title: LocalizedText | null;
  summary: LocalizedText | null;
  organization: string | null;
  nextTime: string | null;
}

export interface ClientActivity extends Omit<BasketActivity, 'organization'> {
  organization: LocalizedText | null;
  upcoming: string[];
  scheduleNotes: LocalizedText[];
  scheduleSummaries: string[];
  places: { name: string | null; address: string | null }[];
  online: { url: string | null; phone: string | null; type: 'ONLINE' | 'PHONE' | 'HYBRID' }[];
  isRemote: boolean;
  registration: { required: boolean; url: string | null; email: string | null; phone: string | null; note: LocalizedText | null };
  contacts: { type: 'EMAIL' | 'PHONE' | 'WEB'; value: string; label: string | null }[];
  price: { isFree: boolean; note: LocalizedText | null };
}

const uuidSchema = z.uuid();

async function loadRows(ids: readonly string[]) {
  const valid = [...new Set(ids.filter((id) => uuidSchema.safeParse(id).success))];
  if (valid.length === 0) return [];
  const prisma = await getPrisma();
  return prisma.activity.findMany({
    where: { id: { in: valid } },
    include: {
      organization: { select: { nameFi: true, nameSv: true, nameEn: true } },
      channels: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] },
      schedules: { orderBy: [{ kind: 'asc' }, { id: 'asc' }] },
      contacts: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] },
    },
  });
}

type Row = Awaited<ReturnType<typeof loadRows>>[number];

function upcomingOf(row: Row, now: Date): Occurrence[] {
  const horizon = new Date(now.getTime() + HORIZON_DAYS * MS_PER_DAY);
  const seen = new Set<number>();
  const all: Occurrence[] = [];
  for (const schedule of row.schedules) {
    for (const occurrence of expandOccurrences(schedule, { from: now, to: horizon, limit: UPCOMING_LIMIT })) {
      if (seen.has(occurrence.startsAt.getTime())) continue;
      seen.add(occurrence.startsAt.getTime());
      all.push(occurrence);
    }
  }
  return all.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()).slice(0, UPCOMING_LIMIT);
}

/** True when the activity has schedules and all of them lie in the past. */
function hasEnded(row: Row, now: Date, upcoming: readonly Occurrence[]): boolean {
  if (row.schedules.length === 0 || upcoming.length > 0) return false;
  const today = localDayOf(now.getTime(), DEFAULT_TIME_ZONE);
  return row.schedules.every((schedule) => {
    if (schedule.kind === 'ONE_OFF') return schedule.startsAt !== null && (schedule.endsAt ?? schedule.startsAt) < now;
    // Recurring and period schedules without an end date go on.
    return schedule.validUntil !== null && dayNumber(schedule.validUntil) < today;
  });
}

function stateOf(row: Row | undefined, now: Date, upcoming: readonly Occurrence[]): ActivityState {
  if (!row) return 'unknown';
  if (row.status !== 'PUBLISHED') return 'archived';
  return hasEnded(row, now, upcoming) ? 'ended' : 'available';
}

function basketView(
  id: string,
  row: Row | undefined,
  language: ContentLanguage,
  now: Date,
): Omit<BasketActivity, 'organization'> & { organization: LocalizedText | null; upcomingRaw: Occurrence[] } {
  const upcoming = row ? upcomingOf(row, now) : [];
  const state = stateOf(row, now, upcoming);
  if (!row) return { id, state, slug: null, title: null, summary: null, organization: null, nextTime: null, upcomingRaw: [] };
  const organization = row.organization
    ? pickLocalized({ fi: row.organization.nameFi, sv: row.organization.nameSv, en: row.organization.nameEn }, language)
    : null;
  return {
    id,
    state,
    slug: row.slug,
    title: pickLocalized({ fi: row.titleFi, sv: row.titleSv, en: row.titleEn }, language),
    summary: pickLocalized({ fi: row.summaryFi, sv: row.summarySv, en: row.summaryEn }, language),
    organization,
    nextTime: upcoming[0] ? occurrenceText(upcoming[0], language) : null,
    upcomingRaw: upcoming,
  };
}

/**
 * The current state of the activities in a basket, in the basket's order. Ids that are not
 * UUIDs or not in the database come back as `unknown`; nothing is thrown.
 */
export async function getBasketActivities(ids: readonly string[], language: ClientLanguage, now = new Date()): Promise<BasketActivity[]> {
  const rows = new Map((await loadRows(ids)).map((row) => [row.id, row]));
  return ids.map((id) => {
    const { upcomingRaw: _upcoming, organization, ...view } = basketView(id, rows.get(id), language, now);
    return { ...view, organization: organization?.text ?? null };
  });
}

function clientView(id: string, row: Row | undefined, language: ClientLanguage, now: Date, municipalityName: Map<string, string>): ClientActivity {
  const { upcomingRaw, ...base } = basketView(id, row, language, now);
  const empty: ClientActivity = {
    ...base,
    upcoming: [],
    scheduleNotes: [],
    scheduleSummaries: [],
    places: [],
    online: [],
    isRemote: false,
    registration: { required: false, url: null, email: null, phone: null, note: null },
    contacts: [],
    price: { isFree: true, note: null },
  };
  if (!row) return empty;
  const pick = (values: { fi?: string | null; sv?: string | null; en?: string | null }) => pickLocalized(values, language);
  const places = row.channels
    .filter((channel) => channel.type === 'PLACE' || channel.type === 'HYBRID')
    .map((channel) => {
      const street = pick({ fi: channel.streetAddressFi, sv: channel.streetAddressSv })?.text ?? null;
      const postOffice = pick({ fi: channel.postOfficeFi, sv: channel.postOfficeSv })?.text ?? null;
      const town = postOffice ?? (channel.municipalityCode ? municipalityName.get(channel.municipalityCode) ?? null : null);
      const address = [street, [channel.postalCode, town].filter(Boolean).join(' ')].filter(Boolean).join(', ') || null;
      return { name: pick({ fi: channel.nameFi, sv: channel.nameSv, en: channel.nameEn })?.text ?? null, address };
    })
    .filter((place) => place.name || place.address);
  const online = row.channels
    .filter((channel) => channel.type !== 'PLACE' && (channel.url || channel.phone))
    .map((channel) => ({ type: channel.type as 'ONLINE' | 'PHONE' | 'HYBRID', url: channel.url, phone: channel.phone }));
  // A one-off event's summary is its date, which the list of next times already shows.
  const scheduleSummaries = row.schedules
    .filter((schedule) => schedule.kind !== 'ONE_OFF' || upcomingRaw.length === 0)
    .map((schedule) => summarizeSchedule(schedule, language, { now }))
    .filter((text): text is string => Boolean(text));
  return {
    ...empty,
    upcoming: upcomingRaw.map((occurrence) => occurrenceText(occurrence, language)),
    scheduleSummaries: [...new Set(scheduleSummaries)],
    scheduleNotes: row.schedules
      .map((schedule) => pick({ fi: schedule.noteFi, sv: schedule.noteSv, en: schedule.noteEn }))
      .filter((note): note is LocalizedText => note !== null),
    places,
    online,
    isRemote: row.isRemote,
    registration: {
      required: row.registrationRequired,
      url: row.registrationUrl,
      email: row.registrationEmail,
      phone: row.registrationPhone,
      note: pick({ fi: row.registrationNoteFi, sv: row.registrationNoteSv, en: row.registrationNoteEn }),
    },
    contacts: row.contacts.map((contact) => ({ type: contact.type, value: contact.value, label: contact.label })),
    price: { isFree: row.isFree, note: pick({ fi: row.priceNoteFi, sv: row.priceNoteSv, en: row.priceNoteEn }) },
  };
}

export interface ClientReferral {
  code: string;
  /** The language the referral was made in: the default of the link given to the client. */
  language: ClientLanguage;
  /** The language it is shown in now (the page's URL); content falls back from it. */
  shownIn: ClientLanguage;
  message: string | null;
  stepCodes: string[];
  createdAt: Date;
  expiresAt: Date;
  activities: ClientActivity[];
}

export type ClientReferralResult =
  | { status: 'ok'; referral: ClientReferral }
  | { status: 'expired'; language: ClientLanguage }
  | { status: 'not-found' };

function asClientLanguage(value: string): ClientLanguage {
  return value === 'sv' || value === 'en' ? value : 'fi';
}

/**
 * A referral by its public code, with its activities' current details in `shownIn` (the page's
 * language), by default the language the referral was made in.
 */
export async function getClientReferral(code: string, now = new Date(), shownIn?: ClientLanguage): Promise<ClientReferralResult> {
  if (!isWellFormedReferralCode(code)) return { status: 'not-found' };
  const prisma = await getPrisma();
  const referral = await prisma.referral.findUnique({ where: { code } });
  if (!referral) return { status: 'not-found' };
  const language = asClientLanguage(referral.language);
  if (referral.expiresAt <= now) return { status: 'expired', language };
  const shown = shownIn ?? language;
  const [rows, taxonomies] = await Promise.all([loadRows(referral.activityIds), getTaxonomies()]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const municipalityName = new Map(
    taxonomies.municipalities.map((m) => [m.code, termName(m, shown)]),
  );
  return {
    status: 'ok',
    referral: {
      code: referral.code,
      language,
      shownIn: shown,
      message: referral.message,
      stepCodes: referral.stepCodes,
      createdAt: referral.createdAt,
      expiresAt: referral.expiresAt,
      activities: referral.activityIds.map((id) => clientView(id, byId.get(id), shown, now, municipalityName)),
    },
  };
}
