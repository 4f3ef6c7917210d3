import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import countriesJson from 'world-atlas/countries-50m.json?raw';
import { basemapFile } from './basemap-file';
import { basemapGeometry, isCountriesTopology } from './basemap-geometry';

const topology: unknown = JSON.parse(countriesJson);
if (!isCountriesTopology(topology)) throw new Error('world-atlas/countries-50m.json is not a countries topology');
const geometry = basemapGeometry(topology);
const file = basemapFile(geometry);

const positionsOf = (shape: (typeof file.features)[number]['geometry']): Position[] =>
  shape.type === 'MultiPolygon' ? shape.coordinates.flat(2) : shape.coordinates.flat();

describe('basemapFile on world-atlas countries-50m', () => {
  it('holds every land feature, then the borders, each marked with its kind', () => {
    const kinds = file.features.map((feature) => feature.properties.kind);
    expect(kinds.filter((kind) => kind === 'land')).toHaveLength(geometry.land.features.length);
    expect(kinds.at(-1)).toBe('border');
    expect(kinds.indexOf('border')).toBe(kinds.length - 1);
  });

  it('keeps every ring and border line with all its points', () => {
    const landPoints = geometry.land.features.reduce((sum, { geometry: shape }) => sum + positionsOf(shape).length, 0);
    const filePoints = file.features
      .filter((feature) => feature.properties.kind === 'land')
      .reduce((sum, { geometry: shape }) => sum + positionsOf(shape).length, 0);
    expect(filePoints).toBe(landPoints);
    expect(file.features.at(-1)?.geometry.coordinates).toHaveLength(geometry.borders.geometry.coordinates.length);
  });

  it('rounds coordinates to four decimals, moving no point by more than 0.00005°', () => {
    const rounded = positionsOf(file.features[0]?.geometry ?? { type: 'Polygon', coordinates: [] });
    const original = positionsOf(geometry.land.features[0]?.geometry ?? { type: 'Polygon', coordinates: [] });
    expect(rounded.length).toBeGreaterThan(0);
    rounded.forEach((position, index) => {
      position.forEach((value, axis) => {
        expect(Number(value.toFixed(4))).toBe(value);
        expect(Math.abs(value - (original[index]?.[axis] ?? Number.NaN))).toBeLessThanOrEqual(0.00005 + 1e-9);
      });
    });
  });

  it('does not change the geometry it is given', () => {
    const before = JSON.stringify(geometry.borders);
    basemapFile(geometry);
    expect(JSON.stringify(geometry.borders)).toBe(before);
  });
});
