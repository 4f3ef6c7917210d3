export {
  type BreadthFirstGraph,
  gatherEdgeValues,
  originalEdges,
  reorderBreadthFirst,
} from './breadth-first-graph.js';
export {
  buildRoutingGraph,
  type RoutingGraph,
  routingNodeKey,
  runKey,
  type ServiceRun,
} from './build-routing-graph.js';
export { type CompiledGraph, compileGraph, edgeValues } from './compiled-graph.js';
export {
  type GenerateWorldNetworkOptions,
  generateWorldNetwork,
  WORLD_NETWORK_DEFAULTS,
  type WorldNetwork,
} from './generate-world-network.js';
export {
  createGraphCache,
  GRAPH_CACHE_DEFAULTS,
  type GraphCache,
  type GraphCacheOptions,
  preparedGraphBytes,
} from './graph-cache.js';
export { IndexedHeap } from './indexed-heap.js';
export { type NodeFacts, nodeFacts } from './node-facts.js';
export { type PreparedGraph, prepareGraph, prepareRoutingGraph } from './prepare-graph.js';
export type { RoutingEdge, RoutingEdgeKind, RoutingNode } from './routing-edge.js';
export {
  registeredRoutingGraph,
  registerRoutingGraph,
  routingGraphJson,
} from './routing-graph-json.js';
export { type ShortestPathRunOptions, ShortestPathSearch } from './shortest-path-search.js';
