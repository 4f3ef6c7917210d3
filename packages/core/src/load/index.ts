export { MAX_LAND_POINT_OFFSHORE_KM, MAX_PORT_DISTANCE_FROM_COAST_KM, ROUTE_KM_PER_DRAWN_KM } from './check-network.js';
export { checkScenarios, type ParseScenarioOptions, parseScenario } from './check-scenarios.js';
export { escapeControlCharacters, textProblem } from './check-text.js';
export { DATASET_FILES, type DatasetFiles } from './dataset-files.js';
export { DATASET_LIMITS } from './dataset-limits.js';
export { type LoadOptions, type LoadProgress, loadNetwork, REQUIRED_FILES } from './load-network.js';
export { createNetworkLookup, type Location, type NetworkLookup, normalizeName } from './network-lookup.js';
export { describeRange, inRange, PLAUSIBLE_RANGES, type PlausibleRange } from './plausible-ranges.js';
