import { countAntimeridianJumps } from '@corridor/core/model';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import countriesJson from 'world-atlas/countries-50m.json?raw';
import { basemapGeometry, isCountriesTopology } from './basemap-geometry';

// The real file the dashboard ships (read as text so the type checker does not infer a type for 750 kB of JSON).
const topology: unknown = JSON.parse(countriesJson);
if (!isCountriesTopology(topology)) throw new Error('world-atlas/countries-50m.json is not a countries topology');
const { land, borders } = basemapGeometry(topology);

const rings: Position[][] = land.features.flatMap(({ geometry }) =>
  geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat(),
);
const isAntarctic = (ring: readonly Position[]): boolean => ring.every(([, lat = 0]) => lat < -60);

describe('basemapGeometry on world-atlas countries-50m', () => {
  it('has no land ring edge that jumps more than 180° in longitude, except Antarctica', () => {
    const jumping = rings.filter((ring) => countAntimeridianJumps(ring) > 0);
    expect(jumping.length).toBeGreaterThan(0); // Antarctica is there, and still jumps…
    expect(jumping.every(isAntarctic)).toBe(true); // …and nothing else does
  });

  it('has no border line edge that jumps more than 180° in longitude', () => {
    expect(borders.geometry.coordinates.filter((line) => countAntimeridianJumps(line) > 0)).toEqual([]);
  });

  it('repairs the rings that world-atlas cuts at the antimeridian (Eurasia through Chukotka, Fiji)', () => {
    const eastOf180 = rings.filter((ring) => ring.some(([lon = 0]) => lon > 180));
    expect(eastOf180.length).toBeGreaterThanOrEqual(2);
    expect(eastOf180.some((ring) => ring.length > 1000)).toBe(true); // Eurasia
  });

  it('keeps every longitude within one world copy east or west', () => {
    let maxAbsLon = 0;
    for (const ring of rings) for (const [lon = 0] of ring) maxAbsLon = Math.max(maxAbsLon, Math.abs(lon));
    expect(maxAbsLon).toBeLessThanOrEqual(360);
  });

  it('has land and hundreds of border lines', () => {
    expect(rings.length).toBeGreaterThan(1000);
    expect(borders.geometry.coordinates.length).toBeGreaterThan(100);
  });
});

describe('isCountriesTopology', () => {
  it('accepts the world-atlas file', () => {
    expect(isCountriesTopology(topology)).toBe(true);
  });

  it('rejects other JSON', () => {
    for (const value of [
      null,
      42,
      'Topology',
      [],
      {},
      { type: 'Topology', arcs: [], objects: { land: { type: 'GeometryCollection' } } },
    ]) {
      expect(isCountriesTopology(value)).toBe(false);
    }
  });
});
