// What scripts/build-dataset.mjs precomputes so that the bundled dataset's first route is quick (issue 16): the
// countries along its land legs (so routing it never loads country-coder), its services' open-network legs and
// the open network's routing graph (which the first route reads instead of building).
// These check each table against a fresh computation from data/fujian, and that the countries cover every graph
// the dataset's own queries and scenarios build.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNetwork } from '@corridor/core';
import { buildInfrastructureGraphs, legCountriesTable, serviceLegs, setCountryLookup } from '@corridor/core/geo';
import {
  buildRoutingGraph,
  createGraphCache,
  prepareGraph,
  registeredRoutingGraph,
  registerRoutingGraph,
} from '@corridor/core/graph';
import type { Network } from '@corridor/core/model';
import { readDatasetDirectory } from '@corridor/core/node';
import { applyScenario } from '@corridor/core/scenario';
import { afterEach, describe, expect, it } from 'vitest';
import { fujianLegCountries } from '../src/generated/fujian-leg-countries.js';
import { fujianRoutingGraph } from '../src/generated/fujian-routing-graph.js';
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

describe('the precomputed routing graph of the Fujian open network', () => {
  it('equals the graph built afresh from data/fujian: nodes, edges and attributes in order, runs, suspensions', () => {
    // A stale file (core's graph building changed since the last `pnpm build`) fails here.
    const fresh = buildRoutingGraph(freshNetwork, buildInfrastructureGraphs(freshNetwork));
    const network = registerRoutingGraph({ ...freshNetwork }, fujianRoutingGraph);
    const read = registeredRoutingGraph(network);
    expect(read?.graph.export()).toEqual(fresh.graph.export());
    expect([...(read?.runs ?? [])]).toEqual([...fresh.runs]);
    expect(read?.suspendedServices).toEqual(fresh.suspendedServices);
  });

  it('is what the graph cache serves for the bundled network with no passage closed, without building', async () => {
    const { fujianNetwork } = await import('../src/index.js');
    let builds = 0;
    const cache = createGraphCache({
      build: (network, infrastructure, avoid) => {
        builds++;
        return prepareGraph(network, infrastructure, avoid);
      },
    });
    const open = cache.prepared(fujianNetwork);
    expect(builds).toBe(0);
    expect(open.compiled.nodeCount).toBe(registeredRoutingGraph(fujianNetwork)?.graph.order);
    cache.prepared(fujianNetwork, ['suez']);
    expect(builds).toBe(1); // a closure builds its own graph
  });

  it('gives each reader a graph of its own, so one caller changing its graph leaves the others alone', async () => {
    const { fujianNetwork } = await import('../src/index.js');
    const first = registeredRoutingGraph(fujianNetwork);
    const second = registeredRoutingGraph(fujianNetwork);
    const edge = first?.graph.edges()[0] as string;
    first?.graph.setEdgeAttribute(edge, 'hours', -1);
    expect(second?.graph.getEdgeAttribute(edge, 'hours')).not.toBe(-1);
  });
});
