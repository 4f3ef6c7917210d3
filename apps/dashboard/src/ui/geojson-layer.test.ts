import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { applyLayerChange, type GeoJsonLayer, layerChanges } from './geojson-layer';

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

describe('applyLayerChange', () => {
  it('sets a paint property, a layout property or a filter, each with its own map call', () => {
    const calls: unknown[][] = [];
    const map = {
      setPaintProperty: (...args: unknown[]) => calls.push(['paint', ...args]),
      setLayoutProperty: (...args: unknown[]) => calls.push(['layout', ...args]),
      setFilter: (...args: unknown[]) => calls.push(['filter', ...args]),
    } as unknown as MapLibreMap;
    applyLayerChange(map, { kind: 'paint', layerId: 'legs', name: 'line-width', value: 4 });
    applyLayerChange(map, { kind: 'layout', layerId: 'legs', name: 'visibility', value: 'none' });
    applyLayerChange(map, { kind: 'filter', layerId: 'legs', value: null });
    expect(calls).toEqual([
      ['paint', 'legs', 'line-width', 4],
      ['layout', 'legs', 'visibility', 'none'],
      ['filter', 'legs', null],
    ]);
  });
});
