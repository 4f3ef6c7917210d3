import { describe, expect, it } from 'vitest';
import { type GeoJsonLayer, layerChanges } from './geojson-layer';

const line = (paint: Record<string, unknown>, extra: Partial<GeoJsonLayer> = {}): GeoJsonLayer =>
  ({ id: 'legs', type: 'line', paint, ...extra }) as GeoJsonLayer;

describe('layerChanges', () => {
  it('returns nothing when the layers are equal, even as new objects', () => {
    const expression = ['interpolate', ['linear'], ['zoom'], 2, 1, 8, 4];
    expect(layerChanges([line({ 'line-width': expression })], [line({ 'line-width': [...expression] })])).toEqual([]);
  });

  it('sets each paint property that differs, and unsets one left out', () => {
    expect(
      layerChanges([line({ 'line-width': 2, 'line-opacity': 0.3 })], [line({ 'line-width': 4, 'line-color': '#000' })]),
    ).toEqual([
      { kind: 'paint', layerId: 'legs', name: 'line-width', value: 4 },
      { kind: 'paint', layerId: 'legs', name: 'line-opacity', value: undefined },
      { kind: 'paint', layerId: 'legs', name: 'line-color', value: '#000' },
    ]);
  });

  it('sets a changed layout property and a changed filter, null when the filter is left out', () => {
    const before = line({}, { layout: { visibility: 'visible' }, filter: ['==', ['get', 'id'], 'a'] });
    expect(layerChanges([before], [line({}, { layout: { visibility: 'none' } })])).toEqual([
      { kind: 'layout', layerId: 'legs', name: 'visibility', value: 'none' },
      { kind: 'filter', layerId: 'legs', value: null },
    ]);
  });

  it('ignores layers that are not in both lists', () => {
    expect(layerChanges([], [line({ 'line-width': 1 })])).toEqual([]);
    expect(layerChanges([line({ 'line-width': 1 })], [])).toEqual([]);
  });
});
