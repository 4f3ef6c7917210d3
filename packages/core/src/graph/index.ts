export { type CompiledGraph, compileGraph, edgeValues } from './compiled-graph.js';
export { type GenerateWorldNetworkOptions, generateWorldNetwork } from './generate-world-network.js';
