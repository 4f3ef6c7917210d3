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
export type { RoutingEdge, RoutingEdgeKind, RoutingNode } from './routing-edge.js';
