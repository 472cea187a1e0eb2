import 'server-only';
import { z } from 'zod';

/**
 * The shape of Lähellä.fi's activity API as far as we use it. The API is not publicly
 * documented; the shape follows the responses recorded by the one open-source client of
 * the live service (jkseppan/lahella-cli, tests/test_api.py): everything but the key,
 * status and group sits inside `traits`. This file and map.ts are the only places that
 * know it. Unknown fields pass through (and are ignored); what we rely on is checked.
 */

const text = z.string().nullish();
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a HH:MM time');
/** `translations.<fi|sv|en|…>`: unknown languages pass through and are ignored. */
const perLanguage = <T extends z.ZodType>(schema: T) => z.record(z.string(), schema.nullish()).default({});

export const lahellaTranslationSchema = z.looseObject({
  name: text,
  summary: text,
  description: text,
  pricing: text,
  registration: text,
});

export const lahellaRecurrenceSchema = z.looseObject({
  period: z.enum(['P1D', 'P1W', 'P2W', 'P1M']),
  /** Epoch ms of the last day the recurrence runs. */
  end: z.number().int().nullish(),
  /** Days left out, epoch ms. */
  exclude: z.array(z.number().int()).nullish().transform((v) => v ?? []),
  daySpecificTimes: z
    .array(z.looseObject({ weekday: z.number().int().min(1).max(7), startTime: hhmm, endTime: hhmm.nullish() }))
    .nullish()
    .transform((v) => v ?? []),
});

/** 1 single, 2 specific days, 3 continuous range, 4 weekly; a string, sometimes a number. */
const eventType = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.enum(['1', '2', '3', '4']));

export const lahellaEventSchema = z.looseObject({
  /** Epoch ms of the (first) start. */
  start: z.number().int(),
  /** Epoch ms of the (first) end, when known. */
  end: z.number().int().nullish(),
  timeZone: z.string().nullish().transform((v) => v ?? 'Europe/Helsinki'),
  type: eventType.nullish(),
  recurrence: lahellaRecurrenceSchema.nullish(),
});
export type LahellaEvent = z.infer<typeof lahellaEventSchema>;

export const lahellaAddressSchema = z.looseObject({
  street: text,
  postalCode: text,
  city: text,
  state: text,
  country: text,
});

export const lahellaChannelSchema = z.looseObject({
  id: text,
  /** An array, e.g. ["place"]; unknown values are reported, not fatal. */
  type: z.array(z.string()).min(1),
  accessibility: z.array(z.string()).nullish().transform((v) => v ?? []),
  map: z
    .looseObject({
      center: z.looseObject({
        type: z.literal('Point').optional(),
        /** GeoJSON order: [longitude, latitude]. */
        coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
      }),
      zoom: z.number().nullish(),
    })
    .nullish(),
  translations: perLanguage(
    z.looseObject({ address: lahellaAddressSchema.nullish(), summary: text, registration: text }),
  ),
  registrationRequired: z.boolean().nullish().transform((v) => v ?? false),
  registrationUrl: text,
  registrationEmail: text,
  events: z.array(lahellaEventSchema).nullish().transform((v) => v ?? []),
});
export type LahellaChannel = z.infer<typeof lahellaChannelSchema>;

export const lahellaContactSchema = z.looseObject({
  id: text,
  /** email | phone | www; another value is reported and the contact left out. */
  type: z.string(),
  value: z.string().trim().min(1),
  translations: perLanguage(z.looseObject({ description: text })),
});

const codes = z.array(z.string()).nullish().transform((v) => v ?? []);

export const lahellaActivitySchema = z.looseObject({
  _key: z.string().trim().min(1).max(200),
  /** "published" or "draft" (older items may carry none). */
  status: z.string().nullish(),
  /** The organiser's key; its details come from the list's `links.groups` when asked for. */
  group: z.string().trim().min(1).max(200).nullish(),
  traits: z.looseObject({
    /** hobby | support | voluntary: one string. */
    type: z.string().trim().min(1).nullish(),
    requiredLocales: codes,
    translations: perLanguage(lahellaTranslationSchema),
    theme: codes,
    format: codes,
    locale: codes,
    demographic: codes,
    region: codes,
    pricing: codes,
    /** A file key of Lähellä's own file store, not a URL. */
    photo: text,
    photoAlt: text,
    contacts: z.array(lahellaContactSchema).nullish().transform((v) => v ?? []),
    channels: z.array(lahellaChannelSchema).nullish().transform((v) => v ?? []),
  }),
});
export type LahellaActivity = z.infer<typeof lahellaActivitySchema>;

/**
 * An organiser as `links[groups]=true` describes it. Its exact shape is not recorded
 * anywhere public, so only a name (plain or per language) and a business id are read, and
 * anything else is tolerated: a group the list does not describe is still an organiser,
 * known by its key.
 */
export const lahellaGroupSchema = z.looseObject({
  name: text,
  translations: perLanguage(z.looseObject({ name: text, description: text })),
  businessId: text,
});
export type LahellaGroup = z.infer<typeof lahellaGroupSchema>;

/** One page of `GET /v1/activities?limit=&skip=&total=true&links[groups]=true`. */
export const lahellaListSchema = z.looseObject({
  items: z.array(z.unknown()),
  total: z.number().int().min(0).nullish(),
  hasMore: z.boolean(),
  links: z
    .looseObject({ groups: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]).nullish() })
    .nullish(),
});
export type LahellaList = z.infer<typeof lahellaListSchema>;

/** A list item as handed to the mapper: the activity with its organiser's details from `links`, if any. */
export interface LahellaRawItem {
  activity: unknown;
  group: unknown;
}
