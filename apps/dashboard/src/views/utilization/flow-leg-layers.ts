import { AIR_DASH, AIR_FILTER, SURFACE_FILTER } from '../../map/network-paint';
import type { LayerWarmUp } from '../../map/warm-layer-programs';
import type { GeoJsonLayer } from '../../ui/geojson-layer';
import { FLOW_LAYER_IDS as IDS } from './flow-layer-ids';
import { flowSizeExpression, LINE_WIDTH, utilizationColorExpression } from './flow-scales';
import { FLOW_CASING_COLOR } from './utilization-colors';

const layout = { 'line-join': 'round', 'line-cap': 'round' } as const;

/**
 * The service legs' layers of a flow map (`FlowLegsLayer.svelte`): a thin dark casing under the surface legs, a
 * ring under the selected ones, then the legs (width by flow, colour by utilization), air dashed.
 * @param maxFlow - the largest leg flow on the map, for the width scale
 * @param selected - ids of the legs to ring
 * @returns the layers, bottom first
 * @example
 * flowLegLayers(1200, []).map((layer) => layer.id); // → the casing, selection, legs and air legs layers
 */
export function flowLegLayers(maxFlow: number, selected: readonly string[]): GeoJsonLayer[] {
  const width = flowSizeExpression(maxFlow, LINE_WIDTH);
  return [
    {
      id: IDS.legsCasing,
      type: 'line',
      layout,
      filter: SURFACE_FILTER,
      paint: { 'line-color': FLOW_CASING_COLOR, 'line-width': ['+', width, 1.5], 'line-opacity': 0.55 },
    },
    {
      id: IDS.legsSelected,
      type: 'line',
      layout,
      filter: ['in', ['get', 'id'], ['literal', [...selected]]],
      paint: { 'line-color': FLOW_CASING_COLOR, 'line-width': ['+', width, 6] },
    },
    {
      id: IDS.legs,
      type: 'line',
      layout,
      filter: SURFACE_FILTER,
      paint: { 'line-color': utilizationColorExpression(), 'line-width': width },
    },
    {
      id: IDS.legsAir,
      type: 'line',
      layout: { 'line-join': 'round' },
      filter: AIR_FILTER,
      paint: { 'line-color': utilizationColorExpression(), 'line-width': width, 'line-dasharray': [...AIR_DASH] },
    },
  ];
}

/** The legs' layers to compile ahead of the first run (see `warmLayerPrograms`): any flow above 0 picks them. */
export const FLOW_LEGS_WARM_UP: LayerWarmUp = {
  layers: flowLegLayers(1, []),
  properties: { id: '', mode: 'rail', flowPerWeek: 1, utilization: 0.5 },
};
