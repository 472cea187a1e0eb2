'use client';

import { useEffect, useRef, useState } from 'react';
import type { MapPoint, MapPoints, MapTexts, MapTiles } from './types';

interface MapLoaderProps {
  tiles: MapTiles;
  texts: MapTexts;
  /** Markers given inline (an activity's places) … */
  points?: MapPoint[];
  /** … or fetched when the map is shown (a search's results). */
  pointsUrl?: string;
  /** Says how many results are on the map, after loading. */
  summary?: string;
  className?: string;
}

type State = 'waiting' | 'loading' | 'ready' | 'failed';

/**
 * A map that loads its library (Leaflet, ~45 KiB gzip) only when it scrolls into view, so
 * pages without a visible map never download it. Without JavaScript, or when loading fails,
 * the region says so and the page's list or address stands in for it.
 */
export function MapLoader({ tiles, texts, points, pointsUrl, summary, className = '' }: MapLoaderProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State | 'static'>('static');
  const [counts, setCounts] = useState<{ shown: number; without: number } | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let destroy: (() => void) | undefined;
    let cancelled = false;
    // The server's HTML says the map needs JavaScript; from here on it is on its way.
    setState('waiting');
    const load = async () => {
      setState('loading');
      try {
        const [{ mountMap }, data] = await Promise.all([
          import('./leaflet-map'),
          pointsUrl
            ? fetch(pointsUrl).then((response) => {
                if (!response.ok) throw new Error(`map points: HTTP ${response.status}`);
                return response.json() as Promise<MapPoints>;
              })
            : Promise.resolve({ total: points?.length ?? 0, withoutPlace: 0, points: points ?? [] }),
        ]);
        if (cancelled) return;
        destroy = mountMap(element, { tiles, texts, points: data.points });
        setCounts({ shown: data.points.length, without: data.withoutPlace });
        setState('ready');
      } catch (error) {
        console.error(error);
        if (!cancelled) setState('failed');
      }
    };
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        void load();
      }
    });
    observer.observe(element);
    return () => {
      cancelled = true;
      observer.disconnect();
      destroy?.();
    };
  }, [tiles, texts, points, pointsUrl]);

  return (
    <div className={className}>
      <div
        ref={ref}
        role="region"
        aria-label={texts.region}
        aria-busy={state === 'loading'}
        data-testid="map"
        data-state={state}
        className="relative h-96 w-full overflow-hidden rounded-lg border border-line bg-tint"
      >
        {state === 'ready' ? null : (
          <p className="p-4" role={state === 'failed' ? 'alert' : undefined}>
            {state === 'failed' ? texts.failed : state === 'static' ? texts.noScript : texts.loading}
          </p>
        )}
      </div>
      {summary && counts ? (
        <p className="mt-2 text-sm" role="status" data-testid="map-summary">
          {summary.replace('{shown}', String(counts.shown)).replace('{without}', String(counts.without))}
        </p>
      ) : null}
    </div>
  );
}
