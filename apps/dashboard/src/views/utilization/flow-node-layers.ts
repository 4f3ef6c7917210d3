import type { LayerWarmUp } from '../../map/warm-layer-programs';
import type { GeoJsonLayer } from '../../ui/geojson-layer';
import { FLOW_LAYER_IDS as IDS } from './flow-layer-ids';
import { CIRCLE_RADIUS, flowSizeExpression, utilizationColorExpression } from './flow-scales';
import { FLOW_CASING_COLOR, FLOW_NODE_STROKE_COLOR } from './utilization-colors';

/**
 * The terminals' and crossings' layers of a flow map (`FlowNodesLayer.svelte`): a dark ring under the selected
 * one, then circles sized by flow and coloured by utilization, ringed in white.
 * @param maxFlow - the largest terminal flow on the map, for the radius scale
 * @param selected - the selected element's id, if any
 * @returns the layers, bottom first
 * @example
 * flowNodeLayers(900, null).map((layer) => layer.type); // → ['circle', 'circle']
 */
export function flowNodeLayers(maxFlow: number, selected: string | null): GeoJsonLayer[] {
  const radius = flowSizeExpression(maxFlow, CIRCLE_RADIUS);
  return [
    {
      id: IDS.nodesSelected,
      type: 'circle',
      filter: ['==', ['get', 'id'], selected ?? ''],
      paint: { 'circle-radius': ['+', radius, 5], 'circle-color': FLOW_CASING_COLOR },
    },
    {
      id: IDS.nodes,
      type: 'circle',
      paint: {
        'circle-radius': radius,
        'circle-color': utilizationColorExpression(),
        'circle-stroke-color': FLOW_NODE_STROKE_COLOR,
        'circle-stroke-width': 1.5,
      },
    },
  ];
}

/** The terminals' layers to compile ahead of the first run (see `warmLayerPrograms`). */
export const FLOW_NODES_WARM_UP: LayerWarmUp = {
  layers: flowNodeLayers(1, null),
  properties: { id: '', flowPerWeek: 1, utilization: 0.5 },
};
