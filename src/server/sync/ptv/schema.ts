import 'server-only';
import { z } from 'zod';

/**
 * The parts of PTV's (Suomi.fi Palvelutietovaranto) Open API v11 that we read. Validated
 * loosely: unknown fields pass through, and only what the mapper relies on is checked.
 * v11 is also our model of a PTV service: v12.ts turns v12 payloads into these shapes, so
 * one mapper serves both versions.
 */

export const ptvLocalizedSchema = z
  .array(z.looseObject({ language: z.string(), value: z.string().nullish(), type: z.string().nullish() }))
  .default([]);
export type PtvLocalized = z.infer<typeof ptvLocalizedSchema>;

const coordinate = z.union([z.number(), z.string()]).nullish();

export const ptvServiceSchema = z.looseObject({
  id: z.uuid(),
  type: z.string().nullish(),
  /** Published, Draft, Modified, Withdrawn, Deleted, Archived … */
  publishingStatus: z.string(),
  serviceNames: ptvLocalizedSchema,
  serviceDescriptions: ptvLocalizedSchema,
  languages: z.array(z.string()).default([]),
  targetGroups: z.array(z.looseObject({ code: z.string() })).default([]),
  serviceClasses: z.array(z.looseObject({ code: z.string() })).default([]),
  serviceChargeType: z.string().nullish(),
  areaType: z.string().nullish(),
  areas: z
    .array(
      z.looseObject({
        type: z.string().nullish(),
        code: z.string().nullish(),
        municipalities: z.array(z.looseObject({ code: z.string() })).default([]),
      }),
    )
    .default([]),
  organizations: z
    .array(
      z.looseObject({
        organization: z.looseObject({ id: z.string(), name: z.string().nullish() }).nullish(),
        roleType: z.string().nullish(),
      }),
    )
    .default([]),
  serviceChannels: z
    .array(z.looseObject({ serviceChannel: z.looseObject({ id: z.string(), name: z.string().nullish() }) }))
    .default([]),
  modified: z.string().nullish(),
});
export type PtvService = z.infer<typeof ptvServiceSchema>;

export const ptvChannelSchema = z.looseObject({
  id: z.uuid(),
  /** ServiceLocation, EChannel, WebPage, Phone, PrintableForm. */
  serviceChannelType: z.string(),
  serviceChannelNames: ptvLocalizedSchema,
  addresses: z
    .array(
      z.looseObject({
        type: z.string().nullish(),
        subType: z.string().nullish(),
        streetAddress: z
          .looseObject({
            street: ptvLocalizedSchema,
            streetNumber: z.string().nullish(),
            postalCode: z.string().nullish(),
            postOffice: ptvLocalizedSchema,
            municipality: z.looseObject({ code: z.string() }).nullish(),
            latitude: coordinate,
            longitude: coordinate,
          })
          .nullish(),
      }),
    )
    .default([]),
  phoneNumbers: z
    .array(z.looseObject({ number: z.string(), prefixNumber: z.string().nullish(), language: z.string().nullish() }))
    .default([]),
  webPages: z.array(z.looseObject({ url: z.string(), language: z.string().nullish() })).default([]),
  emails: z.array(z.looseObject({ value: z.string(), language: z.string().nullish() })).default([]),
  serviceHours: z
    .array(
      z.looseObject({
        serviceHourType: z.string(),
        validFrom: z.string().nullish(),
        validTo: z.string().nullish(),
        isClosed: z.boolean().nullish(),
        openingHour: z
          .array(z.looseObject({ dayFrom: z.string(), dayTo: z.string().nullish(), from: z.string(), to: z.string() }))
          .default([]),
      }),
    )
    .default([]),
});
export type PtvChannel = z.infer<typeof ptvChannelSchema>;

/** `GET /Organization/list?guids=`: what says who the organisation is (its business id above all). */
export const ptvOrganizationSchema = z.looseObject({
  id: z.uuid(),
  businessCode: z.string().nullish(),
  organizationNames: ptvLocalizedSchema,
});
export type PtvOrganization = z.infer<typeof ptvOrganizationSchema>;

export const ptvServicePageSchema = z.looseObject({
  pageNumber: z.number().int(),
  pageSize: z.number().int().nullish(),
  pageCount: z.number().int().min(0),
  itemList: z.array(z.unknown()).nullish(),
});

export type PtvApiVersion = 'v11' | 'v12';

/** A service as handed to the mapper, with the details fetched for its page. */
export interface PtvRawItem {
  version: PtvApiVersion;
  service: unknown;
  /** v12: the ids of the channels the connection search linked to the service. */
  channelIds?: readonly string[];
  /** Channel id → raw channel. */
  channels: ReadonlyMap<string, unknown>;
  /** Organisation id → raw organisation. */
  organizations: ReadonlyMap<string, unknown>;
  /** Keep only services of this organisation, when configured. */
  organizationId?: string;
}
