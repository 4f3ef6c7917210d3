/**
 * The Fujian corridors dataset, validated and compiled from `data/fujian` at build time.
 * @packageDocumentation
 */
import type { RegisteredSource } from '@corridor/core/model';
import { fujianNetwork } from './generated/fujian-network.js';

export { fujianNetwork };

/** The source register behind every figure of the dataset. */
export const fujianSources: readonly RegisteredSource[] = fujianNetwork.sources;
