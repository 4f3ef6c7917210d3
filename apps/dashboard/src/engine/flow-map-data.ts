import type { AssignmentResult } from '@corridor/core/flow';
import { greatCirclePath } from '@corridor/core/geo';
import type { LonLat, Network } from '@corridor/core/model';
import type { Feature, LineString, Point, Position } from 'geojson';
import type { FlowFeatureProperties, FlowMapData } from './utilization-api';

/**
 * Makes longitudes continuous along a line: wherever one step jumps by more than 180°, the rest of the line is
 * shifted by 360° the other way, so that a line across the Pacific is drawn across it (longitudes may pass ±180°,
 * which MapLibre accepts) instead of across the whole map.
 * @param points - `[lon, lat]` in degrees, in order
 * @returns a new array of the same length
 * @example
 * unwrapLongitudes([[170, 0], [-170, 0]]); // [[170, 0], [190, 0]]
 */
export function unwrapLongitudes(points: readonly LonLat[]): Position[] {
  const out: Position[] = [];
  let offset = 0;
  let previous: number | undefined;
  for (const [lon, lat] of points) {
    if (previous !== undefined) {
      const step = lon - previous;
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    previous = lon;
    out.push([lon + offset, lat]);
  }
  return out;
}

/** Drops points equal to the one before (rides meet end to end). */
function withoutRepeats(points: readonly LonLat[]): LonLat[] {
  return points.filter((point, k) => {
    const before = points[k - 1];
    return before === undefined || before[0] !== point[0] || before[1] !== point[1];
  });
}

/**
 * The flow map of an assignment: for each service-leg element, a line along its ride edges' geometry (air legs
 * as densified great circles); for each terminal and border crossing with a capacity, a point at the terminal.
 * Every feature carries the element's flow, capacity and utilization; each collection is sorted by flow, smallest
 * first, so that the busiest are drawn on top.
 * @param result - an assignment
 * @param network - its network (for terminal positions)
 * @returns the two collections
 */
export function flowMapData(result: AssignmentResult, network: Network): FlowMapData {
  const flows = new Map(result.elements.map((element) => [element.id, element]));
  const positions = new Map(network.terminals.map((terminal) => [terminal.id, terminal.position]));
  const { edges } = result.problem.prepared;
  const legs: Feature<LineString, FlowFeatureProperties>[] = [];
  const nodes: Feature<Point, FlowFeatureProperties>[] = [];
  for (const element of result.problem.elements) {
    const flow = flows.get(element.id);
    if (flow === undefined) continue;
    const properties: FlowFeatureProperties = {
      id: flow.id,
      kind: flow.kind,
      mode: flow.mode,
      unit: flow.unit,
      nameEn: flow.nameEn,
      nameZh: flow.nameZh,
      flowPerWeek: flow.flowPerWeek,
      backgroundPerWeek: flow.backgroundPerWeek,
      capacityPerWeek: flow.capacityPerWeek,
      utilization: flow.utilization,
    };
    if (element.kind === 'service-leg') {
      const points = withoutRepeats(element.edges.flatMap((e) => edges[e]?.points ?? []));
      if (points.length < 2) continue;
      const coordinates =
        element.mode === 'air' ? greatCirclePath(points).map(([lon, lat]) => [lon, lat]) : unwrapLongitudes(points);
      legs.push({ type: 'Feature', geometry: { type: 'LineString', coordinates }, properties });
    } else {
      const position = element.terminalId === undefined ? undefined : positions.get(element.terminalId);
      if (position === undefined) continue;
      nodes.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [...position] }, properties });
    }
  }
  const byFlow = (a: Feature<LineString | Point, FlowFeatureProperties>, b: typeof a) =>
    a.properties.flowPerWeek - b.properties.flowPerWeek || a.properties.id.localeCompare(b.properties.id);
  legs.sort(byFlow);
  nodes.sort(byFlow);
  return {
    legs: { type: 'FeatureCollection', features: legs },
    nodes: { type: 'FeatureCollection', features: nodes },
  };
}
