/**
 * The API of the engine worker, shared by the worker (which implements it) and the page (which calls it through
 * comlink, where every method returns a Promise of the same value).
 */
import type { Source } from '@corridor/core/model';

export type { Source };

/** What the engine has loaded. */
export interface EngineInfo {
  /** The library doing the work. */
  readonly engine: '@corridor/core';
  /** The bundled dataset. */
  readonly dataset: '@corridor/data (Fujian)';
  /** Entries in the dataset's source register. */
  readonly sourceCount: number;
  /** Register sections in first-seen order, e.g. `Rail / CR Express`. */
  readonly categories: readonly string[];
}

/** Everything the page may ask the engine. */
export interface EngineApi {
  /** Summarises what the engine has loaded. */
  info(): EngineInfo;
  /** Returns the dataset's source register, in register order. */
  sources(): readonly Source[];
}
