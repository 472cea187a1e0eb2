/**
 * The map itself: Leaflet with markers clustered by supercluster. Loaded on demand by
 * map-loader-client.tsx, never part of a page's first load.
 *
 * Accessibility: every marker and cluster is a focusable button with a name (the activity's
 * title, or how many activities a cluster holds); Enter opens a marker's popup and moves
 * focus to its link, or zooms into a cluster. The page's list remains the full alternative.
 */
import L from 'leaflet';
import Supercluster from 'supercluster';
import 'leaflet/dist/leaflet.css';
import './map.css';
import type { MapPoint, MapTexts, MapTiles } from './types';

/** North Ostrobothnia, for a map with nothing on it. */
const COUNTY_CENTRE: L.LatLngTuple = [64.9, 25.9];
const MAX_ZOOM = 18;

interface MountOptions {
  tiles: MapTiles;
  texts: MapTexts;
  points: MapPoint[];
}

function named(marker: L.Marker, name: string): L.Marker {
  marker.on('add', () => marker.getElement()?.setAttribute('aria-label', name));
  return marker;
}

export function mountMap(element: HTMLElement, { tiles, texts, points }: MountOptions): () => void {
  const map = L.map(element, { zoomControl: false, keyboard: true, maxZoom: MAX_ZOOM });
  L.control.zoom({ zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut }).addTo(map);
  map.attributionControl.setPrefix(false);
  if (tiles.url) {
    L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: MAX_ZOOM }).addTo(map);
  }

  const clusters = new Supercluster<MapPoint>({ radius: 50, maxZoom: 16 });
  clusters.load(
    points.map((point) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [point.lon, point.lat] },
      properties: point,
    })),
  );
  const layer = L.layerGroup().addTo(map);
  const pin = L.divIcon({ className: 'map-pin', html: '<span></span>', iconSize: [28, 28], iconAnchor: [14, 26], popupAnchor: [0, -24] });

  const render = () => {
    layer.clearLayers();
    const bounds = map.getBounds();
    const zoom = Math.round(map.getZoom());
    for (const feature of clusters.getClusters([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], zoom)) {
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      const properties = feature.properties as MapPoint | Supercluster.ClusterProperties;
      if ('cluster' in properties && properties.cluster) {
        const count = properties.point_count;
        const icon = L.divIcon({ className: 'map-cluster', html: `<span>${count}</span>`, iconSize: [40, 40] });
        const marker = named(L.marker([lat, lon], { icon, keyboard: true }), texts.cluster.replace('{count}', String(count)));
        marker.on('click', () => {
          map.setView([lat, lon], Math.min(clusters.getClusterExpansionZoom(properties.cluster_id), MAX_ZOOM));
        });
        layer.addLayer(marker);
      } else {
        const point = properties as MapPoint;
        const marker = named(L.marker([lat, lon], { icon: pin, keyboard: true }), point.title);
        const link = document.createElement('a');
        link.href = point.href;
        link.textContent = point.title;
        marker.bindPopup(link);
        marker.on('popupopen', () => link.focus());
        layer.addLayer(marker);
      }
    }
  };
  map.on('moveend', render);

  if (points.length === 0) map.setView(COUNTY_CENTRE, 7);
  else if (points.length === 1) map.setView([points[0]!.lat, points[0]!.lon], 14);
  else map.fitBounds(L.latLngBounds(points.map((point) => [point.lat, point.lon])), { padding: [24, 24], maxZoom: 14 });
  render();

  return () => {
    map.off();
    map.remove();
  };
}
