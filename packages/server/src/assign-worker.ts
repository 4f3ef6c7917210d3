/**
 * The worker thread that runs long answers (assignments, scenario comparisons) off the server's event loop. One
 * engine per dataset folder, opened on first use and kept, so a pool thread answers its second request without
 * reloading the dataset.
 */
import type { MessagePort } from 'node:worker_threads';
import {
  type AssignRequest,
  createEngine,
  type Engine,
  errorBody,
  type ScenarioCompareRequest,
  type ScenarioInput,
} from '@corridor/core/engine';
import { loadServerNetwork } from './load-network.js';

/** A task of the pool: which dataset, which answer, and where progress goes. */
export type WorkerTask =
  | {
      readonly kind: 'assign';
      readonly dataDir?: string;
      readonly request: AssignRequest;
      readonly progress?: MessagePort;
    }
  | {
      readonly kind: 'compare';
      readonly dataDir?: string;
      readonly scenario: ScenarioInput;
      readonly request: ScenarioCompareRequest;
      readonly progress?: MessagePort;
    };

/** What a task returns: the answer, or the engine's error shape (errors cross the thread as plain data). */
export type WorkerResult =
  | { readonly ok: true; readonly answer: unknown }
  | { readonly ok: false; readonly error: ReturnType<typeof errorBody> };

const engines = new Map<string, Engine>();

function engineFor(dataDir: string | undefined): Engine {
  const key = dataDir ?? '';
  let engine = engines.get(key);
  if (engine === undefined) {
    engine = createEngine(loadServerNetwork(dataDir));
    engines.set(key, engine);
  }
  return engine;
}

/**
 * Runs one task.
 *
 * @param task - the task
 * @returns the answer or the error, as plain data
 */
export default function runTask(task: WorkerTask): WorkerResult {
  try {
    const engine = engineFor(task.dataDir);
    if (task.kind === 'assign') {
      const answer = engine.assign(task.request, {
        onProgress: (record) =>
          task.progress?.postMessage({ iteration: record.iteration, relativeGap: record.relativeGap }),
      });
      return { ok: true, answer };
    }
    return { ok: true, answer: engine.compareScenario(task.scenario, task.request) };
  } catch (error) {
    return { ok: false, error: errorBody(error) };
  } finally {
    task.progress?.close();
  }
}
