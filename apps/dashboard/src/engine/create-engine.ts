import { prepareCountryLookup } from '@corridor/core/geo';
import { createGraphCache, type GraphCache } from '@corridor/core/graph';
import type { Network } from '@corridor/core/model';
import { fujianNetwork } from '@corridor/data';
import { releaseProxy } from 'comlink';
import type { EngineApi } from './engine-api';
import { type OpenDataset, openDataset } from './open-dataset';
import { createPreparationQueue, type Yield, yieldToMessages } from './preparation-queue';
import { planPareto, planRoute } from './route-planner';
import { createScenarioEngine } from './scenario-engine';
import { loadChosenFiles } from './upload/load-chosen-files';
import { createUtilizationEngine } from './utilization-engine';

/** Frees a progress callback the page passed through comlink (a plain function, as in tests, has nothing to free). */
function release(callback: unknown): void {
  if (typeof callback !== 'function') return;
  const free = (callback as { [releaseProxy]?: unknown })[releaseProxy];
  if (typeof free === 'function') free();
}

/**
 * Creates the worker's API over the bundled dataset. The worker exposes the result; tests call it directly.
 *
 * Each dataset is opened with one core `Engine` (`createEngine` of `@corridor/core/engine`) that its answers go
 * through; all of them compile into one graph cache, bounded for the worker. The bundled network is held for the
 * worker's whole life; a dataset loaded from the user's files replaces it as the *current* one (what every method
 * answers about) until another is loaded or the bundled one is restored.
 * @param bundled - the dataset built into the dashboard (default: Fujian, from `@corridor/data`)
 * @param graphs - the compiled graphs' cache of every dataset's engine (default: a new one)
 * @param yieldTask - how the work prepared ahead (`prepareAssignment`, `prepareScenario`) is put behind the requests
 *   queued, one step at a time (default: behind the worker's queued messages; tests pass their own)
 * @returns the engine API
 * @example
 * const engine = createEngine();
 * engine.summary().counts.terminals; // 104
 */
export function createEngine(
  bundled: Network = fujianNetwork,
  graphs: GraphCache = createGraphCache(),
  yieldTask: Yield = yieldToMessages,
): EngineApi {
  const bundledDataset = openDataset(bundled, 'bundled', graphs);
  let current: OpenDataset = bundledDataset;
  const utilization = createUtilizationEngine();
  const scenarios = createScenarioEngine();
  const preparations = createPreparationQueue(yieldTask);
  return {
    // The engine's `sources()` is this register, typed as plain sources: the page wants their categories too.
    sources: () => current.network.sources,
    summary: () => current.summary(),
    networkGeoJson: () => current.mapData(),
    terminals: () => current.terminals(),
    services: () => current.services(),
    async loadFiles(chosen, onProgress) {
      try {
        const result = await loadChosenFiles(chosen, onProgress);
        if (!result.ok) return result;
        onProgress?.({ step: 'opening' });
        // The user's land legs are looked up in country-coder's borders, loaded now, once (the bundled
        // dataset's countries are precomputed, so a visitor who never loads files never downloads them).
        await prepareCountryLookup();
        const opened = openDataset(result.network, 'loaded', graphs);
        // Built now, while the page still shows progress, rather than on its first ask.
        opened.mapData();
        opened.terminals();
        opened.services();
        current = opened;
        preparations.clear();
        return { ok: true, summary: current.summary(), fileCount: result.fileCount };
      } finally {
        release(onProgress);
      }
    },
    useBundledDataset() {
      if (current !== bundledDataset) preparations.clear();
      current = bundledDataset;
      return current.summary();
    },
    searchEndpoints: (query) => current.engine.places({ q: query }),
    endpoint: (id) => current.endpoint(id),
    route: (query, costing) => planRoute(current.costed(costing), query),
    pareto: (query, costing) => planPareto(current.costed(costing), query),
    assign(method, onProgress) {
      try {
        return utilization.assign(current, method, onProgress);
      } finally {
        release(onProgress);
      }
    },
    prepareAssignment(method) {
      const dataset = current;
      return preparations.prepare('assignment', [() => utilization.prepareAssignment(dataset, method)]);
    },
    elementDetail: (id) => utilization.elementDetail(current, id),
    bottleneck: (query) => utilization.bottleneck(current, query),
    regions: () => utilization.regions(current),
    scenarios: () => scenarios.scenarios(current.network),
    scenarioChoices: () => scenarios.scenarioChoices(current.network),
    presetEntry: (id) => scenarios.presetEntry(current.network, id),
    checkScenario: (scenario) => scenarios.checkScenario(current.network, scenario),
    runScenario: (request, options) => scenarios.runScenario(current, request, options),
    prepareScenario: (preset, options) =>
      preparations.prepare('scenario', scenarios.preparationSteps(current, preset, options)),
  };
}
