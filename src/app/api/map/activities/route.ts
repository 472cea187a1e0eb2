import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import type { RawSearchParams } from '@/lib/search/filters';
import { searchMapPoints } from '@/server/map/points';

export const dynamic = 'force-dynamic';

/**
 * The places of a search's results for the map view: the results page's own URL filters
 * (read leniently, like the page) plus `locale`. Only published activities are searched.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const locale = params.get('locale') ?? 'fi';
  if (!hasLocale(routing.locales, locale)) {
    return Response.json({ error: 'locale must be one of: ' + routing.locales.join(', ') }, { status: 400 });
  }
  const raw: RawSearchParams = {};
  for (const key of new Set(params.keys())) if (key !== 'locale') raw[key] = params.getAll(key);
  const body = await searchMapPoints(raw, locale);
  return Response.json(body, { headers: { 'Cache-Control': 'public, max-age=60' } });
}
