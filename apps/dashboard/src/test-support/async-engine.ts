import type { AsyncEngineApi, EngineApi } from '../engine/engine-api';

/** The engine as the page sees it through comlink, without a worker: every answer a Promise. */
export function asyncEngine(engine: EngineApi): AsyncEngineApi {
  return {
    sources: async () => engine.sources(),
    summary: async () => engine.summary(),
    networkGeoJson: async () => engine.networkGeoJson(),
    terminals: async () => engine.terminals(),
    services: async () => engine.services(),
    loadFiles: (chosen, onProgress) => engine.loadFiles(chosen, onProgress),
    useBundledDataset: async () => engine.useBundledDataset(),
    searchEndpoints: async (query) => engine.searchEndpoints(query),
    endpoint: async (id) => engine.endpoint(id),
    route: async (query, costing) => engine.route(query, costing),
    pareto: async (query, costing) => engine.pareto(query, costing),
    assign: async (method, onProgress) => engine.assign(method, onProgress),
    prepareAssignment: (method) => engine.prepareAssignment(method),
    elementDetail: async (id) => engine.elementDetail(id),
    bottleneck: async (query) => engine.bottleneck(query),
    regions: async () => engine.regions(),
    scenarios: async () => engine.scenarios(),
    scenarioChoices: async () => engine.scenarioChoices(),
    presetEntry: async (id) => engine.presetEntry(id),
    checkScenario: async (scenario) => engine.checkScenario(scenario),
    runScenario: async (request, options) => engine.runScenario(request, options),
    prepareScenario: (preset, options) => engine.prepareScenario(preset, options),
  };
}
