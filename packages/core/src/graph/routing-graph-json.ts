import { DirectedGraph } from 'graphology';
import { CORE_VERSION } from '../model/core-version.js';
import { CorridorError } from '../model/corridor-error.js';
import type { Network } from '../model/network.js';
import type { RoutingGraph, ServiceRun } from './build-routing-graph.js';
import type { CompiledGraph } from './compiled-graph.js';
import { type PreparedGraph, preparedGraphOf } from './prepare-graph.js';
import type { RoutingEdge, RoutingNode } from './routing-edge.js';

/** A routing graph with no passage closed, as {@link routingGraphJson} writes it. */
interface RoutingGraphRecord {
  /** The `@corridor/core` version that built it: another version ignores it ({@link registerRoutingGraph}). */
  readonly coreVersion: string;
  /** Nodes in graphology's order: key and attributes. */
  readonly nodes: readonly (readonly [string, RoutingNode])[];
  /** Edges in the order they were added: key, source and target (as node indexes) and attributes. */
  readonly edges: readonly (readonly [string, number, number, RoutingEdge])[];
  readonly runs: readonly (readonly [string, ServiceRun])[];
  readonly suspendedServices: readonly string[];
}

/** Registered graphs, as JSON text: each use parses its own copy, so no two graphs share attribute objects. */
const registered = new WeakMap<Network, string>();

/**
 * Writes the routing graph of a network with no passage closed as JSON, for a build script to ship beside the
 * network and {@link registerRoutingGraph} to read back: building the Fujian graph is most of the time a first
 * route takes from cold.
 *
 * @param routing - `buildRoutingGraph(network, graphs)` with no passage avoided
 * @returns JSON text (deterministic: the graph's own order, which the build follows in file order)
 * @throws CorridorError `invalid-argument` for a graph built with passages avoided (only the open network is kept)
 * @example
 * ```ts
 * import { buildInfrastructureGraphs } from '@corridor/core/geo';
 * import { buildRoutingGraph, routingGraphJson } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const json = routingGraphJson(buildRoutingGraph(fujianNetwork, buildInfrastructureGraphs(fujianNetwork)));
 * console.log(JSON.parse(json).nodes.length > 1000); // → true
 * ```
 */
export function routingGraphJson(routing: RoutingGraph): string {
  if (routing.avoidedPassages.length > 0) {
    throw new CorridorError(
      'invalid-argument',
      `routingGraphJson: the graph avoids ${routing.avoidedPassages.join(', ')}; only the open network's graph is ` +
        'written (a closure changes the graph, and a scenario builds its own)',
    );
  }
  const { graph } = routing;
  const nodeIndex = new Map(graph.nodes().map((key, i) => [key, i]));
  const record: RoutingGraphRecord = {
    coreVersion: CORE_VERSION,
    nodes: graph.mapNodes((key, attributes) => [key, attributes]),
    edges: graph.mapEdges((key, attributes, source, target) => [
      key,
      nodeIndex.get(source) as number,
      nodeIndex.get(target) as number,
      attributes,
    ]),
    runs: [...routing.runs],
    suspendedServices: routing.suspendedServices,
  };
  return JSON.stringify(record);
}

/**
 * Registers the routing graph of a network's open network, as {@link routingGraphJson} wrote it at build time:
 * `@corridor/data` registers the bundled dataset's, so that its first route reads the graph instead of building
 * it. Held for that network object only. JSON written by another version of `@corridor/core` is ignored (the
 * graph is then built as for any network).
 *
 * @param network - the network object the graph was built from (keep it unchanged)
 * @param json - the text {@link routingGraphJson} returned for it
 * @returns the network, for `const network = registerRoutingGraph({ ... }, json)`
 * @example
 * ```ts
 * import { buildInfrastructureGraphs } from '@corridor/core/geo';
 * import { buildRoutingGraph, registerRoutingGraph, registeredRoutingGraph, routingGraphJson } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const network = { ...fujianNetwork }; // a network object of its own, with nothing registered yet
 * const json = routingGraphJson(buildRoutingGraph(network, buildInfrastructureGraphs(network)));
 * registerRoutingGraph(network, json); // what a build script wrote out, read back
 * console.log(registeredRoutingGraph(network)?.graph.order === JSON.parse(json).nodes.length); // → true
 * ```
 */
export function registerRoutingGraph<N extends Network>(network: N, json: string): N {
  // The version is read from the text's head (JSON.stringify puts `coreVersion` first), not by parsing 1 MB.
  if (json.startsWith(`{"coreVersion":${JSON.stringify(CORE_VERSION)},`)) registered.set(network, json);
  return network;
}

/** The graphology graph of a record: its nodes, then its edges, in their order (so it exports as it was written). */
function graphOf(record: RoutingGraphRecord): DirectedGraph<RoutingNode, RoutingEdge> {
  const graph = new DirectedGraph<RoutingNode, RoutingEdge>();
  for (const [key, attributes] of record.nodes) graph.addNode(key, attributes);
  for (const [key, source, target, attributes] of record.edges) {
    graph.addDirectedEdgeWithKey(key, record.nodes[source]?.[0], record.nodes[target]?.[0], attributes);
  }
  return graph;
}

/**
 * The routing graph registered for a network ({@link registerRoutingGraph}), read into a graph of its own on each
 * call; `undefined` when none is (or it came from another version of `@corridor/core`).
 *
 * @param network - a network
 * @returns a new routing graph with no passage avoided, or `undefined`
 * @example
 * ```ts
 * import { registeredRoutingGraph } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * console.log(registeredRoutingGraph(fujianNetwork)?.suspendedServices.length); // → 0
 * ```
 */
export function registeredRoutingGraph(network: Network): RoutingGraph | undefined {
  const json = registered.get(network);
  if (json === undefined) return undefined;
  const record = JSON.parse(json) as RoutingGraphRecord;
  return {
    graph: graphOf(record),
    runs: new Map(record.runs),
    suspendedServices: record.suspendedServices,
    avoidedPassages: [],
  };
}

/**
 * The prepared graph of a network's registered routing graph, compiled straight from the JSON: graphology's
 * graph is built only when something asks for `routing.graph` (the searches read the arrays). The compiled order
 * is `compileGraph`'s — nodes in graphology's order, each node's out-edges in the order they were added, which is
 * graphology's outbound order for a directed graph whose keys are never integers — as a test checks against
 * `prepareRoutingGraph`.
 *
 * @param network - a network
 * @returns the prepared graph with no passage avoided, or `undefined` when none is registered
 */
export function readRegisteredGraph(network: Network): PreparedGraph | undefined {
  const json = registered.get(network);
  if (json === undefined) return undefined;
  const record = JSON.parse(json) as RoutingGraphRecord;
  const nodeCount = record.nodes.length;
  const edgeCount = record.edges.length;
  const offsets = new Uint32Array(nodeCount + 1);
  for (const [, source] of record.edges) (offsets[source + 1] as number)++;
  for (let u = 0; u < nodeCount; u++) offsets[u + 1] = (offsets[u + 1] as number) + (offsets[u] as number);
  const next = offsets.slice(0, nodeCount);
  const targets = new Uint32Array(edgeCount);
  const sources = new Uint32Array(edgeCount);
  const edgeKeys: string[] = new Array(edgeCount);
  const edges: RoutingEdge[] = new Array(edgeCount);
  for (const [key, source, target, attributes] of record.edges) {
    const e = (next[source] as number)++;
    targets[e] = target;
    sources[e] = source;
    edgeKeys[e] = key;
    edges[e] = attributes;
  }
  const nodeKeys = record.nodes.map(([key]) => key);
  const compiled: CompiledGraph = {
    nodeCount,
    edgeCount,
    offsets,
    targets,
    sources,
    nodeKeys,
    edgeKeys,
    nodeIndex: new Map(nodeKeys.map((key, n) => [key, n])),
  };
  let graph: DirectedGraph<RoutingNode, RoutingEdge> | undefined;
  const routing: RoutingGraph = {
    get graph() {
      graph ??= graphOf(record);
      return graph;
    },
    runs: new Map(record.runs),
    suspendedServices: record.suspendedServices,
    avoidedPassages: [],
  };
  return preparedGraphOf(
    network,
    routing,
    compiled,
    record.nodes.map(([, attributes]) => attributes),
    edges,
  );
}
