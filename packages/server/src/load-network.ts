import { loadNetwork, type Network } from '@corridor/core';
import { readDatasetDirectory } from '@corridor/core/node';
import { fujianNetwork } from '@corridor/data';

/**
 * The network a server answers on: a dataset folder of the user's (validated; a `CorridorError` lists every
 * problem) or, without one, the bundled Fujian dataset.
 *
 * @param dataDir - a dataset folder, or undefined for the bundled dataset
 * @returns the network
 */
export function loadServerNetwork(dataDir: string | undefined): Network {
  return dataDir === undefined ? fujianNetwork : loadNetwork(readDatasetDirectory(dataDir), { name: dataDir });
}
