/** Query parameters and the page envelope of the HSDS 3.0 export (names as in HSDS's openapi.json). */
import { z } from 'zod';

export const HSDS_SCHEMA_BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';
export const HSDS_MAX_PER_PAGE = 100;

const hsdsListShape = {
  page: z.coerce.number().int().min(1).max(10_000).default(1).meta({ description: 'Page number, from 1.' }),
  per_page: z.coerce
    .number()
    .int()
    .min(1)
    .max(HSDS_MAX_PER_PAGE)
    .default(50)
    .meta({ description: `Items per page, 1–${HSDS_MAX_PER_PAGE}.` }),
  locale: z
    .enum(['fi', 'sv', 'en'])
    .default('fi')
    .meta({ description: 'Language of the texts (HSDS holds one language); untranslated texts fall back to Finnish.' }),
};

export const hsdsListQuerySchema = z.strictObject(hsdsListShape);
export const hsdsItemQuerySchema = z.strictObject({ locale: hsdsListShape.locale });

export const hsdsServicesQuerySchema = z.strictObject({
  ...hsdsListShape,
  search: z.string().trim().min(1).max(200).optional().meta({ description: 'Words in the name or description.' }),
  organization_id: z.uuid().optional().meta({ description: 'Only services of this organization.' }),
  taxonomy_term_id: z.uuid().optional().meta({ description: 'Only services with this taxonomy term.' }),
  taxonomy_id: z.uuid().optional().meta({ description: 'Only services with any term of this taxonomy.' }),
  modified_after: z.iso.datetime({ offset: true }).optional().meta({ description: 'Only services modified on or after this instant.' }),
  full: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .meta({ description: 'Fully nested services (schedules, locations, attributes…) in the list; details always are.' }),
});
export type HsdsServicesQuery = z.infer<typeof hsdsServicesQuerySchema>;

export const hsdsPageSchema = z
  .looseObject({
    total_items: z.int(),
    total_pages: z.int(),
    page_number: z.int(),
    size: z.int(),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
  })
  .meta({ id: 'HsdsPage', description: 'The HSDS page envelope; `contents` holds the items.' });
export type HsdsPage = z.infer<typeof hsdsPageSchema>;
