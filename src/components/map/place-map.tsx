import { getTranslations } from 'next-intl/server';
import { mapTiles } from '@/server/map/points';
import { MapLoader } from './map-loader-client';
import { mapTexts } from './map-texts';
import type { MapPoint } from './types';

export interface Place {
  lat: number;
  lon: number;
  /** The place's name or address: the marker's accessible name. */
  label: string;
}

export function openStreetMapUrl(lat: number, lon: number): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
}

/**
 * An activity's places on a small map. The addresses and map-service links beside it are
 * the text alternative and the fallback without JavaScript.
 */
export async function PlaceMap({ places, title }: { places: Place[]; title: string }) {
  if (places.length === 0) return null;
  const t = await getTranslations('Map');
  const points: MapPoint[] = places.map((place) => ({
    lat: place.lat,
    lon: place.lon,
    title: place.label,
    href: openStreetMapUrl(place.lat, place.lon),
  }));
  return <MapLoader tiles={mapTiles()} texts={await mapTexts(t('placeRegion', { name: title }), 'noScriptPlace')} points={points} className="mt-2" />;
}
