/** The bundled Fujian dataset, loaded from `data/fujian` through the loader, for tests of the core. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNetwork } from '../src/load/load-network.js';
import type { Network } from '../src/model/network.js';
import { readDatasetDirectory } from '../src/node/read-dataset-directory.js';

export const FUJIAN_DATASET_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'fujian');

export const fujianNetwork: Network = loadNetwork(readDatasetDirectory(FUJIAN_DATASET_DIR));
