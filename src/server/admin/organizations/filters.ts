import { PROVIDER_TYPES, type ProviderTypeValue } from './schemas';

export const ORGANIZATION_SOURCES = ['MANUAL', 'LAHELLA', 'PTV'] as const;
export type OrganizationSource = (typeof ORGANIZATION_SOURCES)[number];

export interface OrganizationFilters {
  q: string;
  providerType: ProviderTypeValue | null;
  source: OrganizationSource | null;
  page: number;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/** The list page's URL parameters; anything unknown is ignored rather than refused. */
export function parseOrganizationFilters(params: Record<string, string | string[] | undefined>): OrganizationFilters {
  const type = first(params.type);
  const source = first(params.source);
  const page = Number.parseInt(first(params.page), 10);
  return {
    q: first(params.q).trim().slice(0, 200),
    providerType: (PROVIDER_TYPES as readonly string[]).includes(type) ? (type as ProviderTypeValue) : null,
    source: (ORGANIZATION_SOURCES as readonly string[]).includes(source) ? (source as OrganizationSource) : null,
    page: Number.isFinite(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The URL query for a filter state (defaults left out). */
export function organizationFilterQuery(filters: OrganizationFilters, page = filters.page): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.q) query.q = filters.q;
  if (filters.providerType) query.type = filters.providerType;
  if (filters.source) query.source = filters.source;
  if (page > 1) query.page = String(page);
  return query;
}
