import 'server-only';
import { z } from 'zod';

/**
 * The shape of Lähellä.fi's activity API as far as we use it. The API is not publicly
 * documented: this file and map.ts are the only places that know it. Unknown fields pass
 * through (and are ignored); what we rely on is checked.
 */

const text = z.string().nullish();
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a HH:MM time');

export const lahellaTranslationSchema = z.looseObject({
  name: text,
  summary: text,
  description: text,
  pricing: text,
  registration: text,
});

const translations = z.looseObject({
  fi: lahellaTranslationSchema.nullish(),
  sv: lahellaTranslationSchema.nullish(),
  en: lahellaTranslationSchema.nullish(),
});

export const lahellaRecurrenceSchema = z.looseObject({
  period: z.enum(['P1D', 'P1W', 'P2W', 'P1M']),
  /** Epoch ms of the last day the recurrence runs. */
  end: z.number().int().nullish(),
  /** Dates left out: epoch ms or "YYYY-MM-DD". */
  exclude: z.array(z.union([z.number().int(), z.string().regex(/^\d{4}-\d{2}-\d{2}/)])).default([]),
  daySpecificTimes: z
    .array(z.looseObject({ weekday: z.number().int().min(1).max(7), startTime: hhmm, endTime: hhmm.nullish() }))
    .default([]),
});

export const lahellaEventSchema = z.looseObject({
  /** Epoch ms of the (first) start. */
  start: z.number().int(),
  /** Epoch ms of the (first) end, when known. */
  end: z.number().int().nullish(),
  timeZone: z.string().default('Europe/Helsinki'),
  type: z.string().nullish(),
  recurrence: lahellaRecurrenceSchema.nullish(),
});

export const lahellaChannelSchema = z.looseObject({
  type: z.enum(['place', 'online', 'phone', 'hybrid']),
  accessibility: z.array(z.string()).default([]),
  translations: z
    .record(z.string(), z.looseObject({ name: text, address: text, url: text, phone: text }).nullish())
    .default({}),
  map: z
    .looseObject({
      center: z.looseObject({
        type: z.literal('Point').optional(),
        coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
      }),
    })
    .nullish(),
  url: text,
  phone: text,
  registrationRequired: z.boolean().default(false),
  registrationUrl: text,
  registrationEmail: text,
  registrationPhone: text,
  events: z.array(lahellaEventSchema).default([]),
});

export const lahellaContactSchema = z.looseObject({
  type: z.enum(['email', 'phone', 'www']),
  value: z.string().trim().min(1),
  label: text,
});

export const lahellaActivitySchema = z.looseObject({
  _key: z.string().trim().min(1).max(200),
  status: z.enum(['published', 'draft']),
  group: z.string().trim().min(1).nullish(),
  traits: z
    .looseObject({
      type: z.array(z.string()).default([]),
      theme: z.array(z.string()).default([]),
      format: z.array(z.string()).default([]),
      demographic: z.array(z.string()).default([]),
      locale: z.array(z.string()).default([]),
      region: z.array(z.string()).default([]),
      pricing: z.array(z.enum(['free', 'paid'])).default([]),
    })
    .prefault({}),
  photo: text,
  photoAlt: z.union([z.string(), z.record(z.string(), z.string().nullish())]).nullish(),
  contacts: z.array(lahellaContactSchema).default([]),
  translations: translations.prefault({}),
  channels: z.array(lahellaChannelSchema).default([]),
  /** Epoch ms or ISO; the list does not promise it, so change detection uses a content hash. */
  modified: z.union([z.number(), z.string()]).nullish(),
});
export type LahellaActivity = z.infer<typeof lahellaActivitySchema>;

export const lahellaGroupSchema = z.looseObject({
  _key: z.string().trim().min(1),
  /** e.g. association, parish, foundation, municipality. */
  type: z.string().nullish(),
  businessId: text,
  translations: z.record(z.string(), z.looseObject({ name: text, description: text }).nullish()).default({}),
  contacts: z.array(lahellaContactSchema.loose()).default([]),
  region: z.array(z.string()).default([]),
});
export type LahellaGroup = z.infer<typeof lahellaGroupSchema>;

/** One page of `GET /v1/activities?limit=&skip=&total=true&links[groups]=true`. */
export const lahellaListSchema = z.looseObject({
  items: z.array(z.unknown()),
  total: z.number().int().min(0).nullish(),
  hasMore: z.boolean(),
  links: z.looseObject({ groups: z.record(z.string(), z.unknown()).default({}) }).prefault({}),
});
export type LahellaList = z.infer<typeof lahellaListSchema>;

/** A list item as handed to the mapper: the activity with its organiser resolved from `links`. */
export interface LahellaRawItem {
  activity: unknown;
  group: unknown;
}
