import type { Costing } from '../costing/costing-defaults.js';
import { edgeCriteria } from '../costing/edge-criteria.js';
import type { Shipment } from '../costing/shipment.js';
import type { InfrastructureGraphs } from '../geo/infrastructure-graphs.js';
import { buildRoutingGraph, type RoutingGraph, runKey, type ServiceRun } from '../graph/build-routing-graph.js';
import { type CompiledGraph, compileGraph } from '../graph/compiled-graph.js';
import type { RoutingEdge } from '../graph/routing-edge.js';
import type { Network, PassageId } from '../model/network.js';
import { type NodeFacts, nodeFacts } from './path-rules.js';
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
  /** Terminal and ground country of every node, for the itinerary rules (`path-rules.ts`). */
  readonly facts: NodeFacts;
}

/** The criteria of every compiled edge for one shipment. */
export interface CriteriaArrays {
  readonly hours: Float64Array;
  readonly waitHours: Float64Array;
  readonly usd: Float64Array;
  readonly co2eKg: Float64Array;
  readonly distanceKm: Float64Array;
}

/**
 * Builds and compiles the routing graph for a set of closed passages (STYLE.md 11: edit on graphology,
 * compute on the compiled snapshot).
 *
 * @param network - a validated network
 * @param infrastructure - its infrastructure graphs
 * @param avoidPassages - passages closed to sea legs
 * @returns the prepared graph; cache it per set of passages
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

/**
 * Costs every edge for a shipment, once per query (STYLE.md 13: costing apart from search).
 *
 * @param prepared - the compiled graph
 * @param shipment - TEU and tonnes
 * @param costing - resolved costing
 */
export function criteriaArrays(prepared: PreparedGraph, shipment: Shipment, costing: Costing): CriteriaArrays {
  const n = prepared.edges.length;
  const out: CriteriaArrays = {
    hours: new Float64Array(n),
    waitHours: new Float64Array(n),
    usd: new Float64Array(n),
    co2eKg: new Float64Array(n),
    distanceKm: new Float64Array(n),
  };
  prepared.edges.forEach((edge, e) => {
    const c = edgeCriteria(edge, shipment, costing);
    out.hours[e] = c.hours;
    out.waitHours[e] = c.waitHours;
    out.usd[e] = c.usd;
    out.co2eKg[e] = c.co2eKg;
    out.distanceKm[e] = c.distanceKm;
  });
  return out;
}
