import { type Remote, releaseProxy, wrap } from 'comlink';
import type { EngineApi } from './engine-api';

/** A running engine worker and the typed proxy to it. */
export interface EngineConnection {
  /** The engine API; every method returns a Promise. */
  readonly api: Remote<EngineApi>;
  /** Rejects if the worker fails to load or run (comlink calls would otherwise wait forever); never resolves. */
  readonly failure: Promise<never>;
  /** Stops the worker. */
  close(): void;
}

/**
 * Starts the engine in a module Web Worker.
 * @returns the connection; call `close()` when the page no longer needs it
 * @example
 * const engine = connectEngine();
 * const { counts } = await engine.api.summary();
 */
export function connectEngine(): EngineConnection {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'corridor-engine',
  });
  const api = wrap<EngineApi>(worker);
  const failure = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) =>
      reject(new Error(`engine worker failed: ${event.message || 'could not load'}`)),
    );
    worker.addEventListener('messageerror', () =>
      reject(new Error('engine worker sent a message that could not be read')),
    );
  });
  // Callers race their calls against `failure`; one that has not yet asked must not see an unhandled rejection.
  failure.catch(() => undefined);
  return {
    api,
    failure,
    close: () => {
      api[releaseProxy]();
      worker.terminate();
    },
  };
}

/**
 * Calls the engine, failing instead of waiting forever if the worker has died.
 * @param engine - the connection
 * @param call - what to ask, e.g. `(api) => api.sources()`
 * @returns the answer
 */
export function askEngine<T>(engine: EngineConnection, call: (api: Remote<EngineApi>) => Promise<T>): Promise<T> {
  return Promise.race([call(engine.api), engine.failure]);
}
