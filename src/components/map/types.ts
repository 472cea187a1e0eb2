/** Plain data the map components receive from the server. */

export interface MapTiles {
  /** URL template with {z}, {x}, {y}; null draws markers without a background map. */
  url: string | null;
  attribution: string;
}

export interface MapPoint {
  lat: number;
  lon: number;
  title: string;
  /** The activity page, localized. */
  href: string;
}

export interface MapPoints {
  total: number;
  /** Matches without a place (online, by phone, or no coordinates): only in the list. */
  withoutPlace: number;
  points: MapPoint[];
}

/** Texts the map needs in the browser, translated on the server. */
export interface MapTexts {
  region: string;
  /** Shown until the script runs: the page's text alternative stands in. */
  noScript: string;
  loading: string;
  failed: string;
  cluster: string;
  zoomIn: string;
  zoomOut: string;
}
