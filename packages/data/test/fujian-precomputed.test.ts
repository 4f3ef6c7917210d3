// The countries along the bundled dataset's land legs are precomputed by scripts/build-dataset.mjs, so that routing
// it never loads country-coder (issue 16). These check the table against a fresh computation, and that it covers
// every graph the dataset's own queries and scenarios build.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNetwork } from '@corridor/core';
import { buildInfrastructureGraphs, legCountriesTable, setCountryLookup } from '@corridor/core/geo';
import { buildRoutingGraph } from '@corridor/core/graph';
import type { Network } from '@corridor/core/model';
import { readDatasetDirectory } from '@corridor/core/node';
import { applyScenario } from '@corridor/core/scenario';
import { afterEach, describe, expect, it } from 'vitest';
import { fujianLegCountries } from '../src/generated/fujian-leg-countries.js';

const datasetDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'fujian');

/** Builds the graphs of the open network and of every scenario of the dataset. */
function buildEveryGraph(network: Network): void {
  buildRoutingGraph(network, buildInfrastructureGraphs(network));
  for (const scenario of network.scenarios) {
    const applied = applyScenario(network, scenario);
    buildRoutingGraph(applied.network, buildInfrastructureGraphs(applied.network), applied.avoidPassages);
  }
}

afterEach(() => setCountryLookup(undefined));

describe('the precomputed countries of the Fujian land legs', () => {
  it('equal the ones country-coder gives for a fresh load of data/fujian', () => {
    // This file does not import the bundled module, so nothing is registered: every leg is looked up.
    const network = loadNetwork(readDatasetDirectory(datasetDir), { name: 'data/fujian' });
    buildEveryGraph(network);
    expect(legCountriesTable()).toEqual(fujianLegCountries);
  });

  it('cover every graph of the bundled network and its scenarios, with no lookup at all', async () => {
    const { fujianNetwork } = await import('../src/index.js');
    setCountryLookup(() => {
      throw new Error('a Fujian land leg was looked up');
    });
    expect(() => buildEveryGraph(fujianNetwork)).not.toThrow();
  });
});
