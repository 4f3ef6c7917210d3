import { loadNetwork, type Network } from '@corridor/core';
import { readDatasetDirectory } from '@corridor/core/node';
import { fujianNetwork } from '@corridor/data';

/**
 * The network a command works on: the dataset in `dataDir` (validated; throws a CorridorError listing
 * every problem) or, without one, the bundled Fujian dataset (validated when it was built).
 */
export function loadDataset(dataDir: string | undefined): Network {
  return dataDir === undefined ? fujianNetwork : loadNetwork(readDatasetDirectory(dataDir), { name: dataDir });
}
