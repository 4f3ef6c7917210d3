/**
 * The engine's Web Worker: everything that computes runs here, off the page's main thread. The page reaches it
 * through {@link connectEngine}; see `engine-api.ts` for what it answers.
 */
import { prepareCountryLookup } from '@corridor/core/geo';
import { expose } from 'comlink';
import { createEngine } from './create-engine';
import type { EngineApi } from './engine-api';

const engine = createEngine();
expose({
  ...engine,
  // A user's scenario may add a service on land, whose legs' countries are looked up: the lookup (country-coder)
  // is loaded before the first such run. The page awaits every answer anyway, so this changes nothing there.
  async runScenario(...args: Parameters<EngineApi['runScenario']>) {
    if ('scenario' in args[0]) await prepareCountryLookup();
    return engine.runScenario(...args);
  },
});
