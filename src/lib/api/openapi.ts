/**
 * The OpenAPI 3.1 document, generated from the zod schemas that validate the requests and
 * describe the responses (JSON Schema 2020-12, which OpenAPI 3.1 uses).
 */
import { z } from 'zod';
import hsdsSchemas from './hsds-openapi-schemas.json';
import {
  hsdsItemQuerySchema,
  hsdsListQuerySchema,
  hsdsMetaSchema,
  hsdsOrganizationQuerySchema,
  hsdsOrganizationsQuerySchema,
  hsdsPageSchema,
  hsdsServiceAtLocationsQuerySchema,
  hsdsServicesQuerySchema,
  hsdsTaxonomyTermsQuerySchema,
} from './hsds-schemas';
import {
  FEED_DAYS,
  FEED_LIMITS,
  LIST_PARAMS,
  activitiesQuerySchema,
  activityCalendarQuerySchema,
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
    hsdsMeta: hsdsMetaSchema,
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
  '503': problem('The database does not answer at the moment; see `Retry-After`.'),
};

const json = (description: string, schema: JsonSchema) => ({
  description,
  content: { 'application/json': { schema } },
});

const hsdsPage = (item: string) => ({
  allOf: [ref('HsdsPage')],
  type: 'object',
  properties: { contents: { type: 'array', items: ref(item) } },
  required: ['contents'],
});

/** An HSDS list: a page as JSON, or every item as newline-delimited JSON with `format=ndjson`. */
const hsdsList = (description: string, item: string) => ({
  description,
  content: {
    'application/json': { schema: hsdsPage(item) },
    'application/x-ndjson': { schema: { type: 'string', description: `One ${item} object a line (\`format=ndjson\`).` } },
  },
});

type Operation = {
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  parameters: JsonSchema[];
  responses: Record<string, unknown>;
};

function get({ operationId, tag, summary, description, parameters, responses }: Operation) {
  return { get: { operationId, tags: [tag], summary, description, parameters, responses: { ...responses, ...commonErrors } } };
}

const calendar = (description: string) => ({ description, content: { 'text/calendar': { schema: { type: 'string' } } } });

export function buildOpenApiDocument(serverUrl: string) {
  const notFound = { '404': problem('Nothing public has this id.') };
  const hsdsId = (what: string) => pathParameter('id', `The ${what} id (UUID).`);
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
        'allow any origin (CORS); no authentication is needed. Requests are limited per client address; the ' +
        '`RateLimit-*` headers tell how many are left. Errors are RFC 9457 problem documents. Only published ' +
        'activities are ever exposed.',
      contact: { name: 'Polku', url: `${serverUrl}/api/v1/docs` },
      license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    },
    servers: [{ url: serverUrl, description: 'This Polku instance.' }],
    // Every operation is a public read: the empty requirement means "no authentication".
    security: [{}],
    tags: [
      { name: 'Activities', description: 'Published activities with the search page’s filters.' },
      { name: 'Organizations', description: 'Organisers of published activities.' },
      { name: 'Taxonomies', description: 'Codes and labels used by the other endpoints.' },
      {
        name: 'HSDS',
        description: 'Open Referral HSDS 3.0 API (levels 1 and 2): services, service-at-locations, organizations, locations and taxonomies.',
        externalDocs: { url: 'https://docs.openreferral.org/en/latest/' },
      },
      { name: 'Feeds and embeds', description: 'iCalendar feeds and an embeddable HTML list.' },
    ],
    paths: {
      '/api/v1/activities': get({
        operationId: 'listActivities',
        tag: 'Activities',
        summary: 'Search activities',
        description: 'The same filters and search as the search page. Page through with `cursor`.',
        parameters: queryParameters(activitiesQuerySchema),
        responses: { '200': json('A page of activities.', ref('ActivityList')) },
      }),
      '/api/v1/activities/{id}': get({
        operationId: 'getActivity',
        tag: 'Activities',
        summary: 'One activity',
        description: 'A published activity by id or slug.',
        parameters: [pathParameter('id', 'The activity id (UUID) or slug.'), ...queryParameters(localeQuerySchema)],
        responses: { '200': json('The activity.', ref('Activity')), ...notFound },
      }),
      '/api/v1/organizations': get({
        operationId: 'listOrganizations',
        tag: 'Organizations',
        summary: 'Organisations',
        description: 'Organisations that have published activities, by slug.',
        parameters: queryParameters(organizationsQuerySchema),
        responses: { '200': json('A page of organisations.', ref('OrganizationList')) },
      }),
      '/api/v1/organizations/{id}': get({
        operationId: 'getOrganization',
        tag: 'Organizations',
        summary: 'One organisation',
        description: 'An organisation by id or slug, with its published activities.',
        parameters: [pathParameter('id', 'The organisation id (UUID) or slug.'), ...queryParameters(localeQuerySchema)],
        responses: { '200': json('The organisation.', ref('OrganizationDetail')), ...notFound },
      }),
      '/api/v1/taxonomies': get({
        operationId: 'listTaxonomies',
        tag: 'Taxonomies',
        summary: 'Taxonomies',
        description:
          'Codes and labels of themes, service-path stages, areas, activity types, age groups, special groups, languages and accessibility features.',
        parameters: queryParameters(localeQuerySchema),
        responses: { '200': json('All taxonomies.', ref('Taxonomies')) },
      }),
      '/api/v1/municipalities': get({
        operationId: 'listMunicipalities',
        tag: 'Taxonomies',
        summary: 'Municipalities',
        description: 'Municipalities of the region with their areas.',
        parameters: queryParameters(localeQuerySchema),
        responses: { '200': json('All municipalities.', ref('MunicipalityList')) },
      }),
      '/api/hsds': get({
        operationId: 'getHsdsApiMetaInformation',
        tag: 'HSDS',
        summary: 'HSDS API information',
        description: 'The HSDS version, profile and OpenAPI document of this HSDS API (`GET /`).',
        parameters: queryParameters(hsdsItemQuerySchema),
        responses: { '200': json('Information about the API.', ref('HsdsMeta')) },
      }),
      '/api/hsds/services': get({
        operationId: 'listHsdsServices',
        tag: 'HSDS',
        summary: 'HSDS services',
        description: 'Published activities as HSDS services, with their one-to-one fields (all fields with `full=true`).',
        parameters: queryParameters(hsdsServicesQuerySchema),
        responses: { '200': hsdsList('A page of services.', 'HsdsServiceListItem') },
      }),
      '/api/hsds/services/{id}': get({
        operationId: 'getHsdsService',
        tag: 'HSDS',
        summary: 'HSDS service',
        description: 'One service, fully nested, with its organization.',
        parameters: [hsdsId('service'), ...queryParameters(hsdsItemQuerySchema)],
        responses: { '200': json('The service.', ref('HsdsService')), ...notFound },
      }),
      '/api/hsds/service_at_locations': get({
        operationId: 'listHsdsServiceAtLocations',
        tag: 'HSDS',
        summary: 'HSDS service-at-locations',
        description: 'Each place or online address of each published service, with its location and the service.',
        parameters: queryParameters(hsdsServiceAtLocationsQuerySchema),
        responses: { '200': hsdsList('A page of service-at-locations.', 'HsdsServiceAtLocationListItem') },
      }),
      '/api/hsds/service_at_locations/{id}': get({
        operationId: 'getHsdsServiceAtLocation',
        tag: 'HSDS',
        summary: 'HSDS service-at-location',
        description: 'One service-at-location with its schedules, location and service.',
        parameters: [hsdsId('service-at-location'), ...queryParameters(hsdsItemQuerySchema)],
        responses: { '200': json('The service-at-location.', ref('HsdsServiceAtLocation')), ...notFound },
      }),
      '/api/hsds/organizations': get({
        operationId: 'listHsdsOrganizations',
        tag: 'HSDS',
        summary: 'HSDS organizations',
        description: 'Organisations with published activities.',
        parameters: queryParameters(hsdsOrganizationsQuerySchema),
        responses: { '200': hsdsList('A page of organizations.', 'HsdsOrganizationListItem') },
      }),
      '/api/hsds/organizations/{id}': get({
        operationId: 'getHsdsOrganization',
        tag: 'HSDS',
        summary: 'HSDS organization',
        description: 'One organization with its locations and services.',
        parameters: [hsdsId('organization'), ...queryParameters(hsdsOrganizationQuerySchema)],
        responses: { '200': json('The organization.', ref('HsdsOrganization')), ...notFound },
      }),
      '/api/hsds/locations': get({
        operationId: 'listHsdsLocations',
        tag: 'HSDS',
        summary: 'HSDS locations',
        description: 'Places (physical) and online addresses (virtual) of published activities.',
        parameters: queryParameters(hsdsListQuerySchema),
        responses: { '200': hsdsList('A page of locations.', 'HsdsLocation') },
      }),
      '/api/hsds/taxonomies': get({
        operationId: 'listHsdsTaxonomies',
        tag: 'HSDS',
        summary: 'HSDS taxonomies',
        description: "Polku's taxonomies.",
        parameters: queryParameters(hsdsListQuerySchema),
        responses: { '200': hsdsList('A page of taxonomies.', 'HsdsTaxonomy') },
      }),
      '/api/hsds/taxonomies/{id}': get({
        operationId: 'getHsdsTaxonomy',
        tag: 'HSDS',
        summary: 'HSDS taxonomy',
        description: 'One taxonomy.',
        parameters: [hsdsId('taxonomy'), ...queryParameters(hsdsItemQuerySchema)],
        responses: { '200': json('The taxonomy.', ref('HsdsTaxonomy')), ...notFound },
      }),
      '/api/hsds/taxonomy_terms': get({
        operationId: 'listHsdsTaxonomyTerms',
        tag: 'HSDS',
        summary: 'HSDS taxonomy terms',
        description: 'Terms of all taxonomies.',
        parameters: queryParameters(hsdsTaxonomyTermsQuerySchema),
        responses: { '200': hsdsList('A page of taxonomy terms.', 'HsdsTaxonomyTerm') },
      }),
      '/api/hsds/taxonomy_terms/{id}': get({
        operationId: 'getHsdsTaxonomyTerm',
        tag: 'HSDS',
        summary: 'HSDS taxonomy term',
        description: 'One taxonomy term.',
        parameters: [hsdsId('taxonomy term'), ...queryParameters(hsdsItemQuerySchema)],
        responses: { '200': json('The taxonomy term.', ref('HsdsTaxonomyTerm')), ...notFound },
      }),
      '/api/feeds/activities.ics': get({
        operationId: 'getSearchFeed',
        tag: 'Feeds and embeds',
        summary: 'Calendar feed for a search',
        description: `Dates of the next ${FEED_DAYS} days of the activities matching the search-page filters, as iCalendar (RFC 5545). ${FEED_LIMITS}`,
        parameters: queryParameters(feedQuerySchema),
        responses: { '200': calendar('An iCalendar feed.') },
      }),
      '/api/feeds/organizations/{slug}.ics': get({
        operationId: 'getOrganizationFeed',
        tag: 'Feeds and embeds',
        summary: 'Calendar feed for an organiser',
        description: `Dates of the next ${FEED_DAYS} days of an organisation's published activities. ${FEED_LIMITS}`,
        parameters: [pathParameter('slug', 'The organisation slug.'), ...queryParameters(organizationFeedQuerySchema)],
        responses: { '200': calendar('An iCalendar feed.'), ...notFound },
      }),
      '/api/activities/{slug}/ical': get({
        operationId: 'getActivityCalendar',
        tag: 'Feeds and embeds',
        summary: 'Calendar file for one activity',
        description:
          'All schedules of a published activity: recurring ones as RRULEs in Helsinki time, one-off ones as events, ' +
          'periods as all-day events spanning the period.',
        parameters: [pathParameter('slug', 'The activity slug.'), ...queryParameters(activityCalendarQuerySchema)],
        responses: { '200': calendar('An iCalendar file.'), ...notFound },
      }),
      '/embed/activities': get({
        operationId: 'getEmbed',
        tag: 'Feeds and embeds',
        summary: 'Embeddable list',
        description: 'A small HTML list of activities for an `<iframe>`, without scripts; links open Polku in a new tab.',
        parameters: queryParameters(embedQuerySchema),
        responses: { '200': { description: 'An HTML page.', content: { 'text/html': { schema: { type: 'string' } } } } },
      }),
    },
    components: { schemas: { ...componentSchemas(), ...hsdsSchemas } },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
