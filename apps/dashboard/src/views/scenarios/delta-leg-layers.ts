import { DELTA_GREW, DELTA_SHRANK } from '../../map/delta-colors';
import type { LayerWarmUp } from '../../map/warm-layer-programs';
import type { GeoJsonLayer } from '../../ui/geojson-layer';

/**
 * The layer of the legs whose flow a scenario changed (`DeltaLegsLayer.svelte`): grew in blue, shrank in orange,
 * the width by |delta| up to `maxDelta`.
 * @param maxDelta - the largest |delta| on the map, TEU a week (at least 1)
 * @returns the layer
 * @example
 * deltaLegLayers(40)[0].id; // → 'scenario-delta-legs-line'
 */
export function deltaLegLayers(maxDelta: number): GeoJsonLayer[] {
  return [
    {
      id: 'scenario-delta-legs-line',
      type: 'line',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': ['match', ['get', 'change'], 'grew', DELTA_GREW, DELTA_SHRANK],
        'line-width': ['interpolate', ['linear'], ['abs', ['get', 'delta']], 0, 2, maxDelta, 9],
      },
    },
  ];
}

/** The changed legs' layer to compile ahead of the first run (see `warmLayerPrograms`). */
export const DELTA_LEGS_WARM_UP: LayerWarmUp = { layers: deltaLegLayers(1), properties: { change: 'grew', delta: 1 } };
