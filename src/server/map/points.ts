import 'server-only';
import { getSql } from '@/server/db';
import { getEnv } from '@/server/env';
import { localizedPathname } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { parseSearchParams, type RawSearchParams } from '@/lib/search/filters';
import { pickLocalized } from '@/lib/i18n/localized';
import { getTaxonomies, vocabularyOf } from '@/server/taxonomies/queries';
import { searchActivities } from '@/server/search/search';
import type { MapPoint, MapPoints, MapTiles } from '@/components/map/types';

/** More markers than this would not help anyone; the list has them all. */
export const MAX_MAP_POINTS = 3000;

/** The tile source from the environment (null: a map without a background). */
export function mapTiles(): MapTiles {
  const env = getEnv();
  return { url: env.MAP_TILE_URL === 'none' ? null : env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION };
}

/** The places of the activities a search finds, with the same URL filters as the results page. */
export async function searchMapPoints(raw: RawSearchParams, locale: Locale, now = new Date()): Promise<MapPoints> {
  const { filters } = parseSearchParams(raw, vocabularyOf(await getTaxonomies()));
  const result = await searchActivities(
    { ...filters, page: 1 },
    { locale, now, pageSize: 1, facets: false, points: MAX_MAP_POINTS },
  );
  const found = result.points ?? [];
  const rows =
    found.length === 0
      ? []
      : await (await getSql()).query<{ id: string; slug: string; titleFi: string | null; titleSv: string | null; titleEn: string | null }>(
          `SELECT id, slug, "titleFi", "titleSv", "titleEn" FROM "Activity" WHERE id = ANY($1::uuid[])`,
          [found.map((point) => point.id)],
        );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const points = found.flatMap((point): MapPoint[] => {
    const row = byId.get(point.id);
    const title = row ? pickLocalized({ fi: row.titleFi, sv: row.titleSv, en: row.titleEn }, locale) : null;
    if (!row || !title) return [];
    return [
      {
        lat: point.lat,
        lon: point.lon,
        title: title.text,
        href: localizedPathname({ pathname: '/activities/[slug]', params: { slug: row.slug } }, locale),
      },
    ];
  });
  return { total: result.total, withoutPlace: result.withoutPlace ?? 0, points };
}
