/**
 * The hand-drawn test dataset of `test/fixtures/tiny-dataset` (see its README), read once from disk.
 * Valid as written; each malformed-input test breaks one thing in a copy.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatasetFiles } from '../src/load/dataset-files.js';
import { readDatasetDirectory } from '../src/node/read-dataset-directory.js';

export const TINY_DATASET_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'test',
  'fixtures',
  'tiny-dataset',
);

export const tinyDataset: DatasetFiles = readDatasetDirectory(TINY_DATASET_DIR);
