/**
 * JSON for a <script type="application/ld+json"> element. `<` is escaped so that no text in
 * the data can close the script element; `>`, `&` and the JavaScript line separators too,
 * for good measure. The result is still the same JSON to any parser.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** schema.org Time is hh:mm:ss; our schedules keep wall-clock times as "HH:MM". */
export function schemaTime(time: string): string {
  return /^\d{2}:\d{2}$/.test(time) ? `${time}:00` : time;
}

export interface OrganizationJsonLdInput {
  name: string;
  description: string | null;
  /** The organisation's page on Polku (absolute). */
  url: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  municipality: string | null;
  /** Whether it is a parish, an association or the county: schema.org's closest type. */
  providerType: string;
}

const ORGANIZATION_TYPES: Record<string, string> = {
  PARISH: 'ReligiousOrganization',
  MUNICIPALITY: 'GovernmentOrganization',
  POHDE: 'GovernmentOrganization',
  ASSOCIATION: 'NGO',
};

/** schema.org data for an organiser's page. */
export function organizationJsonLd(org: OrganizationJsonLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': ORGANIZATION_TYPES[org.providerType] ?? 'Organization',
    name: org.name,
    url: org.url,
    ...(org.description ? { description: org.description } : {}),
    ...(org.website ? { sameAs: [org.website] } : {}),
    ...(org.email ? { email: org.email } : {}),
    ...(org.phone ? { telephone: org.phone } : {}),
    ...(org.municipality
      ? { address: { '@type': 'PostalAddress', addressLocality: org.municipality, addressCountry: 'FI' } }
      : {}),
  };
}
