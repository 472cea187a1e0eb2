import 'server-only';

import { dayToIsoDate, isoWeekday, localDayOf, zonedTimeToUtc } from '@/lib/schedule/occurrences';
import { slugify } from '@/lib/slug';
import { readTaxonomyData, type MunicipalityData, type TaxonomyData } from '@/server/taxonomies/schemas';

import { Random, cumulativeWeights, mixSeed } from './random';
import {
  activityTemplates,
  closings,
  contactRoles,
  demoNotice,
  freeNote,
  imageAlts,
  periodNotes,
  registrationNotes,
  streets,
  venues,
  type ActivityTemplate,
  type ProviderType,
  type Text3,
} from './templates';

/**
 * Deterministic demo catalogue: the same seed, count and `now` always give the same
 * organisations and activities (ids included). Activity i depends only on (seed, i), so
 * the catalogue can be generated in batches of any size with bounded memory.
 *
 * The objects mirror the Prisma schema's columns, so the writer and tests use them as is.
 */

export const DEMO_TIME_ZONE = 'Europe/Helsinki';
export const DEFAULT_DEMO_COUNT = 400;
export const DEFAULT_DEMO_SEED = 20_260_101;

export type ActivityStatus = 'DRAFT' | 'PUBLISHED' | 'HIDDEN' | 'ARCHIVED';
export type SourceKind = 'LAHELLA' | 'PTV' | 'MANUAL';
export type ChannelType = 'PLACE' | 'ONLINE' | 'PHONE' | 'HYBRID';
export type ContactType = 'EMAIL' | 'PHONE' | 'WEB';
export type ScheduleKind = 'ONE_OFF' | 'RECURRING' | 'PERIOD';
export type RecurrenceFrequency = 'DAILY' | 'WEEKLY' | 'MONTHLY';

export interface DemoOrganization {
  id: string;
  slug: string;
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
  source: SourceKind;
  externalId: string | null;
  isDemo: true;
}

export interface DemoChannel {
  id: string;
  type: ChannelType;
  sortOrder: number;
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
}

export interface DemoSchedule {
  id: string;
  channelId: string | null;
  kind: ScheduleKind;
  timeZone: string;
  startsAt: Date | null;
  endsAt: Date | null;
  /** Local dates "YYYY-MM-DD". */
  validFrom: string | null;
  validUntil: string | null;
  frequency: RecurrenceFrequency | null;
  interval: number;
  weekdays: number[];
  startTime: string | null;
  endTime: string | null;
  excludedDates: string[];
  noteFi: string | null;
  noteSv: string | null;
  noteEn: string | null;
}

export interface DemoContact {
  id: string;
  type: ContactType;
  value: string;
  label: string | null;
  sortOrder: number;
}

export interface DemoActivity {
  id: string;
  slug: string;
  status: ActivityStatus;
  featured: boolean;
  providerType: ProviderType;
  organizationId: string | null;
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
  source: SourceKind;
  externalId: string | null;
  upstreamModifiedAt: Date | null;
  contentHash: string | null;
  upstreamData: Record<string, unknown> | null;
  lastSyncedAt: Date | null;
  isDemo: true;
  publishedAt: Date | null;
  archivedAt: Date | null;
  createdAt: Date;
  channels: DemoChannel[];
  schedules: DemoSchedule[];
  contacts: DemoContact[];
  themeCodes: string[];
  stageCodes: string[];
  activityTypeCodes: string[];
  ageGroupCodes: string[];
  specialGroupCodes: string[];
  languageCodes: string[];
  accessibilityCodes: string[];
  municipalityCodes: string[];
}

export interface DemoCatalogueOptions {
  /** Number of activities; default 400. */
  count?: number;
  seed?: number;
  /** Reference time for schedules and timestamps; pass a fixed value for reproducible output. */
  now?: Date;
  /** Taxonomy data; read from prisma/data when omitted. */
  taxonomies?: TaxonomyData;
}

export interface DemoCatalogue {
  count: number;
  seed: number;
  now: Date;
  organizations: DemoOrganization[];
  /** Activity number `index` (0 ≤ index < count). */
  activity(index: number): DemoActivity;
  /** Activities in order, `batchSize` at a time. */
  batches(batchSize?: number): Generator<DemoActivity[]>;
}

// ---------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------

interface AssociationKind {
  name: Text3;
  themes: readonly string[];
}

/** {gen} Finnish genitive, {sv} Swedish name, {en} English name of the municipality. */
const localAssociations: readonly AssociationKind[] = [
  { name: ['{gen} Omaishoitajat ry', 'Närståendevårdarna i {sv} rf', 'Family Carers of {en}'], themes: ['mental-wellbeing', 'relationships-participation', 'leisure-culture'] },
  { name: ['{gen} Mielenterveysyhdistys ry', 'Föreningen för psykisk hälsa i {sv} rf', '{en} Mental Health Association'], themes: ['mental-wellbeing', 'substances-addictions'] },
  { name: ['{gen} Eläkeläiset ry', 'Pensionärerna i {sv} rf', '{en} Pensioners'], themes: ['leisure-culture', 'physical-health', 'food-exercise-rest', 'learning-growth', 'relationships-participation'] },
  { name: ['{gen} Perheyhdistys ry', 'Familjeföreningen i {sv} rf', '{en} Family Association'], themes: ['relationships-participation', 'learning-growth', 'leisure-culture', 'housing-nature'] },
  { name: ['{gen} Liikuntaseura ry', 'Idrottsföreningen i {sv} rf', '{en} Sports Club'], themes: ['physical-health', 'food-exercise-rest', 'leisure-culture'] },
  { name: ['{gen} Muistiyhdistys ry', 'Minnesföreningen i {sv} rf', '{en} Memory Association'], themes: ['mental-wellbeing', 'relationships-participation'] },
  { name: ['{gen} Sydän- ja diabetesyhdistys ry', 'Hjärt- och diabetesföreningen i {sv} rf', '{en} Heart and Diabetes Association'], themes: ['physical-health', 'food-exercise-rest'] },
  { name: ['{gen} Työttömät ry', 'De arbetslösa i {sv} rf', '{en} Association of the Unemployed'], themes: ['work', 'money'] },
  { name: ['{gen} Vapaaehtoiskeskus ry', 'Frivilligcentralen i {sv} rf', '{en} Volunteer Centre'], themes: ['relationships-participation', 'learning-growth', 'money'] },
  { name: ['{gen} Nuorisoseura ry', 'Ungdomsföreningen i {sv} rf', '{en} Youth Association'], themes: ['leisure-culture', 'relationships-participation', 'housing-nature'] },
  { name: ['{gen} Monikulttuurinen yhdistys ry', 'Mångkulturella föreningen i {sv} rf', '{en} Multicultural Association'], themes: ['learning-growth', 'relationships-participation', 'work'] },
  { name: ['{gen} Turvallisuusyhdistys ry', 'Säkerhetsföreningen i {sv} rf', '{en} Safety Association'], themes: ['safety'] },
  { name: ['{gen} Raittiusyhdistys ry', 'Nykterhetsföreningen i {sv} rf', '{en} Temperance Association'], themes: ['substances-addictions'] },
];

const regionalAssociations: readonly AssociationKind[] = [
  { name: ['Pohjois-Pohjanmaan Kriisikeskus ry', 'Kriscentret i Norra Österbotten rf', 'North Ostrobothnia Crisis Centre'], themes: ['mental-wellbeing', 'safety'] },
  { name: ['Pohjois-Pohjanmaan Kuurojen yhdistys ry', 'Dövföreningen i Norra Österbotten rf', 'North Ostrobothnia Deaf Association'], themes: ['relationships-participation'] },
  { name: ['Pohjois-Pohjanmaan Nuorten tuki ry', 'Ungdomsstödet i Norra Österbotten rf', 'North Ostrobothnia Youth Support'], themes: ['mental-wellbeing', 'relationships-participation'] },
  { name: ['Pohjois-Pohjanmaan Talousapu ry', 'Ekonomihjälpen i Norra Österbotten rf', 'North Ostrobothnia Money Help'], themes: ['money', 'housing-nature'] },
  { name: ['Pohjois-Pohjanmaan Ensiapuyhdistys ry', 'Första hjälpen-föreningen i Norra Österbotten rf', 'North Ostrobothnia First Aid Association'], themes: ['safety', 'learning-growth'] },
  { name: ['Pohjois-Pohjanmaan Sateenkaariyhdistys ry', 'Regnbågsföreningen i Norra Österbotten rf', 'North Ostrobothnia Rainbow Association'], themes: ['relationships-participation', 'mental-wellbeing'] },
  { name: ['Pohjois-Pohjanmaan Päihdetyön yhdistys ry', 'Föreningen för missbruksarbete i Norra Österbotten rf', 'North Ostrobothnia Substance Work Association'], themes: ['substances-addictions', 'money'] },
];

const orgDescriptions: Record<ProviderType, Text3> = {
  ASSOCIATION: ['Keksitty yhdistys Polun demoaineistoa varten.', 'En påhittad förening för Polkus demodata.', "A made-up association for Polku's demo data."],
  PARISH: ['Keksitty seurakunta Polun demoaineistoa varten.', 'En påhittad församling för Polkus demodata.', "A made-up parish for Polku's demo data."],
  POHDE: ['Keksitty Pohden yksikkö Polun demoaineistoa varten.', 'En påhittad enhet inom Pohde för Polkus demodata.', "A made-up Pohde unit for Polku's demo data."],
  MUNICIPALITY: ['Keksitty kunnan palvelu Polun demoaineistoa varten.', 'En påhittad kommunal tjänst för Polkus demodata.', "A made-up municipal service for Polku's demo data."],
};

interface OrgEntry {
  org: DemoOrganization;
  themes: readonly string[];
  /** Municipality the organisation works in; null when it serves the whole region. */
  municipalityCode: string | null;
  areaCode: string | null;
}

const fill = (text: string, m: MunicipalityData) =>
  text.replaceAll('{gen}', m.nameFiGenitive).replaceAll('{sv}', m.nameSv).replaceAll('{en}', m.nameEn);

const fakePhone = (prefix: string, n: number) =>
  `+358 ${prefix} 0000 ${String(n % 1000).padStart(3, '0')}`;

function buildOrganizations(seed: number, data: TaxonomyData): OrgEntry[] {
  const random = new Random(mixSeed(seed, 0x0a11ce));
  const entries: OrgEntry[] = [];
  const add = (
    type: ProviderType,
    name: Text3,
    municipality: MunicipalityData | null,
    themes: readonly string[],
    options: { sv?: boolean; en?: boolean; suffix: string },
  ) => {
    const nameFi = `${name[0]}${options.suffix}`;
    const slug = `demo-${slugify(name[0])}`;
    const domain = `${slug}.example`;
    const n = entries.length;
    entries.push({
      org: {
        id: random.uuid(),
        slug,
        nameFi,
        nameSv: options.sv === false ? null : `${name[1]}${options.suffix}`,
        nameEn: options.en ? `${name[2]}${options.suffix}` : null,
        descriptionFi: orgDescriptions[type][0],
        descriptionSv: orgDescriptions[type][1],
        descriptionEn: orgDescriptions[type][2],
        providerType: type,
        businessId: null,
        website: `https://www.${domain}`,
        email: `info@${domain}`,
        phone: fakePhone('40', n),
        municipalityCode: municipality?.code ?? null,
        source: 'MANUAL',
        externalId: null,
        isDemo: true,
      },
      themes,
      municipalityCode: municipality?.code ?? null,
      areaCode: municipality?.areaCode ?? null,
    });
  };

  const oulu = data.municipalities.find((m) => m.code === '564') ?? data.municipalities[0] ?? null;
  for (const kind of regionalAssociations) {
    add('ASSOCIATION', kind.name, null, kind.themes, { sv: true, en: random.chance(0.6), suffix: ' (demo)' });
  }
  add(
    'PARISH',
    ['Pohjois-Pohjanmaan ortodoksinen seurakunta', 'Ortodoxa församlingen i Norra Österbotten', 'Orthodox Parish of North Ostrobothnia'],
    null,
    [],
    { sv: true, en: true, suffix: ' – demo' },
  );
  add('POHDE', ['Pohde, järjestöyhteistyö', 'Pohde, organisationssamarbete', 'Pohde, partnership with associations'], oulu, [], {
    sv: true,
    en: true,
    suffix: ' (demo)',
  });

  const areaHubs = new Map<string, MunicipalityData>();
  for (const m of data.municipalities) {
    const hub = areaHubs.get(m.areaCode);
    if (!hub || m.population > hub.population) areaHubs.set(m.areaCode, m);
  }
  for (const hub of areaHubs.values()) {
    add('POHDE', ['{gen} sote-keskus', 'social- och hälsocentralen i {sv}', '{en} health and social services centre'].map((t) => fill(t, hub)) as unknown as Text3, hub, [], {
      sv: true,
      en: true,
      suffix: ' (demo)',
    });
    const last = entries[entries.length - 1];
    if (last) {
      last.org.nameFi = `Pohde, ${last.org.nameFi}`;
      last.org.nameSv = `Pohde, ${last.org.nameSv}`;
      last.org.nameEn = `Pohde, ${last.org.nameEn}`;
      last.org.slug = `demo-pohde-${slugify(hub.nameFiGenitive)}-sote-keskus`;
      last.municipalityCode = null; // serves its whole area
    }
  }

  for (const m of data.municipalities) {
    add('PARISH', [fill('{gen} seurakunta', m), fill('{sv} församling', m), fill('{en} Parish', m)], m, [], {
      sv: true,
      en: random.chance(0.3),
      suffix: ' – demo',
    });
    add('MUNICIPALITY', [fill('{gen} vapaa-aikapalvelut', m), fill('Fritidstjänsterna i {sv}', m), fill('{en} leisure services', m)], m, [], {
      sv: true,
      en: random.chance(0.3),
      suffix: ' (demo)',
    });
    const associations = m.code === '564' ? localAssociations.length : m.population >= 10_000 ? 3 : m.population >= 3_000 ? 1 : 0;
    for (const kind of random.sample(localAssociations, associations)) {
      add('ASSOCIATION', kind.name.map((t) => fill(t, m)) as unknown as Text3, m, kind.themes, {
        sv: m.population >= 10_000 || random.chance(0.3),
        en: random.chance(0.2),
        suffix: ' (demo)',
      });
    }
  }
  return entries;
}

// ---------------------------------------------------------------------------
// Coverage: which template and municipality the first activities must use
// ---------------------------------------------------------------------------

type CoverageKind = 'themes' | 'stages' | 'types' | 'ages';

function coveragePlan(data: TaxonomyData, templates: readonly ActivityTemplate[]): number[] {
  const required: [CoverageKind, string[]][] = [
    ['themes', data.themes.map((t) => t.code)],
    ['stages', data.stages.map((s) => s.code)],
    ['types', data.activityTypes.map((t) => t.code)],
    ['ages', data.ageGroups.map((a) => a.code)],
  ];
  const missing = new Set(required.flatMap(([kind, codes]) => codes.map((c) => `${kind}:${c}`)));
  const plan: number[] = [];
  // Greedy set cover: always the template that covers most of what is still missing.
  while (missing.size > 0) {
    let best = -1;
    let bestGain = 0;
    templates.forEach((t, i) => {
      let gain = 0;
      for (const kind of ['themes', 'stages', 'types', 'ages'] as const) {
        for (const c of t[kind]) if (missing.has(`${kind}:${c}`)) gain++;
      }
      if (gain > bestGain) {
        best = i;
        bestGain = gain;
      }
    });
    const template = templates[best];
    if (!template) {
      throw new Error(`No demo template covers: ${[...missing].join(', ')}`);
    }
    for (const kind of ['themes', 'stages', 'types', 'ages'] as const) {
      for (const c of template[kind]) missing.delete(`${kind}:${c}`);
    }
    plan.push(best);
  }
  return plan;
}

function checkTemplateCodes(data: TaxonomyData, templates: readonly ActivityTemplate[]): void {
  const known = {
    themes: new Set(data.themes.map((t) => t.code)),
    stages: new Set(data.stages.map((t) => t.code)),
    types: new Set(data.activityTypes.map((t) => t.code)),
    ages: new Set(data.ageGroups.map((t) => t.code)),
    special: new Set(data.specialGroups.map((t) => t.code)),
    extraLanguages: new Set(data.languages.map((t) => t.code)),
  };
  for (const t of templates) {
    for (const kind of Object.keys(known) as (keyof typeof known)[]) {
      for (const code of t[kind] ?? []) {
        if (!known[kind].has(code)) throw new Error(`Demo template ${t.key} uses unknown ${kind} code "${code}"`);
      }
    }
  }
  for (const code of ['fi', 'sv', 'en']) {
    if (!known.extraLanguages.has(code)) throw new Error(`Language "${code}" is missing from the data files`);
  }
}

// ---------------------------------------------------------------------------
// Activities
// ---------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const hoursMs = (h: number) => h * 3_600_000;
const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Bijective scramble of the index, so slugs are unique without a lookup. */
function slugSuffix(seed: number, index: number): string {
  const x = (Math.imul(index + 1, 0x9e3779b1) ^ (seed & 0x7fffffff)) >>> 0;
  return x.toString(36).padStart(7, '0');
}

const accessibilityOdds: readonly (readonly [string, number])[] = [
  ['wheelchair', 0.6],
  ['rollator', 0.6],
  ['step-free-entrance', 0.5],
  ['accessible-toilet', 0.5],
  ['accessible-parking', 0.4],
  ['induction-loop', 0.25],
  ['lift', 0.2],
  ['guide-dog', 0.15],
  ['easy-read', 0.1],
  ['fragrance-free', 0.1],
  ['quiet-room', 0.1],
];

const swedishFriendly = new Set(['564', '678']);

interface Context {
  seed: number;
  now: Date;
  today: number;
  data: TaxonomyData;
  municipalities: MunicipalityData[];
  municipalityWeights: number[];
  placeTemplates: number[];
  templateIndexes: number[];
  templateWeights: number[];
  municipalitiesByArea: Map<string, MunicipalityData[]>;
  orgChoices: Map<string, OrgEntry[]>;
  plan: number[];
  orgs: OrgEntry[];
  accessibilityCodes: Set<string>;
}

/** The holiday dates a weekly schedule would meet: only its own weekdays in its "on" weeks. */
function christmasExclusions(from: number, until: number, weekdays: readonly number[], interval: number): string[] {
  const out: string[] = [];
  const anchorMonday = from - (isoWeekday(from) - 1);
  const onWeek = (day: number) => Math.floor((day - anchorMonday) / 7) % interval === 0;
  const first = new Date(from * DAY_MS).getUTCFullYear();
  const last = new Date(until * DAY_MS).getUTCFullYear();
  for (let year = first; year <= last; year++) {
    const start = Date.UTC(year, 11, 23) / DAY_MS;
    for (let day = start; day <= start + 14; day++) {
      if (day >= from && day <= until && weekdays.includes(isoWeekday(day)) && onWeek(day)) out.push(dayToIsoDate(day));
    }
  }
  return out;
}

function chooseOrganization(
  ctx: Context,
  random: Random,
  provider: ProviderType,
  municipality: MunicipalityData,
  template: ActivityTemplate,
  remote: boolean,
): OrgEntry {
  const key = `${provider}/${municipality.code}/${template.key}/${remote}`;
  let candidates = ctx.orgChoices.get(key);
  if (!candidates) {
    candidates = organizationCandidates(ctx, provider, municipality, template, remote);
    ctx.orgChoices.set(key, candidates);
  }
  return random.pick(candidates);
}

function organizationCandidates(
  ctx: Context,
  provider: ProviderType,
  municipality: MunicipalityData,
  template: ActivityTemplate,
  remote: boolean,
): OrgEntry[] {
  const ofType = ctx.orgs.filter((o) => o.org.providerType === provider);
  const overlaps = (o: OrgEntry) => o.themes.some((t) => template.themes.includes(t));
  let candidates: OrgEntry[];
  if (provider === 'POHDE') {
    candidates = ofType.filter((o) => o.areaCode === municipality.areaCode);
    if (remote || candidates.length === 0) candidates = ofType.filter((o) => o.areaCode === null || o.org.slug.includes('jarjestoyhteistyo'));
  } else if (provider === 'ASSOCIATION') {
    const local = remote ? [] : ofType.filter((o) => o.municipalityCode === municipality.code);
    const regional = ofType.filter((o) => o.municipalityCode === null);
    candidates = local.filter(overlaps);
    if (candidates.length === 0) candidates = regional.filter(overlaps);
    if (candidates.length === 0) candidates = local;
    if (candidates.length === 0) candidates = regional;
  } else {
    candidates = ofType.filter((o) => o.municipalityCode === (remote ? '564' : municipality.code));
  }
  if (candidates.length === 0) candidates = ofType.length > 0 ? ofType : ctx.orgs;
  return candidates;
}

function buildActivity(ctx: Context, index: number): DemoActivity {
  const random = new Random(mixSeed(ctx.seed, index + 1));
  const planned = index < ctx.plan.length ? ctx.plan[index] : undefined;
  const municipalityCovered = index >= ctx.plan.length && index < ctx.plan.length + ctx.municipalities.length;
  const templateIndex =
    planned ??
    (municipalityCovered
      ? random.pick(ctx.placeTemplates)
      : random.weighted(ctx.templateIndexes, ctx.templateWeights));
  const template = activityTemplates[templateIndex] as ActivityTemplate;
  const municipality = municipalityCovered
    ? (ctx.municipalities[index - ctx.plan.length] as MunicipalityData)
    : random.weighted(ctx.municipalities, ctx.municipalityWeights);
  const guaranteed = planned !== undefined || municipalityCovered;

  const remote = template.mode === 'online' || template.mode === 'phone';
  const provider = random.pick(template.providers);
  const orgEntry = chooseOrganization(ctx, random, provider, municipality, template, remote);
  const org = orgEntry.org;
  const domain = org.email?.split('@')[1] ?? 'demo.example';

  // Languages of the texts: mostly Finnish and Swedish, some Finnish only, a few Swedish only.
  const languageRoll = random.next();
  const svOnly = !guaranteed && swedishFriendly.has(municipality.code) && languageRoll < 0.08;
  const fiOnly = !svOnly && languageRoll >= 0.08 && languageRoll < 0.18;
  const hasFi = !svOnly;
  const hasSv = !fiOnly;
  const hasEn = random.chance(0.3);

  const [titleFi, titleSv, titleEn] = random.pick(template.titles);
  const placeInTitle = !remote && random.chance(0.3);
  const title: Text3 = placeInTitle
    ? [`${titleFi} ${municipality.nameFiLocative}`, `${titleSv} i ${municipality.nameSv}`, `${titleEn} in ${municipality.nameEn}`]
    : [titleFi, titleSv, titleEn];
  const where: Text3 = remote
    ? ['Voit osallistua mistä päin Pohjois-Pohjanmaata tahansa.', 'Du kan delta var du än bor i Norra Österbotten.', 'You can take part wherever you live in North Ostrobothnia.']
    : [`Toimintaa järjestetään ${municipality.nameFiLocative}.`, `Verksamheten ordnas i ${municipality.nameSv}.`, `The activity takes place in ${municipality.nameEn}.`];
  const closing = random.pick(closings);
  const description = (lang: 0 | 1 | 2) =>
    [template.body[lang], where[lang], closing[lang], demoNotice[lang]].join(' ');

  const isFree = random.chance(template.free) || !template.price;
  const price: Text3 | null = isFree ? (random.chance(0.3) ? freeNote : null) : (template.price ?? null);
  const registrationRequired = template.registration;
  const registrationNote = registrationRequired ? random.pick(registrationNotes) : null;
  const hasImage = random.chance(0.6);
  const alt = imageAlts[template.image];
  const pick = (text: Text3 | null, lang: 0 | 1 | 2, present: boolean) => (text && present ? text[lang] : null);

  // Status and provenance.
  const statusRoll = random.next();
  const status: ActivityStatus = guaranteed
    ? 'PUBLISHED'
    : statusRoll < 0.03
      ? 'DRAFT'
      : statusRoll < 0.06
        ? 'HIDDEN'
        : statusRoll < 0.08
          ? 'ARCHIVED'
          : 'PUBLISHED';
  const now = ctx.now.getTime();
  const createdAt = new Date(now - random.int(5, 500) * DAY_MS - random.int(0, 86_399) * 1000);
  const publishedAt = status === 'DRAFT' ? null : new Date(createdAt.getTime() + random.int(0, 72) * 3_600_000);
  const archivedAt = status === 'ARCHIVED' ? new Date(now - random.int(1, 60) * DAY_MS) : null;
  const upstreamRoll = random.next();
  const source: SourceKind =
    (provider === 'ASSOCIATION' || provider === 'PARISH') && upstreamRoll < 0.18
      ? 'LAHELLA'
      : (provider === 'POHDE' || provider === 'MUNICIPALITY') && upstreamRoll < 0.25
        ? 'PTV'
        : 'MANUAL';
  const synced = source !== 'MANUAL';

  // Channels.
  const channels: DemoChannel[] = [];
  const venue = random.pick(venues[provider]);
  const spread = municipality.population > 100_000 ? 0.04 : 0.012;
  const place = (type: ChannelType, sortOrder: number): DemoChannel => ({
    id: random.uuid(),
    type,
    sortOrder,
    nameFi: fill(venue[0], municipality),
    nameSv: fill(venue[1], municipality),
    nameEn: fill(venue[2], municipality),
    streetAddressFi: `${random.pick(streets)} ${random.int(1, 40)}`,
    streetAddressSv: null,
    postalCode: municipality.postalCode,
    postOfficeFi: municipality.postOfficeFi,
    postOfficeSv: municipality.postOfficeSv,
    municipalityCode: municipality.code,
    latitude: Math.round((municipality.centre.lat + (random.next() - 0.5) * spread) * 1e6) / 1e6,
    longitude: Math.round((municipality.centre.lon + (random.next() - 0.5) * spread * 2) * 1e6) / 1e6,
    url: type === 'HYBRID' ? `https://www.${domain}/${template.key}` : null,
    phone: null,
  });
  const bare = (type: ChannelType, sortOrder: number): DemoChannel => ({
    id: random.uuid(),
    type,
    sortOrder,
    nameFi: type === 'PHONE' ? 'Puhelin' : 'Verkossa',
    nameSv: type === 'PHONE' ? 'Telefon' : 'På nätet',
    nameEn: type === 'PHONE' ? 'Phone' : 'Online',
    streetAddressFi: null,
    streetAddressSv: null,
    postalCode: null,
    postOfficeFi: null,
    postOfficeSv: null,
    municipalityCode: null,
    latitude: null,
    longitude: null,
    url: type === 'ONLINE' ? `https://www.${domain}/${template.key}` : null,
    phone: type === 'PHONE' ? fakePhone('50', index) : null,
  });
  switch (template.mode) {
    case 'place':
      channels.push(place('PLACE', 0));
      break;
    case 'online':
      channels.push(bare('ONLINE', 0));
      break;
    case 'phone':
      channels.push(bare('PHONE', 0));
      break;
    case 'hybrid':
      if (template.schedule === 'period') channels.push(place('PLACE', 0), bare('PHONE', 1));
      else channels.push(place('HYBRID', 0));
      break;
  }
  const firstChannel = channels[0] ?? null;

  // Schedules, relative to today in Helsinki.
  const [slotStart, slotEnd] = random.pick(template.slots);
  const schedule: DemoSchedule = {
    id: random.uuid(),
    channelId: firstChannel?.id ?? null,
    kind: 'RECURRING',
    timeZone: DEMO_TIME_ZONE,
    startsAt: null,
    endsAt: null,
    validFrom: null,
    validUntil: null,
    frequency: null,
    interval: 1,
    weekdays: [],
    startTime: null,
    endTime: null,
    excludedDates: [],
    noteFi: null,
    noteSv: null,
    noteEn: null,
  };
  const today = ctx.today;
  const weekdaysFor = () =>
    random.chance(0.3)
      ? random.sample([1, 2, 3, 4, 5], 2).sort((a, b) => a - b)
      : [random.chance(0.08) ? random.int(6, 7) : random.int(1, 5)];
  switch (template.schedule) {
    case 'weekly':
    case 'biweekly':
    case 'course': {
      const course = template.schedule === 'course';
      const from = course ? today + random.int(-14, 45) : today - random.int(0, 90);
      const until = course ? from + 7 * random.int(6, 9) - 1 : today + random.int(60, 300);
      const weekdays = course ? [random.int(1, 5)] : weekdaysFor();
      const interval = template.schedule === 'biweekly' ? 2 : 1;
      Object.assign(schedule, {
        frequency: 'WEEKLY',
        interval,
        weekdays,
        validFrom: dayToIsoDate(from),
        validUntil: dayToIsoDate(until),
        startTime: slotStart,
        endTime: slotEnd,
        excludedDates: christmasExclusions(from, until, weekdays, interval),
      });
      break;
    }
    case 'monthly': {
      let from = today - random.int(0, 27);
      if (new Date(from * DAY_MS).getUTCDate() > 28) from -= 3;
      Object.assign(schedule, {
        frequency: 'MONTHLY',
        validFrom: dayToIsoDate(from),
        validUntil: dayToIsoDate(today + random.int(120, 365)),
        startTime: slotStart,
        endTime: slotEnd,
      });
      break;
    }
    case 'daily':
      Object.assign(schedule, {
        frequency: 'DAILY',
        validFrom: dayToIsoDate(today - random.int(100, 400)),
        startTime: slotStart,
        endTime: slotEnd,
      });
      break;
    case 'oneoff': {
      const day = today + random.int(7, 120);
      schedule.kind = 'ONE_OFF';
      schedule.startsAt = new Date(zonedTimeToUtc(day, toMinutes(slotStart), DEMO_TIME_ZONE));
      schedule.endsAt = new Date(zonedTimeToUtc(day, toMinutes(slotEnd), DEMO_TIME_ZONE));
      break;
    }
    case 'camp': {
      let day = today + random.int(14, 120);
      day += (5 - isoWeekday(day) + 7) % 7; // camps start on a Friday
      const nights = random.int(1, 2);
      schedule.kind = 'ONE_OFF';
      schedule.startsAt = new Date(zonedTimeToUtc(day, toMinutes(slotStart), DEMO_TIME_ZONE));
      schedule.endsAt = new Date(zonedTimeToUtc(day + nights, toMinutes(slotEnd), DEMO_TIME_ZONE));
      break;
    }
    case 'period': {
      const note =
        template.types.includes('guides-publications')
          ? periodNotes.guide
          : template.types.includes('befriending')
            ? periodNotes.befriending
            : periodNotes.default;
      schedule.kind = 'PERIOD';
      schedule.validFrom = dayToIsoDate(today - random.int(0, 60));
      schedule.validUntil = random.chance(0.3) ? null : dayToIsoDate(today + random.int(90, 365));
      schedule.noteFi = hasFi ? (note?.[0] ?? null) : null;
      schedule.noteSv = hasSv ? (note?.[1] ?? null) : null;
      schedule.noteEn = hasEn ? (note?.[2] ?? null) : null;
      break;
    }
  }

  // Contacts.
  const role = random.pick(contactRoles);
  const contacts: DemoContact[] = [
    { id: random.uuid(), type: 'EMAIL', value: `${template.key.split('-')[0]}@${domain}`, label: role, sortOrder: 0 },
  ];
  if (random.chance(0.7)) contacts.push({ id: random.uuid(), type: 'PHONE', value: fakePhone('50', index + 7), label: role, sortOrder: 1 });
  if (random.chance(0.3)) contacts.push({ id: random.uuid(), type: 'WEB', value: `https://www.${domain}`, label: null, sortOrder: 2 });

  // Classification.
  const languageCodes = new Set<string>();
  if (hasFi) languageCodes.add('fi');
  if (svOnly || (hasSv && random.chance(swedishFriendly.has(municipality.code) ? 0.3 : 0.1))) languageCodes.add('sv');
  if (hasEn && random.chance(0.5)) languageCodes.add('en');
  if (template.extraLanguages) {
    for (const code of random.sample(template.extraLanguages, template.extraLanguages.length === 1 ? 1 : random.int(1, 2))) {
      languageCodes.add(code);
    }
  }
  if (municipality.code === '564' && random.chance(0.02)) languageCodes.add('se');

  const accessibility = new Set<string>();
  if (template.mode === 'place' || template.mode === 'hybrid') {
    for (const [code, odds] of accessibilityOdds) if (random.chance(odds)) accessibility.add(code);
  }
  if (template.extraLanguages?.includes('fse')) accessibility.add('sign-language-interpretation');
  if (template.key.startsWith('selko')) accessibility.add('easy-read');
  const accessibilityCodes = [...accessibility].filter((c) => ctx.accessibilityCodes.has(c));

  const municipalityCodes = remote ? [] : [municipality.code];
  if (!remote && random.chance(0.1)) {
    const neighbour = random.pick(ctx.municipalitiesByArea.get(municipality.areaCode) ?? [municipality]);
    if (neighbour.code !== municipality.code) municipalityCodes.push(neighbour.code);
  }

  const slugBase = slugify(hasFi ? template.key : title[1]).slice(0, 60) || template.key;
  const placeSlug = remote ? 'verkossa' : municipality.slug;
  const upstreamModifiedAt = synced ? new Date(Math.min(now, createdAt.getTime() + random.int(0, 200) * DAY_MS)) : null;

  return {
    id: random.uuid(),
    slug: `${slugBase}-${placeSlug}-${slugSuffix(ctx.seed, index)}`,
    status,
    featured: status === 'PUBLISHED' && random.chance(0.05),
    providerType: provider,
    organizationId: org.id,
    titleFi: pick(title, 0, hasFi),
    titleSv: pick(title, 1, hasSv),
    titleEn: pick(title, 2, hasEn),
    summaryFi: pick(template.summary, 0, hasFi),
    summarySv: pick(template.summary, 1, hasSv),
    summaryEn: pick(template.summary, 2, hasEn),
    descriptionFi: hasFi ? description(0) : null,
    descriptionSv: hasSv ? description(1) : null,
    descriptionEn: hasEn ? description(2) : null,
    priceNoteFi: pick(price, 0, hasFi),
    priceNoteSv: pick(price, 1, hasSv),
    priceNoteEn: pick(price, 2, hasEn),
    registrationNoteFi: pick(registrationNote, 0, hasFi),
    registrationNoteSv: pick(registrationNote, 1, hasSv),
    registrationNoteEn: pick(registrationNote, 2, hasEn),
    isFree,
    registrationRequired,
    registrationUrl: registrationRequired && random.chance(0.4) ? `https://www.${domain}/ilmoittautuminen` : null,
    registrationEmail: registrationRequired ? (org.email ?? null) : null,
    registrationPhone: registrationRequired && random.chance(0.5) ? fakePhone('50', index + 3) : null,
    imageUrl: hasImage ? `/demo/images/${template.image}.svg` : null,
    imageAltFi: pick(hasImage ? alt : null, 0, hasFi),
    imageAltSv: pick(hasImage ? alt : null, 1, hasSv),
    imageAltEn: pick(hasImage ? alt : null, 2, hasEn),
    isRemote: remote,
    isRegionWide: remote,
    source,
    externalId: source === 'LAHELLA' ? `demo-lahella-${index + 1}` : source === 'PTV' ? `demo-ptv-${random.uuid()}` : null,
    upstreamModifiedAt,
    contentHash: synced ? random.hex(64) : null,
    upstreamData: synced
      ? { titleFi: pick(title, 0, hasFi), titleSv: pick(title, 1, hasSv), summaryFi: pick(template.summary, 0, hasFi) }
      : null,
    lastSyncedAt: synced ? new Date(now - random.int(1, 72) * hoursMs(1)) : null,
    isDemo: true,
    publishedAt,
    archivedAt,
    createdAt,
    channels,
    schedules: [schedule],
    contacts,
    themeCodes: [...template.themes],
    stageCodes: [...template.stages],
    activityTypeCodes: [...template.types],
    ageGroupCodes: [...template.ages],
    specialGroupCodes: [...(template.special ?? [])],
    languageCodes: [...languageCodes],
    accessibilityCodes,
    municipalityCodes,
  };
}

function groupByArea(municipalities: readonly MunicipalityData[]): Map<string, MunicipalityData[]> {
  const groups = new Map<string, MunicipalityData[]>();
  for (const m of municipalities) groups.set(m.areaCode, [...(groups.get(m.areaCode) ?? []), m]);
  return groups;
}

/** Prepares the organisations and the coverage plan; activities are built on demand. */
export function createDemoCatalogue(options: DemoCatalogueOptions = {}): DemoCatalogue {
  const count = options.count ?? DEFAULT_DEMO_COUNT;
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const now = options.now ?? new Date();
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a non-negative integer');
  const data = options.taxonomies ?? readTaxonomyData();
  checkTemplateCodes(data, activityTemplates);

  const orgs = buildOrganizations(seed, data);
  const ctx: Context = {
    seed,
    now,
    today: localDayOf(now.getTime(), DEMO_TIME_ZONE),
    data,
    municipalities: data.municipalities,
    municipalityWeights: cumulativeWeights(data.municipalities.map((m) => Math.sqrt(m.population))),
    placeTemplates: activityTemplates.flatMap((t, i) => (t.mode === 'place' ? [i] : [])),
    templateIndexes: activityTemplates.map((_, i) => i),
    templateWeights: cumulativeWeights(activityTemplates.map((t) => t.weight)),
    municipalitiesByArea: groupByArea(data.municipalities),
    orgChoices: new Map(),
    plan: coveragePlan(data, activityTemplates),
    orgs,
    accessibilityCodes: new Set(data.accessibilityFeatures.map((a) => a.code)),
  };

  return {
    count,
    seed,
    now,
    organizations: orgs.map((o) => o.org),
    activity(index: number) {
      if (!Number.isInteger(index) || index < 0 || index >= count) throw new RangeError(`No demo activity ${index}`);
      return buildActivity(ctx, index);
    },
    *batches(batchSize = 1000) {
      for (let start = 0; start < count; start += batchSize) {
        const batch: DemoActivity[] = [];
        for (let i = start; i < Math.min(count, start + batchSize); i++) batch.push(buildActivity(ctx, i));
        yield batch;
      }
    },
  };
}

/** The whole catalogue in memory; for tests and small counts. Prefer `batches` for large ones. */
export function generateDemoCatalogue(options: DemoCatalogueOptions = {}): {
  organizations: DemoOrganization[];
  activities: DemoActivity[];
} {
  const catalogue = createDemoCatalogue(options);
  const activities: DemoActivity[] = [];
  for (const batch of catalogue.batches()) activities.push(...batch);
  return { organizations: catalogue.organizations, activities };
}

/** Yields activity batches; the organisations come from `createDemoCatalogue(...).organizations`. */
export function* generateDemoBatches(
  options: DemoCatalogueOptions & { batchSize?: number },
): Generator<DemoActivity[]> {
  yield* createDemoCatalogue(options).batches(options.batchSize);
}
