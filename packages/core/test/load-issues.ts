/** What `loadNetwork` refuses in a dataset: the issues of its one `CorridorError`, or none when it loads. */
import type { DatasetFiles } from '../src/load/dataset-files.js';
import { loadNetwork } from '../src/load/load-network.js';
import { CorridorError, type InputIssue } from '../src/model/corridor-error.js';

export function issuesOf(files: DatasetFiles | Record<string, string>): InputIssue[] {
  try {
    loadNetwork(files);
  } catch (error) {
    if (error instanceof CorridorError) return [...error.issues];
    throw error;
  }
  return [];
}
