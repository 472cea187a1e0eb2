import 'server-only';
import proj4 from 'proj4';

/**
 * PTV publishes service locations in ETRS-TM35FIN (EPSG:3067) plane coordinates, as strings:
 * `latitude` holds the northing and `longitude` the easting, in metres. The map needs WGS84
 * degrees; the projection is proj4's, not our own arithmetic.
 */
export const ETRS_TM35FIN = '+proj=utm +zone=35 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs';
const projection = proj4(ETRS_TM35FIN, 'WGS84');

/** Mainland Finland and the sea around it, in ETRS-TM35FIN metres (with a margin). */
const NORTHING = [6_500_000, 7_850_000] as const;
const EASTING = [0, 800_000] as const;

const within = (value: number, [min, max]: readonly [number, number]) => value >= min && value <= max;
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * WGS84 latitude and longitude of a PTV location: converted from EPSG:3067 metres, or kept
 * when the values already are degrees inside Finland; null for anything else.
 */
export function ptvLocationToWgs84(latitude: unknown, longitude: unknown): { latitude: number | null; longitude: number | null } {
  const north = Number(typeof latitude === 'string' ? latitude.trim() : latitude);
  const east = Number(typeof longitude === 'string' ? longitude.trim() : longitude);
  const none = { latitude: null, longitude: null };
  if (latitude == null || longitude == null || !Number.isFinite(north) || !Number.isFinite(east)) return none;
  if (within(north, NORTHING) && within(east, EASTING)) {
    const [lon, lat] = projection.forward([east, north]);
    return { latitude: round6(lat!), longitude: round6(lon!) };
  }
  if (within(north, [59, 71]) && within(east, [19, 32])) return { latitude: north, longitude: east };
  return none;
}
