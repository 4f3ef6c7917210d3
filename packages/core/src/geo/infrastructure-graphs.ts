import { UndirectedGraph } from 'graphology';
import type { GaugeMm, LonLat, Network, PassageId } from '../model/network.js';
import { pathLengthKm } from './great-circle-path.js';

/** One way of the infrastructure: a sea lane, a rail track or a road link, between two nodes. */
export interface WayAttributes {
  /** The lane, track or road link id. */
  readonly id: string;
  /** The nodes it joins, in the order its points run. */
  readonly ends: readonly [string, string];
  /**
   * Length used for distance, time, cost and emissions, km: along its geometry for sea lanes, great
   * circle × detour factor for road links, and for rail tracks the published route km when the track
   * gives one (docs/dataset-format.md), else the drawn line.
   */
  readonly lengthKm: number;
  /** Its points from `ends[0]` to `ends[1]`: ends and shape points. */
  readonly points: readonly LonLat[];
  readonly passages: readonly PassageId[];
  readonly gaugeMm?: GaugeMm;
}

/** The node attributes: where the node is. */
export interface NodeAttributes {
  readonly position: LonLat;
}

/** One mode's infrastructure as an undirected graphology graph: nodes are terminals and waypoints, edges ways. */
export type WayGraph = UndirectedGraph<NodeAttributes, WayAttributes>;

/** The infrastructure of a network as one graph per mode (air needs none: its legs are great circles). */
export interface InfrastructureGraphs {
  readonly sea: WayGraph;
  readonly rail: WayGraph;
  readonly road: WayGraph;
}

function positions(network: Network): Map<string, LonLat> {
  return new Map<string, LonLat>([
    ...network.places.map((p) => [p.id, p.position] as const),
    ...network.terminals.map((t) => [t.id, t.position] as const),
    ...network.seaWaypoints.map((w) => [w.id, w.position] as const),
    ...network.railJunctions.map((j) => [j.id, j.position] as const),
  ]);
}

function addWay(
  graph: WayGraph,
  where: Map<string, LonLat>,
  way: Omit<WayAttributes, 'points' | 'lengthKm'> & {
    via: readonly LonLat[];
    detourFactor?: number;
    /** A length that wins over the drawn line's (a rail track's route km). */
    routeKm?: number;
  },
): void {
  const [from, to] = way.ends;
  const a = where.get(from) as LonLat;
  const b = where.get(to) as LonLat;
  for (const [node, position] of [
    [from, a],
    [to, b],
  ] as const) {
    if (!graph.hasNode(node)) graph.addNode(node, { position });
  }
  const points = [a, ...way.via, b];
  const lengthKm = way.routeKm ?? pathLengthKm(points) * (way.detourFactor ?? 1);
  const existing = graph.edge(from, to);
  // Two ways between the same nodes: the routing graph keeps the shorter, as a ship or train would.
  if (existing !== undefined) {
    if (graph.getEdgeAttribute(existing, 'lengthKm') <= lengthKm) return;
    graph.dropEdge(existing);
  }
  const attributes: WayAttributes = {
    id: way.id,
    ends: way.ends,
    lengthKm,
    points,
    passages: way.passages,
    ...(way.gaugeMm === undefined ? {} : { gaugeMm: way.gaugeMm }),
  };
  graph.addUndirectedEdgeWithKey(way.id, from, to, attributes);
}

/**
 * Builds the sea-lane, rail-track and road graphs of a validated network, with lengths derived from
 * geometry — except a rail track's published route km, which wins over its drawn line (the line stays as
 * the way's points, for the map). Nodes are added in file order, so the graphs — and every search on them — are deterministic.
 *
 * @param network - a network from `loadNetwork`
 * @returns one undirected graph per mode, keyed by node id, edges keyed by way id
 * @example
 * ```ts
 * import { buildInfrastructureGraphs } from '@corridor/core/geo';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const { sea, rail, road } = buildInfrastructureGraphs(fujianNetwork);
 * console.log(sea.order, rail.order, road.order); // → 111 107 159
 * console.log(sea.hasNode('xmn_port_haicang')); // → true
 * ```
 */
export function buildInfrastructureGraphs(network: Network): InfrastructureGraphs {
  const where = positions(network);
  const sea: WayGraph = new UndirectedGraph();
  const rail: WayGraph = new UndirectedGraph();
  const road: WayGraph = new UndirectedGraph();
  for (const lane of network.seaLanes) {
    addWay(sea, where, { id: lane.id, ends: [lane.from, lane.to], via: lane.via, passages: lane.passages });
  }
  for (const track of network.railTracks) {
    addWay(rail, where, {
      id: track.id,
      ends: [track.from, track.to],
      via: track.via,
      passages: [],
      gaugeMm: track.gaugeMm,
      ...(track.routeKm === undefined ? {} : { routeKm: track.routeKm }),
    });
  }
  for (const link of network.roadLinks) {
    addWay(road, where, {
      id: link.id,
      ends: [link.from, link.to],
      via: [],
      passages: [],
      detourFactor: link.detourFactor,
    });
  }
  return { sea, rail, road };
}
