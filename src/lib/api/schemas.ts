/**
 * The open API's contract: zod schemas that validate the query parameters and describe
 * the responses. The OpenAPI document (src/lib/api/openapi.ts) is generated from these
 * same schemas, so the documentation cannot drift from what the handlers accept and return.
 */
import { z } from 'zod';
import {
  DATE_PRESETS,
  MAX_QUERY_LENGTH,
  MAX_VALUES_PER_DIMENSION,
  PROVIDER_TYPES,
  SORTS,
  TIMES_OF_DAY,
  TIME_OF_DAY_HOURS,
  WEEKDAYS,
} from '@/lib/search/filters';

export const API_LOCALES = ['fi', 'sv', 'en'] as const;
export type ApiLocale = (typeof API_LOCALES)[number];

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

// ---------------------------------------------------------------------------
// Query parameters
// ---------------------------------------------------------------------------

const code = z.string().trim().min(1, 'Empty values are not allowed.').max(60);

function codeList(description: string) {
  return z
    .array(code)
    .max(MAX_VALUES_PER_DIMENSION)
    .optional()
    .meta({ description: `${description} Repeat the parameter or separate codes with commas; any of them matches.` });
}

const flag = (description: string) =>
  z.enum(['1', 'true', '0', 'false']).optional().meta({ description: `${description} \`1\` or \`true\` to turn on.` });

export const localeParamSchema = z
  .enum(API_LOCALES)
  .optional()
  .meta({
    description:
      'Language of the text fields. Without it every text field is an object `{ fi, sv, en }`; with it, a single ' +
      'string in that language, falling back to Finnish, Swedish, then English when the text is not translated.',
  });

export const limitParamSchema = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_LIMIT)
  .default(DEFAULT_LIMIT)
  .meta({ description: `Items per page, 1–${MAX_LIMIT}.` });

export const cursorParamSchema = z
  .string()
  .min(1)
  .max(200)
  .optional()
  .meta({
    description:
      'Opaque cursor from `page.nextCursor` of the previous page. Valid only with the same filters, sort, locale and limit.',
  });

/** The search page's filters, with the same names and values. */
export const searchParamShape = {
  q: z
    .string()
    .max(MAX_QUERY_LENGTH)
    .optional()
    .meta({ description: 'Words to search for in Finnish and Swedish (prefixes and compound words match).' }),
  theme: codeList('Wellbeing themes (codes from `/api/v1/taxonomies`, `themes`).'),
  stage: codeList('Service-path stages (`stages`).'),
  area: codeList('Areas (`areas`).'),
  municipality: codeList('Municipality slugs, e.g. `oulu`, `raahe` (from `/api/v1/municipalities`).'),
  remote: flag('Include activities that can be joined online or by phone from anywhere (with area/municipality: either matches).'),
  age: codeList('Age groups (`ageGroups`).'),
  group: codeList('Special groups (`specialGroups`).'),
  type: codeList('Activity types (`activityTypes`).'),
  provider: z
    .array(z.enum(PROVIDER_TYPES))
    .max(PROVIDER_TYPES.length)
    .optional()
    .meta({ description: 'Provider types. Repeat the parameter or separate values with commas.' }),
  free: flag('Only free activities.'),
  lang: codeList('Languages the activity is held in (`languages`). Not the response language: see `locale`.'),
  access: codeList('Accessibility features (`accessibilityFeatures`).'),
  date: z
    .enum([...DATE_PRESETS, 'range'])
    .optional()
    .meta({ description: 'Only activities with a date in this period (Helsinki time); `range` uses `from` and `to`.' }),
  from: z.iso.date().optional().meta({ description: 'First day of a date range, YYYY-MM-DD.' }),
  to: z.iso.date().optional().meta({ description: 'Last day of a date range, YYYY-MM-DD.' }),
  day: z
    .array(z.enum(WEEKDAYS))
    .max(WEEKDAYS.length)
    .optional()
    .meta({
      description:
        'Only activities with an occurrence on one of these weekdays (Helsinki time), within `date` when given, ' +
        'else from now on. Repeat the parameter or separate values with commas.',
    }),
  time: z
    .array(z.enum(TIMES_OF_DAY))
    .max(TIMES_OF_DAY.length)
    .optional()
    .meta({
      description:
        `Only activities with an occurrence starting in one of these parts of the day (Helsinki time): ` +
        TIMES_OF_DAY.map((time) => `\`${time}\` ${TIME_OF_DAY_HOURS[time][0]}–${TIME_OF_DAY_HOURS[time][1] % 24}`).join(', ') +
        '. With `day`, the same occurrence must match both.',
    }),
  open: flag('Only activities with an occurrence under way now (opening hours are not known otherwise).'),
  near: z
    .string()
    .max(60)
    .optional()
    .meta({
      description:
        'Where `sort=nearest` measures from: a municipality slug (its centre) or `lat,lon` (WGS 84, rounded to two ' +
        'decimals). Sorts nearest first unless `sort` says otherwise.',
    }),
  sort: z
    .enum(SORTS)
    .optional()
    .meta({
      description:
        'Order: `relevance` (default), `name`, `soonest` (next date first), `updated`, or `nearest` (needs `near`; ' +
        'activities without a place last).',
    }),
};

/** Parameters that are lists: repeated and comma-separated values are collected. */
export const LIST_PARAMS = new Set([
  'theme',
  'stage',
  'area',
  'municipality',
  'age',
  'group',
  'type',
  'provider',
  'lang',
  'access',
  'day',
  'time',
]);

export const activitiesQuerySchema = z.strictObject({
  ...searchParamShape,
  locale: localeParamSchema,
  limit: limitParamSchema,
  cursor: cursorParamSchema,
});
export type ActivitiesQuery = z.infer<typeof activitiesQuerySchema>;

export const localeQuerySchema = z.strictObject({ locale: localeParamSchema });

export const organizationsQuerySchema = z.strictObject({
  locale: localeParamSchema,
  limit: limitParamSchema,
  cursor: cursorParamSchema,
});

/** Feeds cover this many days ahead, for this many activities a page (soonest first). */
export const FEED_DAYS = 90;
export const FEED_ACTIVITIES_PER_PAGE = 200;
export const FEED_LIMITS =
  `A feed holds every date of the next ${FEED_DAYS} days of up to ${FEED_ACTIVITIES_PER_PAGE} activities (those with the ` +
  'soonest dates first); `page=2` gives the next ones, and a `Link: <…>; rel="next"` header tells when there are more.';

const feedPageParam = z.coerce
  .number()
  .int()
  .min(1)
  .max(1000)
  .default(1)
  .meta({ description: `Page of ${FEED_ACTIVITIES_PER_PAGE} activities, from 1.` });

const feedLocaleParam = z.enum(['fi', 'sv']).default('fi').meta({ description: 'Language of the event texts and links.' });

export const feedQuerySchema = z.strictObject({ ...searchParamShape, locale: feedLocaleParam, page: feedPageParam });

export const organizationFeedQuerySchema = z.strictObject({ locale: feedLocaleParam, page: feedPageParam });

export const activityCalendarQuerySchema = z.strictObject({ locale: feedLocaleParam });

export const EMBED_MAX_LIMIT = 50;

export const embedQuerySchema = z.strictObject({
  ...searchParamShape,
  locale: z.enum(['fi', 'sv']).default('fi').meta({ description: 'Language of the list.' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(EMBED_MAX_LIMIT)
    .default(10)
    .meta({ description: `Number of activities shown, 1–${EMBED_MAX_LIMIT}.` }),
});

export const idParamSchema = z
  .string()
  .min(1)
  .max(200)
  .meta({ description: 'The id (UUID) or the slug.' });

// ---------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------

export const localizedTextSchema = z
  .object({
    fi: z.string().nullable(),
    sv: z.string().nullable(),
    en: z.string().nullable(),
  })
  .meta({ id: 'LocalizedText', description: 'A text in Finnish, Swedish and English; null when not translated.' });

/** A text field: all languages, or one string when `locale` is given. */
export const textSchema = z
  .union([localizedTextSchema, z.string()])
  .nullable()
  .meta({ id: 'Text', description: 'A text: `{ fi, sv, en }`, or one string when the `locale` parameter is given.' });

const isoInstant = z.iso.datetime().meta({ description: 'An ISO 8601 instant in UTC.' });
const isoDate = z.iso.date();
const providerTypeSchema = z.enum(PROVIDER_TYPES).meta({ id: 'ProviderType' });

export const municipalityRefSchema = z.object({ code: z.string(), slug: z.string() }).meta({ id: 'MunicipalityRef' });

export const channelSchema = z
  .object({
    type: z.enum(['place', 'online', 'phone', 'hybrid']),
    name: textSchema,
    address: z
      .object({
        street: textSchema,
        postalCode: z.string().nullable(),
        postOffice: textSchema,
        municipalityCode: z.string().nullable(),
      })
      .nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    url: z.string().nullable(),
    phone: z.string().nullable(),
  })
  .meta({ id: 'Channel', description: 'Where and how the activity happens.' });

export const scheduleSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['one-off', 'recurring', 'period']).meta({
      description:
        '`one-off`: a single event (`startsAt`–`endsAt`); `recurring`: repeats on `weekdays` between `validFrom` and ' +
        '`validUntil` at local `startTime`–`endTime`; `period`: available during the dates without fixed times.',
    }),
    timeZone: z.string(),
    startsAt: isoInstant.nullable(),
    endsAt: isoInstant.nullable(),
    validFrom: isoDate.nullable(),
    validUntil: isoDate.nullable(),
    frequency: z.enum(['daily', 'weekly', 'monthly']).nullable(),
    interval: z.int(),
    weekdays: z.array(z.int().min(1).max(7)).meta({ description: 'ISO weekdays, 1 = Monday … 7 = Sunday.' }),
    startTime: z.string().nullable().meta({ description: 'Local wall-clock time HH:MM in `timeZone`.' }),
    endTime: z.string().nullable(),
    excludedDates: z.array(isoDate),
    note: textSchema,
  })
  .meta({ id: 'Schedule' });

export const occurrenceSchema = z
  .object({ startsAt: isoInstant, endsAt: isoInstant.nullable() })
  .meta({ id: 'Occurrence' });

export const activitySchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    url: z.url().meta({ description: "The activity's page on Polku." }),
    title: textSchema,
    summary: textSchema,
    description: textSchema.meta({ description: 'Plain text; paragraphs separated by blank lines.' }),
    organization: z
      .object({ id: z.uuid(), slug: z.string(), name: textSchema })
      .nullable(),
    providerType: providerTypeSchema,
    isFree: z.boolean(),
    priceNote: textSchema,
    registration: z.object({
      required: z.boolean(),
      url: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      note: textSchema,
    }),
    isRemote: z.boolean(),
    isRegionWide: z.boolean(),
    image: z.object({ url: z.string(), alt: textSchema }).nullable(),
    themes: z.array(z.string()),
    stages: z.array(z.string()),
    activityTypes: z.array(z.string()),
    ageGroups: z.array(z.string()),
    specialGroups: z.array(z.string()),
    languages: z.array(z.string()),
    accessibilityFeatures: z.array(z.string()),
    municipalities: z.array(municipalityRefSchema),
    channels: z.array(channelSchema),
    schedules: z.array(scheduleSchema),
    upcomingOccurrences: z.array(occurrenceSchema).meta({ description: 'The next (at most 5) dates.' }),
    contacts: z.array(
      z.object({ type: z.enum(['email', 'phone', 'web']), value: z.string(), label: z.string().nullable() }),
    ),
    nextOccurrenceAt: isoInstant.nullable(),
    publishedAt: isoInstant.nullable(),
    updatedAt: isoInstant,
  })
  .meta({ id: 'Activity', description: 'A published activity. Taxonomy fields hold codes from `/api/v1/taxonomies`.' });

export const pageInfoSchema = z
  .object({
    total: z.int().min(0).meta({ description: 'Matching items in all pages.' }),
    limit: z.int(),
    nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  })
  .meta({ id: 'PageInfo' });

export const activityListSchema = z
  .object({ data: z.array(activitySchema), page: pageInfoSchema })
  .meta({ id: 'ActivityList' });

export const organizationSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    url: z.url(),
    name: textSchema,
    description: textSchema,
    providerType: providerTypeSchema,
    businessId: z.string().nullable(),
    website: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    municipalityCode: z.string().nullable(),
    activityCount: z.int().min(0).meta({ description: 'Published activities.' }),
  })
  .meta({ id: 'Organization' });

export const organizationDetailSchema = organizationSchema
  .extend({
    activities: z.array(z.object({ id: z.uuid(), slug: z.string(), title: textSchema })),
  })
  .meta({ id: 'OrganizationDetail' });

export const organizationListSchema = z
  .object({ data: z.array(organizationSchema), page: pageInfoSchema })
  .meta({ id: 'OrganizationList' });

export const taxonomyTermSchema = z.object({ code: z.string(), name: textSchema }).meta({ id: 'TaxonomyTerm' });

export const numberedTermSchema = taxonomyTermSchema
  .extend({ number: z.int(), description: textSchema })
  .meta({ id: 'NumberedTerm' });

export const taxonomiesSchema = z
  .object({
    themes: z.array(numberedTermSchema),
    stages: z.array(numberedTermSchema),
    areas: z.array(taxonomyTermSchema),
    activityTypes: z.array(taxonomyTermSchema),
    ageGroups: z.array(taxonomyTermSchema),
    specialGroups: z.array(taxonomyTermSchema),
    languages: z.array(taxonomyTermSchema),
    accessibilityFeatures: z.array(taxonomyTermSchema),
  })
  .meta({ id: 'Taxonomies' });

export const municipalitySchema = z
  .object({ code: z.string(), slug: z.string(), name: textSchema, area: taxonomyTermSchema })
  .meta({ id: 'Municipality', description: '`code` is the Statistics Finland municipality code.' });

export const municipalityListSchema = z
  .object({ data: z.array(municipalitySchema) })
  .meta({ id: 'MunicipalityList' });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string(),
    errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem document (`application/problem+json`).' });
export type Problem = z.infer<typeof problemSchema>;
export type ParameterError = NonNullable<Problem['errors']>[number];

export type ApiActivity = z.infer<typeof activitySchema>;
export type ApiOrganization = z.infer<typeof organizationSchema>;
export type ApiOrganizationDetail = z.infer<typeof organizationDetailSchema>;
export type ApiText = z.infer<typeof textSchema>;
export type ApiTaxonomies = z.infer<typeof taxonomiesSchema>;
export type ApiMunicipality = z.infer<typeof municipalitySchema>;
