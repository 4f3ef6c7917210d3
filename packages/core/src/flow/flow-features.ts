import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import { greatCirclePath } from '../geo/great-circle-path.js';
import { type AntimeridianOptions, lineGeometry, type SplitLine } from '../geo/split-antimeridian.js';
import { unwrapLongitudes } from '../geo/unwrap-longitudes.js';
import type { LonLat, Network } from '../model/network.js';
import type { AssignmentResult, ElementFlow } from './assignment-result.js';

/** Properties of a feature of {@link flowFeatures}: the element's flow against its capacity. */
export type FlowFeatureProperties = Pick<
  ElementFlow,
  | 'id'
  | 'kind'
  | 'mode'
  | 'unit'
  | 'nameEn'
  | 'nameZh'
  | 'flowPerWeek'
  | 'backgroundPerWeek'
  | 'capacityPerWeek'
  | 'utilization'
>;

/** A feature of {@link flowFeatures}: a service leg's line, or a terminal's or border crossing's point. */
export type FlowFeature<Line extends LineString | MultiLineString = LineString | MultiLineString> = Feature<
  Line | Point,
  FlowFeatureProperties
>;

/** Drops points equal to the one before (rides meet end to end). */
function withoutRepeats(points: readonly LonLat[]): LonLat[] {
  return points.filter((point, k) => {
    const before = points[k - 1];
    return before === undefined || before[0] !== point[0] || before[1] !== point[1];
  });
}

const byFlow = (a: FlowFeature, b: FlowFeature) =>
  a.properties.flowPerWeek - b.properties.flowPerWeek || a.properties.id.localeCompare(b.properties.id);

/**
 * The flows of an assignment as GeoJSON (RFC 7946), as the utilization map draws them: for each service-leg
 * element a line along its ride edges' geometry (air legs as densified great circles, the others with
 * continuous longitudes), then for each terminal and border crossing element a point at the terminal. Every
 * feature's `id` is its element's id (`service:<id>:<leg>`, `terminal:<id>`, `border-crossing:<id>`), also in
 * its properties, with the flow, background, capacity and utilization. Lines come first, then points, each
 * sorted by flow, smallest first (ties by id), so that a map drawing them in order shows the busiest on top.
 * Elements without geometry (a leg of fewer than two distinct points, a terminal not in `network`) are left out.
 *
 * @param network - the assignment's network (for terminal positions)
 * @param result - what `assign()` returned
 * @param options - whether to cut lines at the antimeridian (default: no)
 * @returns a new FeatureCollection
 * @example
 * ```ts
 * import { assign, flowFeatures } from '@corridor/core/flow';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const result = assign(fujianNetwork, { method: 'aon' });
 * const collection = flowFeatures(fujianNetwork, result, { splitAntimeridian: true });
 * const lines = collection.features.filter((feature) => feature.geometry.type !== 'Point');
 * console.log(collection.features.length, lines.length); // → 318 238
 * const busiest = lines.reduce((a, b) => (b.properties.flowPerWeek > a.properties.flowPerWeek ? b : a));
 * console.log(busiest.properties.id, Math.round(busiest.properties.flowPerWeek), busiest.properties.unit); // → service:cosco-sea3:0 2712 teu
 * ```
 */
export function flowFeatures<O extends AntimeridianOptions = Record<never, never>>(
  network: Network,
  result: AssignmentResult,
  options?: O,
): FeatureCollection<SplitLine<O> | Point, FlowFeatureProperties> {
  const flows = new Map(result.elements.map((element) => [element.id, element]));
  const positions = new Map(network.terminals.map((terminal) => [terminal.id, terminal.position]));
  const { edges } = result.problem.prepared;
  const lines: FlowFeature<SplitLine<O>>[] = [];
  const points: FlowFeature<SplitLine<O>>[] = [];
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
      const ride = withoutRepeats(element.edges.flatMap((e) => edges[e]?.points ?? []));
      if (ride.length < 2) continue;
      const coordinates = element.mode === 'air' ? greatCirclePath(ride) : unwrapLongitudes(ride);
      lines.push({ type: 'Feature', id: flow.id, geometry: lineGeometry(coordinates, options), properties });
    } else {
      const position = element.terminalId === undefined ? undefined : positions.get(element.terminalId);
      if (position === undefined) continue;
      const coordinates = [position[0], position[1]];
      points.push({ type: 'Feature', id: flow.id, geometry: { type: 'Point', coordinates }, properties });
    }
  }
  return { type: 'FeatureCollection', features: [...lines.sort(byFlow), ...points.sort(byFlow)] };
}
