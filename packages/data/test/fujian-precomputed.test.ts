// What scripts/build-dataset.mjs precomputes so that the bundled dataset's first route is quick (issue 16): the
// countries along its land legs (so routing it never loads country-coder) and its services' open-network legs.
// These check each table against a fresh computation from data/fujian, and that the countries cover every graph
// the dataset's own queries and scenarios build.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNetwork } from '@corridor/core';
import { buildInfrastructureGraphs, legCountriesTable, serviceLegs, setCountryLookup } from '@corridor/core/geo';
import { buildRoutingGraph } from '@corridor/core/graph';
import type { Network } from '@corridor/core/model';
import { readDatasetDirectory } from '@corridor/core/node';
import { applyScenario } from '@corridor/core/scenario';
import { afterEach, describe, expect, it } from 'vitest';
import { fujianLegCountries } from '../src/generated/fujian-leg-countries.js';
import { fujianServiceLegs } from '../src/generated/fujian-service-legs.js';

const datasetDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'fujian');
/** data/fujian loaded afresh: a network object nothing was registered for. */
const freshNetwork = loadNetwork(readDatasetDirectory(datasetDir), { name: 'data/fujian' });

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
    // Nothing is registered before the bundled module is imported (below): every leg is looked up.
    buildEveryGraph(freshNetwork);
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

describe('the precomputed legs of the Fujian services', () => {
  it('equal the legs searched along the infrastructure of a fresh load of data/fujian, service by service', () => {
    const infrastructure = buildInfrastructureGraphs(freshNetwork);
    const fresh = Object.fromEntries(
      freshNetwork.services.map((service) => [service.id, serviceLegs(freshNetwork, infrastructure, service).legs]),
    );
    expect(fujianServiceLegs).toEqual(fresh);
  });

  it('are what serviceLegs answers for the bundled network with no passage closed, and not with one', async () => {
    const { fujianNetwork } = await import('../src/index.js');
    const infrastructure = buildInfrastructureGraphs(fujianNetwork);
    const service = fujianNetwork.services.find((s) => s.mode === 'sea') as Network['services'][number];
    const open = serviceLegs(fujianNetwork, infrastructure, service);
    expect(open.legs).toEqual(fujianServiceLegs[service.id]);
    expect(open.legs[0]).toBe(fujianServiceLegs[service.id]?.[0]);
    const closed = serviceLegs(fujianNetwork, infrastructure, service, new Set(['suez']));
    expect(closed.legs[0]).not.toBe(fujianServiceLegs[service.id]?.[0]);
  });
});
