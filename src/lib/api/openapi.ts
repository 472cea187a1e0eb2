/**
 * The OpenAPI 3.1 document, generated from the zod schemas that validate the requests and
 * describe the responses (JSON Schema 2020-12, which OpenAPI 3.1 uses).
 */
import { z } from 'zod';
import { HSDS_SCHEMA_BASE, hsdsItemQuerySchema, hsdsListQuerySchema, hsdsPageSchema, hsdsServicesQuerySchema } from './hsds-schemas';
import {
  LIST_PARAMS,
  activitiesQuerySchema,
  activityListSchema,
  activitySchema,
  embedQuerySchema,
  feedQuerySchema,
  idParamSchema,
  localeQuerySchema,
  municipalityListSchema,
  organizationDetailSchema,
  organizationFeedQuerySchema,
  organizationListSchema,
  organizationsQuerySchema,
  problemSchema,
  taxonomiesSchema,
} from './schemas';

type JsonSchema = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** Named response schemas as OpenAPI components, with references between them. */
function componentSchemas(): Record<string, JsonSchema> {
  const all = z.object({
    activityList: activityListSchema,
    activity: activitySchema,
    organizationList: organizationListSchema,
    organizationDetail: organizationDetailSchema,
    taxonomies: taxonomiesSchema,
    municipalityList: municipalityListSchema,
    problem: problemSchema,
    hsdsPage: hsdsPageSchema,
  });
  const schema = z.toJSONSchema(all, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' });
  const json = JSON.stringify(schema.$defs ?? {}).replaceAll('"#/$defs/', '"#/components/schemas/');
  return JSON.parse(json) as Record<string, JsonSchema>;
}

function queryParameters(schema: z.ZodObject): JsonSchema[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const json = z.toJSONSchema(field as z.ZodType, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
    const { $schema: _schema, description, ...rest } = json as JsonSchema;
    const required = (field as z.ZodType).safeParse(undefined).success === false;
    return {
      name,
      in: 'query',
      required,
      ...(description ? { description } : {}),
      schema: rest,
      ...(LIST_PARAMS.has(name) ? { style: 'form', explode: true } : {}),
    };
  });
}

function pathParameter(name: string, description: string): JsonSchema {
  const { $schema: _schema, description: _d, ...schema } = z.toJSONSchema(idParamSchema, { target: 'draft-2020-12' });
  return { name, in: 'path', required: true, description, schema };
}

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

const commonErrors = {
  '400': problem('Invalid parameters: unknown names, wrong types, out-of-range values or a foreign cursor.'),
  '429': problem('Too many requests from this address; see `Retry-After`.'),
};

const json = (description: string, schema: JsonSchema) => ({
  description,
  content: { 'application/json': { schema } },
});

const hsdsPage = (item: string) => ({
  allOf: [ref('HsdsPage')],
  type: 'object',
  properties: { contents: { type: 'array', items: { $ref: `${HSDS_SCHEMA_BASE}${item}` } } },
  required: ['contents'],
});

function get(summary: string, description: string, parameters: JsonSchema[], responses: Record<string, unknown>, tag: string) {
  return { get: { tags: [tag], summary, description, parameters, responses: { ...responses, ...commonErrors } } };
}

export function buildOpenApiDocument(serverUrl: string) {
  const notFound = { '404': problem('Nothing public has this id.') };
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Polku open API',
      version: '1.0.0',
      summary: "Read access to Polku's published wellbeing activities in North Ostrobothnia.",
      description:
        'Published activities, their organisers and the taxonomies, for the digital services of Pohde and the ' +
        'municipalities. All responses are public and cacheable (`ETag`, `Cache-Control: public, max-age=60`) and ' +
        'allow any origin (CORS). Requests are limited per client address; the `RateLimit-*` headers tell how many ' +
        'are left. Errors are RFC 9457 problem documents. Only published activities are ever exposed.',
      license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    },
    servers: [{ url: serverUrl }],
    tags: [
      { name: 'Activities' },
      { name: 'Organizations' },
      { name: 'Taxonomies' },
      { name: 'HSDS', description: 'Open Referral HSDS 3.0 export.', externalDocs: { url: 'https://docs.openreferral.org/en/latest/' } },
      { name: 'Feeds and embeds' },
    ],
    paths: {
      '/api/v1/activities': get(
        'Search activities',
        'The same filters and search as the search page. Page through with `cursor`.',
        queryParameters(activitiesQuerySchema),
        { '200': json('A page of activities.', ref('ActivityList')) },
        'Activities',
      ),
      '/api/v1/activities/{id}': get(
        'One activity',
        'A published activity by id or slug.',
        [pathParameter('id', 'The activity id (UUID) or slug.'), ...queryParameters(localeQuerySchema)],
        { '200': json('The activity.', ref('Activity')), ...notFound },
        'Activities',
      ),
      '/api/v1/organizations': get(
        'Organisations',
        'Organisations that have published activities, by slug.',
        queryParameters(organizationsQuerySchema),
        { '200': json('A page of organisations.', ref('OrganizationList')) },
        'Organizations',
      ),
      '/api/v1/organizations/{id}': get(
        'One organisation',
        'An organisation by id or slug, with its published activities.',
        [pathParameter('id', 'The organisation id (UUID) or slug.'), ...queryParameters(localeQuerySchema)],
        { '200': json('The organisation.', ref('OrganizationDetail')), ...notFound },
        'Organizations',
      ),
      '/api/v1/taxonomies': get(
        'Taxonomies',
        'Codes and labels of themes, service-path stages, areas, activity types, age groups, special groups, languages and accessibility features.',
        queryParameters(localeQuerySchema),
        { '200': json('All taxonomies.', ref('Taxonomies')) },
        'Taxonomies',
      ),
      '/api/v1/municipalities': get(
        'Municipalities',
        'Municipalities of the region with their areas.',
        queryParameters(localeQuerySchema),
        { '200': json('All municipalities.', ref('MunicipalityList')) },
        'Taxonomies',
      ),
      '/api/hsds/services': get(
        'HSDS services',
        'Published activities as HSDS services.',
        queryParameters(hsdsServicesQuerySchema),
        { '200': json('A page of services.', hsdsPage('service.json')) },
        'HSDS',
      ),
      '/api/hsds/services/{id}': get(
        'HSDS service',
        'One service, fully nested.',
        [pathParameter('id', 'The service id.'), ...queryParameters(hsdsItemQuerySchema)],
        { '200': json('The service.', { $ref: `${HSDS_SCHEMA_BASE}service.json` }), ...notFound },
        'HSDS',
      ),
      '/api/hsds/organizations': get(
        'HSDS organizations',
        'Organisations with published activities.',
        queryParameters(hsdsListQuerySchema),
        { '200': json('A page of organizations.', hsdsPage('organization.json')) },
        'HSDS',
      ),
      '/api/hsds/organizations/{id}': get(
        'HSDS organization',
        'One organization.',
        [pathParameter('id', 'The organization id.'), ...queryParameters(hsdsItemQuerySchema)],
        { '200': json('The organization.', { $ref: `${HSDS_SCHEMA_BASE}organization.json` }), ...notFound },
        'HSDS',
      ),
      '/api/hsds/locations': get(
        'HSDS locations',
        'Physical places of published activities.',
        queryParameters(hsdsListQuerySchema),
        { '200': json('A page of locations.', hsdsPage('location.json')) },
        'HSDS',
      ),
      '/api/hsds/taxonomies': get(
        'HSDS taxonomies',
        "Polku's taxonomies.",
        queryParameters(hsdsListQuerySchema),
        { '200': json('A page of taxonomies.', hsdsPage('taxonomy.json')) },
        'HSDS',
      ),
      '/api/hsds/taxonomy_terms': get(
        'HSDS taxonomy terms',
        'Terms of all taxonomies.',
        queryParameters(hsdsListQuerySchema),
        { '200': json('A page of taxonomy terms.', hsdsPage('taxonomy_term.json')) },
        'HSDS',
      ),
      '/api/feeds/activities.ics': get(
        'Calendar feed for a search',
        'Dates of the next 90 days of the activities matching the search-page filters, as iCalendar (RFC 5545).',
        queryParameters(feedQuerySchema),
        { '200': { description: 'An iCalendar feed.', content: { 'text/calendar': { schema: { type: 'string' } } } } },
        'Feeds and embeds',
      ),
      '/api/feeds/organizations/{slug}.ics': get(
        "Calendar feed for an organiser",
        "Dates of the next 90 days of an organisation's published activities.",
        [pathParameter('slug', 'The organisation slug.'), ...queryParameters(organizationFeedQuerySchema)],
        {
          '200': { description: 'An iCalendar feed.', content: { 'text/calendar': { schema: { type: 'string' } } } },
          ...notFound,
        },
        'Feeds and embeds',
      ),
      '/embed/activities': get(
        'Embeddable list',
        'A small HTML list of activities for an `<iframe>`, without scripts; links open Polku in a new tab.',
        queryParameters(embedQuerySchema),
        { '200': { description: 'An HTML page.', content: { 'text/html': { schema: { type: 'string' } } } } },
        'Feeds and embeds',
      ),
    },
    components: { schemas: componentSchemas() },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
