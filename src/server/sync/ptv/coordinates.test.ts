import { describe, expect, it } from 'vitest';
import { ptvLocationToWgs84 } from './coordinates';

/**
 * Known points: ETRS-TM35FIN coordinates of WGS84 places worked out with the published
 * Transverse Mercator series (Snyder, "Map Projections – A Working Manual", eq. 8-9 and 8-10)
 * for GRS80, zone 35 (central meridian 27° E, scale 0.9996, false easting 500 km), written
 * out here independently of proj4.
 */
function etrsTm35Fin(latDeg: number, lonDeg: number): { northing: number; easting: number } {
  const a = 6_378_137;
  const f = 1 / 298.257222101;
  const k0 = 0.9996;
  const e2 = 2 * f - f * f;
  const ep2 = e2 / (1 - e2);
  const phi = (latDeg * Math.PI) / 180;
  const lam = ((lonDeg - 27) * Math.PI) / 180;
  const N = a / Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
  const T = Math.tan(phi) ** 2;
  const C = ep2 * Math.cos(phi) ** 2;
  const A = lam * Math.cos(phi);
  const e4 = e2 * e2;
  const e6 = e4 * e2;
  const M =
    a *
    ((1 - e2 / 4 - (3 * e4) / 64 - (5 * e6) / 256) * phi -
      ((3 * e2) / 8 + (3 * e4) / 32 + (45 * e6) / 1024) * Math.sin(2 * phi) +
      ((15 * e4) / 256 + (45 * e6) / 1024) * Math.sin(4 * phi) -
      ((35 * e6) / 3072) * Math.sin(6 * phi));
  const easting = 500_000 + k0 * N * (A + ((1 - T + C) * A ** 3) / 6 + ((5 - 18 * T + T * T + 72 * C - 58 * ep2) * A ** 5) / 120);
  const northing =
    k0 *
    (M +
      N * Math.tan(phi) * (A ** 2 / 2 + ((5 - T + 9 * C + 4 * C * C) * A ** 4) / 24 + ((61 - 58 * T + T * T + 600 * C - 330 * ep2) * A ** 6) / 720));
  return { northing, easting };
}

/** Metres between two nearby WGS84 points. */
const metres = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) =>
  Math.hypot((a.latitude - b.latitude) * 111_320, (a.longitude - b.longitude) * 111_320 * Math.cos((a.latitude * Math.PI) / 180));

describe('ptvLocationToWgs84', () => {
  it.each([
    ['Oulu market square', 65.0132, 25.4657],
    ['Kempele', 64.9151, 25.5636],
    ['Kuusamo', 65.9646, 29.1887],
    ['Kalajoki', 64.2598, 23.9487],
    ['on the central meridian', 64.5, 27],
  ])('converts the EPSG:3067 strings of %s to within 1 m', (_place, latitude, longitude) => {
    const { northing, easting } = etrsTm35Fin(latitude, longitude);
    const converted = ptvLocationToWgs84(northing.toFixed(3), easting.toFixed(3));
    expect(converted.latitude).not.toBeNull();
    expect(metres(converted as { latitude: number; longitude: number }, { latitude, longitude })).toBeLessThan(1);
  });

  it('puts easting 500 000 on 27° E', () => {
    expect(ptvLocationToWgs84('7210000.000', '500000.000').longitude).toBe(27);
  });

  it('keeps degrees that already are WGS84, and refuses what is neither', () => {
    expect(ptvLocationToWgs84('65.0107', '25.4719')).toEqual({ latitude: 65.0107, longitude: 25.4719 });
    expect(ptvLocationToWgs84('abc', '500000')).toEqual({ latitude: null, longitude: null });
    expect(ptvLocationToWgs84(null, null)).toEqual({ latitude: null, longitude: null });
    expect(ptvLocationToWgs84('1000', '2000')).toEqual({ latitude: null, longitude: null });
  });
});
