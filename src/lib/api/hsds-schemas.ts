/**
 * Query parameters and the page envelope of the HSDS 3.0 API (names and meanings as in Open
 * Referral's openapi.json). Every parameter the specification lists for an endpoint is
 * accepted; the few we cannot act on (`proximity`) are accepted and documented as ignored.
 */
import { z } from 'zod';

export const HSDS_VERSION = '3.0';
export const HSDS_MAX_PER_PAGE = 100;

/** HSDS booleans arrive as `true`/`false`; `1`/`0` are accepted too. */
const flag = (description: string) =>
  z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((value) => value === 'true' || value === '1')
    .meta({ description });

const uuidRef = (description: string) => z.uuid().optional().meta({ description });

const listShape = {
  page: z.coerce.number().int().min(1).max(10_000).default(1).meta({ description: 'Page number, from 1.' }),
  per_page: z.coerce
    .number()
    .int()
    .min(1)
    .max(HSDS_MAX_PER_PAGE)
    .default(50)
    .meta({ description: `Items per page, 1–${HSDS_MAX_PER_PAGE}.` }),
  format: z
    .enum(['json', 'ndjson'])
    .default('json')
    .meta({ description: '`json` (default): one page. `ndjson`: every result, one JSON object a line, without paging.' }),
  search: z.string().trim().min(1).max(200).optional().meta({ description: 'Words that must all appear in the name or description.' }),
  locale: z
    .enum(['fi', 'sv', 'en'])
    .default('fi')
    .meta({ description: 'Language of the texts (an HSDS object holds one language); untranslated texts fall back to Finnish.' }),
};

/** A date (`2026-01-31`) or a date-time; without an offset it is read as UTC. */
const modifiedAfter = z
  .union([z.iso.date(), z.iso.datetime({ offset: true, local: true })])
  .optional()
  .transform((value) => (value === undefined ? undefined : new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(value) ? value : `${value}${value.length === 10 ? 'T00:00:00' : ''}Z`)))
  .meta({ description: 'Only items modified on or after this date (`2026-01-31`) or date-time; without an offset it is UTC.' });

const serviceFilters = {
  taxonomy_term_id: uuidRef('Only services with this taxonomy term.'),
  taxonomy_id: uuidRef('Only services with any term of this taxonomy.'),
  organization_id: uuidRef('Only services of this organization.'),
  modified_after: modifiedAfter,
};

export const hsdsItemQuerySchema = z.strictObject({ locale: listShape.locale });

export const hsdsListQuerySchema = z.strictObject(listShape);
export type HsdsListQuery = z.infer<typeof hsdsListQuerySchema>;

export const hsdsServicesQuerySchema = z.strictObject({
  ...listShape,
  ...serviceFilters,
  minimal: flag('`true`: only `id`, `name`, `status` and `last_modified` of each service.'),
  full: flag('`true`: fully nested services (schedules, locations, attributes…) in the list; one service is always fully nested.'),
});
export type HsdsServicesQuery = z.infer<typeof hsdsServicesQuerySchema>;

export const hsdsServiceAtLocationsQuerySchema = z.strictObject({
  ...listShape,
  ...serviceFilters,
  full: flag('`true`: with schedules and the service’s attributes.'),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, 'A Finnish postal code has five digits.')
    .optional()
    .meta({ description: 'Only places with this postal code (five digits).' }),
  proximity: z.string().max(20).optional().meta({ description: 'Accepted and ignored: postal codes have no centroids here.' }),
});
export type HsdsServiceAtLocationsQuery = z.infer<typeof hsdsServiceAtLocationsQuerySchema>;

export const hsdsOrganizationsQuerySchema = z.strictObject({
  ...listShape,
  full: flag('`true`: each organization with its locations and services (one-to-one fields).'),
  full_service: flag('`true`: with fully nested services (implies `full`).'),
});
export type HsdsOrganizationsQuery = z.infer<typeof hsdsOrganizationsQuerySchema>;

export const hsdsOrganizationQuerySchema = z.strictObject({
  locale: listShape.locale,
  full_service: flag('`true`: the services fully nested instead of one-to-one fields.'),
});

export const hsdsTaxonomyTermsQuerySchema = z.strictObject({
  ...listShape,
  taxonomy_id: uuidRef('Only terms of this taxonomy.'),
  top_only: flag('`true`: only terms without a parent (all of ours: the taxonomies are flat).'),
  parent_id: uuidRef('Only children of this term (none: the taxonomies are flat).'),
});
export type HsdsTaxonomyTermsQuery = z.infer<typeof hsdsTaxonomyTermsQuerySchema>;

// Loose: the list responses extend it with `contents` (allOf).
export const hsdsPageSchema = z
  .looseObject({
    total_items: z.int().meta({ description: 'Items in all pages.' }),
    total_pages: z.int().meta({ description: 'Number of pages.' }),
    page_number: z.int().meta({ description: 'This page, from 1.' }),
    size: z.int().meta({ description: 'Items on this page.' }),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean().meta({ description: 'True when this page has no items.' }),
  })
  .meta({ id: 'HsdsPage', description: 'The HSDS page envelope; `contents` holds the items.' });
export type HsdsPage = z.infer<typeof hsdsPageSchema>;

export const hsdsMetaSchema = z
  .object({
    version: z.string().meta({ description: 'HSDS version of this API.' }),
    profile: z.url().meta({ description: 'Where the HSDS profile of this API is described.' }),
    openapi_url: z.url().meta({ description: 'The OpenAPI document that defines this API.' }),
  })
  .meta({ id: 'HsdsMeta', description: 'Information about this HSDS API.' });
