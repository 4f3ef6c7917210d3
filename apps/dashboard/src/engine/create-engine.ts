import type { Source } from '@corridor/core/model';
import { fujianSources } from '@corridor/data';
import type { EngineApi, EngineInfo } from './engine-api';

/**
 * Creates the engine over a dataset. The worker exposes the result; tests call it directly.
 * @param sources - the source register (default: the bundled Fujian dataset)
 * @returns the engine API
 * @example
 * createEngine().info().sourceCount; // 195
 */
export function createEngine(sources: readonly Source[] = fujianSources): EngineApi {
  const info: EngineInfo = {
    engine: '@corridor/core',
    dataset: '@corridor/data (Fujian)',
    sourceCount: sources.length,
    categories: [...new Set(sources.map((source) => source.category))],
  };
  return {
    info: () => info,
    sources: () => sources,
  };
}
