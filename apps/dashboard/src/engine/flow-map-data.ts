import { type AssignmentResult, flowFeatures } from '@corridor/core/flow';
import type { Network } from '@corridor/core/model';
import type { Feature, LineString, Point } from 'geojson';
import type { FlowFeatureProperties, FlowMapData } from './utilization-api';

/**
 * The flow map of an assignment, split into the two layers the map draws: `flowFeatures` of
 * `@corridor/core/flow` (lines continuous across the antimeridian, sorted by flow so that the busiest are drawn
 * on top), its service-leg lines and its terminal and border-crossing points.
 * @param result - an assignment
 * @param network - its network (for terminal positions)
 * @returns the two collections
 * @example
 * flowMapData(assign(fujianNetwork), fujianNetwork).legs.features.at(-1)?.properties.id; // the busiest leg
 */
export function flowMapData(result: AssignmentResult, network: Network): FlowMapData {
  const legs: Feature<LineString, FlowFeatureProperties>[] = [];
  const nodes: Feature<Point, FlowFeatureProperties>[] = [];
  for (const feature of flowFeatures(network, result).features) {
    const { geometry } = feature;
    if (geometry.type === 'Point') nodes.push({ ...feature, geometry });
    else legs.push({ ...feature, geometry });
  }
  return {
    legs: { type: 'FeatureCollection', features: legs },
    nodes: { type: 'FeatureCollection', features: nodes },
  };
}
