import { dijkstra } from 'graphology-shortest-path';
import type { LonLat, PassageId } from '../model/network.js';
import type { WayAttributes, WayGraph } from './infrastructure-graphs.js';

/** A path through the infrastructure of one mode, with what it is made of. */
export interface InfrastructurePath {
  /** Node ids from origin to destination. */
  readonly nodes: readonly string[];
  /** Way ids (lanes, tracks, road links) in order. */
  readonly ways: readonly string[];
  readonly distanceKm: number;
  /** Passages used, in order of first use, without repeats. */
  readonly passages: readonly PassageId[];
  /** Points from origin to destination (ends and shape points, not densified). */
  readonly points: readonly LonLat[];
}

/** Options of a shortest infrastructure path. */
export interface PathOptions {
  /** Passages the path may not use. */
  readonly avoidPassages?: ReadonlySet<PassageId>;
  /** Nodes the path may not pass *through* (it may still start or end at them). */
  readonly closedNodes?: ReadonlySet<string>;
}

/**
 * The shortest path between two nodes of an infrastructure graph (graphology-shortest-path, bidirectional
 * Dijkstra on length), honouring avoided passages and closed nodes.
 *
 * @param graph - a graph from `buildInfrastructureGraphs`
 * @param from - origin node id
 * @param to - destination node id
 * @param options - passages to avoid, nodes not to pass through
 * @returns the path, or `undefined` when none exists (no route is a value, not an error)
 * @example
 * ```ts
 * import { buildInfrastructureGraphs, infrastructurePath } from '@corridor/core/geo';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const { sea } = buildInfrastructureGraphs(fujianNetwork);
 * const viaSuez = infrastructurePath(sea, 'xmn_port_haicang', 'rtm_port');
 * console.log(Math.round(viaSuez?.distanceKm ?? 0), viaSuez?.passages); // → 18665 [ 'singapore-strait', 'malacca', 'bab-el-mandeb', 'suez', 'gibraltar', 'dover' ]
 * const viaCape = infrastructurePath(sea, 'xmn_port_haicang', 'rtm_port', { avoidPassages: new Set(['suez'] as const) });
 * console.log(Math.round(viaCape?.distanceKm ?? 0), viaCape?.passages); // → 25001 [ 'sunda', 'cape-of-good-hope', 'dover' ]
 * ```
 */
export function infrastructurePath(
  graph: WayGraph,
  from: string,
  to: string,
  options: PathOptions = {},
): InfrastructurePath | undefined {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return undefined;
  const avoid = options.avoidPassages ?? new Set<PassageId>();
  const closed = options.closedNodes ?? new Set<string>();
  const blocked = (way: WayAttributes) =>
    way.passages.some((passage) => avoid.has(passage)) ||
    way.ends.some((end) => end !== from && end !== to && closed.has(end));
  const weight = (_edge: string, way: WayAttributes) => (blocked(way) ? Number.POSITIVE_INFINITY : way.lengthKm);
  const nodes = from === to ? [from] : dijkstra.bidirectional(graph, from, to, weight);
  if (nodes === null || nodes === undefined) return undefined;
  const ways: string[] = [];
  const points: LonLat[] = [graph.getNodeAttribute(from, 'position')];
  const passages: PassageId[] = [];
  let distanceKm = 0;
  for (let i = 1; i < nodes.length; i++) {
    const a = nodes[i - 1] as string;
    const b = nodes[i] as string;
    const edge = graph.edge(a, b) as string;
    const way = graph.getEdgeAttributes(edge);
    if (blocked(way)) return undefined; // only blocked ways were left: there is no path
    ways.push(way.id);
    distanceKm += way.lengthKm;
    const forward = way.ends[0] === a ? way.points : [...way.points].reverse();
    points.push(...forward.slice(1));
    for (const passage of way.passages) if (!passages.includes(passage)) passages.push(passage);
  }
  return { nodes, ways, distanceKm, passages, points };
}
