import 'server-only';
import { z } from 'zod';

/**
 * PTV Open API v12 (beta since March 2026, needs an API key; it replaces v11, which is to be
 * phased out in 2027). What differs from v11, as far as it is known: texts sit in
 * `languageVersions.<lang>`, links between services and channels come from a separate
 * connection search, and pages are `{page, pageSize, totalItems, totalPages, items}`. The
 * details are provisional (from a third-party adapter's tests): verify them against the v12
 * documentation when it is reachable. These schemas turn v12 payloads into the v11 shapes of
 * schema.ts, so one mapper serves both versions.
 */

const text = z.string().nullish();
const languageVersions = <T extends z.ZodType>(schema: T) => z.record(z.string(), schema.nullish()).default({});

/** `{ fi: {name: …} }` → `[{ language: 'fi', value: …, type }]` (v11's localised lists). */
function localized(versions: Record<string, Record<string, unknown> | null | undefined>, field: string, type: string) {
  return Object.entries(versions).flatMap(([language, version]) => {
    const value = version?.[field];
    return typeof value === 'string' && value.trim() ? [{ language, value, type }] : [];
  });
}

export const ptvV12PageSchema = z.looseObject({
  page: z.number().int().min(1),
  pageSize: z.number().int().nullish(),
  totalItems: z.number().int().min(0).nullish(),
  totalPages: z.number().int().min(0),
  items: z.array(z.unknown()).nullish(),
});

/** A v12 service, returned in v11's shape (channels are attached from the connection search). */
export const ptvV12ServiceSchema = z
  .looseObject({
    id: z.string(),
    publishingStatus: z.string(),
    languageVersions: languageVersions(
      z.looseObject({ name: text, alternativeName: text, summary: text, description: text, userInstruction: text, chargeInfo: text }),
    ),
    languages: z.array(z.string()).default([]),
    chargeType: z.string().nullish(),
    modified: z.string().nullish(),
  })
  .transform(({ languageVersions: v, chargeType, ...rest }) => ({
    ...rest,
    serviceNames: [...localized(v, 'name', 'Name'), ...localized(v, 'alternativeName', 'AlternativeName')],
    serviceDescriptions: [
      ...localized(v, 'summary', 'Summary'),
      ...localized(v, 'description', 'Description'),
      ...localized(v, 'userInstruction', 'ServiceUserInstruction'),
      ...localized(v, 'chargeInfo', 'ChargeTypeAdditionalInfo'),
    ],
    serviceChargeType: chargeType,
  }));

/** A v12 channel, returned in v11's shape. */
export const ptvV12ChannelSchema = z
  .looseObject({
    id: z.string(),
    serviceChannelType: z.string(),
    languageVersions: languageVersions(z.looseObject({ name: text })),
  })
  .transform(({ languageVersions: v, ...rest }) => ({ ...rest, serviceChannelNames: localized(v, 'name', 'Name') }));

/** A v12 organisation, returned in v11's shape. */
export const ptvV12OrganizationSchema = z
  .looseObject({
    id: z.string(),
    businessCode: z.string().nullish(),
    languageVersions: languageVersions(z.looseObject({ name: text })),
  })
  .transform(({ languageVersions: v, ...rest }) => ({ ...rest, organizationNames: localized(v, 'name', 'Name') }));

/** One page of the connection search: which channels serve which services. */
export const ptvV12ConnectionPageSchema = ptvV12PageSchema.extend({
  items: z.array(z.looseObject({ serviceId: z.string(), serviceChannelId: z.string() })).nullish(),
});
