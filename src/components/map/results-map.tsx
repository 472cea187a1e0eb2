import { getTranslations } from 'next-intl/server';
import { toSearchParams, type SearchFilters } from '@/lib/search/filters';
import { mapTiles } from '@/server/map/points';
import { MapLoader } from './map-loader-client';
import { mapTexts } from './map-texts';

/**
 * The results on a map, above the list (which stays the accessible alternative: a skip link
 * jumps to it). The markers come from /api/map/activities with the page's own filters.
 */
export async function ResultsMap({ filters, locale, listId }: { filters: SearchFilters; locale: string; listId: string }) {
  const t = await getTranslations('Map');
  const query = toSearchParams({ ...filters, page: 1, view: 'list' });
  query.set('locale', locale);
  return (
    <div className="mt-4">
      <a href={`#${listId}`} className="sr-only focus:not-sr-only focus:inline-block focus:p-2">
        {t('skip')}
      </a>
      <MapLoader
        tiles={mapTiles()}
        texts={await mapTexts(t('resultsRegion'), 'noScript')}
        pointsUrl={`/api/map/activities?${query.toString()}`}
        summary={t('summary', { shown: '{shown}', without: '{without}' })}
      />
    </div>
  );
}
