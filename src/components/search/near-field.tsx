import { getTranslations } from 'next-intl/server';
import type { SearchFilters } from '@/lib/search/filters';
import { NearLocationButton } from './near-location-client';

export interface NearPlace {
  slug: string;
  name: string;
}

/** "Nearest first from": a municipality (its centre), or the browser's location on request. */
export async function NearField({ filters, places }: { filters: SearchFilters; places: NearPlace[] }) {
  const t = await getTranslations('Search.near');
  const near = filters.near;
  const value = !near ? '' : 'municipality' in near ? near.municipality : `${near.lat},${near.lon}`;
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor="search-near" className="block text-sm font-semibold">
          {t('label')}
        </label>
        <select
          key={value}
          id="search-near"
          name="near"
          defaultValue={value}
          aria-describedby="search-near-privacy"
          className="mt-1 min-h-11 rounded-md border border-muted bg-white px-3"
        >
          <option value="">{t('none')}</option>
          {near && !('municipality' in near) ? <option value={value}>{t('mine')}</option> : null}
          {places.map((place) => (
            <option key={place.slug} value={place.slug}>
              {place.name}
            </option>
          ))}
        </select>
      </div>
      <NearLocationButton label={t('useLocation')} locating={t('locating')} failed={t('failed')} />
      <p id="search-near-privacy" className="w-full text-sm text-muted">
        {t('privacy')}
      </p>
    </div>
  );
}
