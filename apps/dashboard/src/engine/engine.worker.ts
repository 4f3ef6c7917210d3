/**
 * The engine's Web Worker: everything that computes runs here, off the page's main thread. The page reaches it
 * through {@link connectEngine}; see `engine-api.ts` for what it answers.
 */
import { expose } from 'comlink';
import { createEngine } from './create-engine';

expose(createEngine());
