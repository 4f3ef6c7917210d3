import type { InfrastructureGraphs } from '../geo/infrastructure-graphs.js';
import type { Network, PassageId } from '../model/network.js';
import { buildRoutingGraph, type RoutingGraph, runKey, type ServiceRun } from './build-routing-graph.js';
import { type CompiledGraph, compileGraph } from './compiled-graph.js';
import { type NodeFacts, nodeFacts } from './node-facts.js';
import type { RoutingEdge } from './routing-edge.js';
import { ShortestPathSearch } from './shortest-path-search.js';

/** A routing graph compiled for search, with per-edge lookups and reusable scratch. */
export interface PreparedGraph {
  readonly routing: RoutingGraph;
  readonly compiled: CompiledGraph;
  /** Edge attributes by compiled edge id. */
  readonly edges: readonly RoutingEdge[];
  readonly isBoard: Uint8Array;
  /** The service run a `board` edge boards, by compiled edge id. */
  readonly boardRun: readonly (ServiceRun | undefined)[];
  readonly search: ShortestPathSearch;
  /** Terminal and ground country of every node, for the itinerary rules (`routing/path-rules.ts`). */
  readonly facts: NodeFacts;
}

/**
 * Builds and compiles the routing graph for a set of closed passages (edit on graphology,
 * compute on the compiled snapshot).
 *
 * @param network - a validated network
 * @param infrastructure - its infrastructure graphs
 * @param avoidPassages - passages closed to sea legs
 * @returns the prepared graph; cache it per set of passages
 * @example
 * ```ts
 * import { buildInfrastructureGraphs } from '@corridor/core/geo';
 * import { prepareGraph, routingNodeKey } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const prepared = prepareGraph(fujianNetwork, buildInfrastructureGraphs(fujianNetwork), new Set());
 * const { compiled, edges, search } = prepared;
 * const hours = Float64Array.from(edges, (edge) => edge.hours);
 * const to = compiled.nodeIndex.get(routingNodeKey.placeIn('DEDUI')) ?? 0;
 * search.run([compiled.nodeIndex.get(routingNodeKey.placeOut('CNXMN')) ?? 0], hours, { target: to });
 * console.log(compiled.nodeCount, compiled.edgeCount); // → 1209 1992
 * console.log(`fastest: ${Math.round(search.distance(to))} hours on the move, waits left out`); // → fastest: 24 hours on the move, waits left out
 * ```
 */
export function prepareGraph(
  network: Network,
  infrastructure: InfrastructureGraphs,
  avoidPassages: ReadonlySet<PassageId>,
): PreparedGraph {
  const routing = buildRoutingGraph(network, infrastructure, avoidPassages);
  const compiled = compileGraph(routing.graph);
  const edges = compiled.edgeKeys.map((key) => routing.graph.getEdgeAttributes(key));
  const isBoard = new Uint8Array(edges.map((e) => (e.kind === 'board' ? 1 : 0)));
  const boardRun = edges.map((e) =>
    e.kind === 'board' ? routing.runs.get(runKey(e.serviceId as string, e.reverse === true)) : undefined,
  );
  const facts = nodeFacts(
    routing,
    compiled,
    new Map(network.terminals.map((t) => [t.id, t.country])),
    new Map(network.places.map((p) => [p.id, p.country])),
  );
  return { routing, compiled, edges, isBoard, boardRun, search: new ShortestPathSearch(compiled), facts };
}
