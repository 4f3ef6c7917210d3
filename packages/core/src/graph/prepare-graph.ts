import type { InfrastructureGraphs } from '../geo/infrastructure-graphs.js';
import type { Network, PassageId } from '../model/network.js';
import { buildRoutingGraph, type RoutingGraph, runKey, type ServiceRun } from './build-routing-graph.js';
import { type CompiledGraph, compileGraph } from './compiled-graph.js';
import { type NodeFacts, nodeFacts } from './node-facts.js';
import type { RoutingEdge, RoutingNode } from './routing-edge.js';
import { ShortestPathSearch } from './shortest-path-search.js';

/** A routing graph compiled for search, with per-edge lookups and reusable scratch. */
export interface PreparedGraph {
  /**
   * The routing graph on graphology. Searches read the arrays below instead; for a graph read back from a
   * dataset's build (`registerRoutingGraph`), the graphology graph is only built when first asked for.
   */
  readonly routing: RoutingGraph;
  readonly compiled: CompiledGraph;
  /** Node attributes by compiled node id. */
  readonly nodes: readonly RoutingNode[];
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
 * console.log(compiled.nodeCount, compiled.edgeCount); // → 1237 2032
 * console.log(`fastest: ${Math.round(search.distance(to))} hours on the move, waits left out`); // → fastest: 24 hours on the move, waits left out
 * ```
 */
export function prepareGraph(
  network: Network,
  infrastructure: InfrastructureGraphs,
  avoidPassages: ReadonlySet<PassageId>,
): PreparedGraph {
  return prepareRoutingGraph(network, buildRoutingGraph(network, infrastructure, avoidPassages));
}

/**
 * Compiles a routing graph already built (or read back, `registeredRoutingGraph`) for search.
 *
 * @param network - the validated network the graph was built from
 * @param routing - its routing graph
 * @returns the prepared graph
 * @example
 * ```ts
 * import { prepareRoutingGraph, registeredRoutingGraph } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const routing = registeredRoutingGraph(fujianNetwork); // the bundled dataset ships its open graph
 * if (routing !== undefined) console.log(prepareRoutingGraph(fujianNetwork, routing).compiled.nodeCount > 1000); // → true
 * ```
 */
export function prepareRoutingGraph(network: Network, routing: RoutingGraph): PreparedGraph {
  const compiled = compileGraph(routing.graph);
  const nodes = compiled.nodeKeys.map((key) => routing.graph.getNodeAttributes(key));
  const edges = compiled.edgeKeys.map((key) => routing.graph.getEdgeAttributes(key));
  return preparedGraphOf(network, routing, compiled, nodes, edges);
}

/**
 * A prepared graph from its compiled parts: what {@link prepareRoutingGraph} compiles, or what
 * `readRoutingGraphJson` reads back without building graphology first.
 */
export function preparedGraphOf(
  network: Network,
  routing: RoutingGraph,
  compiled: CompiledGraph,
  nodes: readonly RoutingNode[],
  edges: readonly RoutingEdge[],
): PreparedGraph {
  const isBoard = new Uint8Array(edges.map((e) => (e.kind === 'board' ? 1 : 0)));
  const boardRun = edges.map((e) =>
    e.kind === 'board' ? routing.runs.get(runKey(e.serviceId as string, e.reverse === true)) : undefined,
  );
  const facts = nodeFacts(
    nodes,
    edges,
    new Map(network.terminals.map((t) => [t.id, t.country])),
    new Map(network.places.map((p) => [p.id, p.country])),
  );
  return { routing, compiled, nodes, edges, isBoard, boardRun, search: new ShortestPathSearch(compiled), facts };
}
