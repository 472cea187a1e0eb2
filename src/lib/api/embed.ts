/** The `<iframe>` snippet that embeds a search's results on another site. */
import { toSearchParams, type SearchFilters } from '@/lib/search/filters';

const TITLES = { fi: 'Polku – toimintaa', sv: 'Polku – verksamhet' } as const;

const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The embed URL for the filters (page and sort left out: an embed shows the first, soonest page). */
export function embedUrl(filters: SearchFilters, locale: 'fi' | 'sv', baseUrl: string, limit?: number): string {
  const params = toSearchParams({ ...filters, page: 1 });
  params.set('locale', locale);
  if (limit !== undefined) params.set('limit', String(limit));
  return `${baseUrl.replace(/\/+$/, '')}/embed/activities?${params.toString()}`;
}

export function embedSnippet(filters: SearchFilters, locale: 'fi' | 'sv', baseUrl: string): string {
  return `<iframe src="${attribute(embedUrl(filters, locale, baseUrl))}" title="${TITLES[locale]}" width="100%" height="600" style="border:0" loading="lazy"></iframe>`;
}
