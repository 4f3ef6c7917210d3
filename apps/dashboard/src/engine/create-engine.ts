import type { Network } from '@corridor/core/model';
import { fujianNetwork } from '@corridor/data';
import type { EngineApi } from './engine-api';
import { type OpenDataset, openDataset } from './open-dataset';
import { createRoutePlanner } from './route-planner';
import { tryLoadNetwork } from './try-load-network';

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
  };
}
