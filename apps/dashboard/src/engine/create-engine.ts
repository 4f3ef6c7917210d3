import type { Network } from '@corridor/core/model';
import { fujianNetwork } from '@corridor/data';
import { releaseProxy } from 'comlink';
import type { EngineApi } from './engine-api';
import { type OpenDataset, openDataset } from './open-dataset';
import { createRoutePlanner } from './route-planner';
import { createScenarioEngine } from './scenario-engine';
import { tryLoadNetwork } from './try-load-network';
import { createUtilizationEngine } from './utilization-engine';

/** Frees a progress callback the page passed through comlink (a plain function, as in tests, has nothing to free). */
function release(callback: unknown): void {
  if (typeof callback !== 'function') return;
  const free = (callback as { [releaseProxy]?: unknown })[releaseProxy];
  if (typeof free === 'function') free();
}

/**
 * Creates the engine over the bundled dataset. The worker exposes the result; tests call it directly.
 *
 * The engine holds the bundled network for its whole life; a dataset loaded from the user's files replaces it as
 * the *current* one (what every method answers about) until another is loaded or the bundled one is restored.
 * @param bundled - the dataset built into the dashboard (default: Fujian, from `@corridor/data`)
 * @returns the engine API
 * @example
 * const engine = createEngine();
 * engine.summary().counts.terminals; // 104
 */
export function createEngine(bundled: Network = fujianNetwork): EngineApi {
  const bundledDataset = openDataset(bundled, 'bundled');
  let current: OpenDataset = bundledDataset;
  const planner = createRoutePlanner();
  const utilization = createUtilizationEngine();
  const scenarios = createScenarioEngine();
  return {
    info: () => current.info(),
    sources: () => current.network.sources,
    summary: () => current.summary(),
    networkGeoJson: () => current.mapData(),
    terminals: () => current.terminals(),
    services: () => current.services(),
    loadDataset(files) {
      const result = tryLoadNetwork(files);
      if (!result.ok) return result;
      current = openDataset(result.network, 'loaded');
      return { ok: true, summary: current.summary() };
    },
    useBundledDataset() {
      current = bundledDataset;
      return current.summary();
    },
    endpoints: () => current.endpoints(),
    route: (query, costing) => planner.route(current.network, query, costing),
    pareto: (query, costing) => planner.pareto(current.network, query, costing),
    assign(method, onProgress) {
      try {
        return utilization.assign(current.network, method, onProgress);
      } finally {
        release(onProgress);
      }
    },
    elementDetail: (id) => utilization.elementDetail(current.network, id),
    bottleneck: (query) => utilization.bottleneck(current.network, query),
    regions: () => utilization.regions(current.network),
    scenarios: () => scenarios.scenarios(current.network),
    scenarioChoices: () => scenarios.scenarioChoices(current.network),
    presetEntry: (id) => scenarios.presetEntry(current.network, id),
    checkScenario: (scenario) => scenarios.checkScenario(current.network, scenario),
    runScenario: (request, options) => scenarios.runScenario(current.network, request, options),
  };
}
