import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFiles } from '../load/dataset-files.js';
import { CorridorError } from '../model/corridor-error.js';

/**
 * Reads every file of a dataset folder (Node only; the browser passes files it was given).
 *
 * @param dir - the folder, e.g. `data/fujian`
 * @returns the text of each regular file in it, by name, in name order
 * @throws CorridorError `invalid-argument` when the folder does not exist or is not a folder
 */
export function readDatasetDirectory(dir: string): DatasetFiles {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new CorridorError('invalid-argument', `dataset folder "${dir}" does not exist or is not a folder`, [
      { file: dir, message: 'not a folder', fix: 'give the path of a folder holding dataset.json, terminals.csv, …' },
    ]);
  }
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isFile()) files[name] = readFileSync(path, 'utf8');
  }
  return files;
}
