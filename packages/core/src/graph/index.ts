export { type CompiledGraph, compileGraph, edgeValues } from './compiled-graph.js';
export {
  type GenerateWorldNetworkOptions,
  generateWorldNetwork,
  WORLD_NETWORK_DEFAULTS,
  type WorldNetwork,
} from './generate-world-network.js';
