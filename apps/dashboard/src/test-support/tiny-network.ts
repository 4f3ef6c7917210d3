import { loadNetwork } from '@corridor/core/load';
import type { Network } from '@corridor/core/model';
import { TINY_DATASET_FILES } from './tiny-dataset';

/** The tiny dataset of `test/fixtures/tiny-dataset`, loaded: for unit tests only. */
export const TINY_NETWORK: Network = loadNetwork(TINY_DATASET_FILES, { name: 'tiny-dataset' });
