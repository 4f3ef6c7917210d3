import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { buildInfrastructureGraphs } from '../geo/infrastructure-graphs.js';
import { CORE_VERSION } from '../model/core-version.js';
import { buildRoutingGraph } from './build-routing-graph.js';
import { compileGraph } from './compiled-graph.js';
import { createGraphCache } from './graph-cache.js';
import { prepareGraph, prepareRoutingGraph } from './prepare-graph.js';
import {
  readRegisteredGraph,
  registeredRoutingGraph,
  registerRoutingGraph,
  routingGraphJson,
} from './routing-graph-json.js';

const infrastructure = buildInfrastructureGraphs(fujianNetwork);
const built = buildRoutingGraph(fujianNetwork, infrastructure);
const json = routingGraphJson(built);

describe('routingGraphJson and registerRoutingGraph', () => {
  it('read back a graph that compiles to the same arrays, with the same attributes, runs and suspensions', () => {
    const network = registerRoutingGraph({ ...fujianNetwork }, json);
    const read = registeredRoutingGraph(network);
    if (read === undefined) throw new Error('nothing registered');
    const a = compileGraph(built.graph);
    const b = compileGraph(read.graph);
    expect([...b.offsets]).toEqual([...a.offsets]);
    expect([...b.targets]).toEqual([...a.targets]);
    expect(b.edgeKeys).toEqual(a.edgeKeys);
    expect(read.graph.export()).toEqual(built.graph.export());
    expect([...read.runs]).toEqual([...built.runs]);
    expect(read.suspendedServices).toEqual(built.suspendedServices);
    expect(read.avoidedPassages).toEqual([]);
  });

  it('read straight into the arrays prepareRoutingGraph compiles, graphology built only when asked for', () => {
    const network = registerRoutingGraph({ ...fujianNetwork }, json);
    const read = readRegisteredGraph(network);
    if (read === undefined) throw new Error('nothing registered');
    const compiled = prepareRoutingGraph(network, built);
    for (const key of ['offsets', 'targets', 'sources'] as const) {
      expect([...read.compiled[key]]).toEqual([...compiled.compiled[key]]);
    }
    expect(read.compiled.nodeKeys).toEqual(compiled.compiled.nodeKeys);
    expect(read.compiled.edgeKeys).toEqual(compiled.compiled.edgeKeys);
    expect([...read.compiled.nodeIndex]).toEqual([...compiled.compiled.nodeIndex]);
    expect(read.nodes).toEqual(compiled.nodes);
    expect(read.edges).toEqual(compiled.edges);
    expect(read.facts).toEqual(compiled.facts);
    expect([...read.isBoard]).toEqual([...compiled.isBoard]);
    expect(read.boardRun).toEqual(compiled.boardRun);
    expect(read.routing.graph.export()).toEqual(built.graph.export());
    expect(read.routing.graph).toBe(read.routing.graph); // built once, on first use
  });

  it('write the same text for the same graph (deterministic)', () => {
    expect(routingGraphJson(buildRoutingGraph(fujianNetwork, infrastructure))).toBe(json);
  });

  it('ignore a graph written by another version of @corridor/core, which is then built', () => {
    const other = json.replace(`"coreVersion":${JSON.stringify(CORE_VERSION)}`, '"coreVersion":"0.0.0-other"');
    const network = registerRoutingGraph({ ...fujianNetwork }, other);
    expect(registeredRoutingGraph(network)).toBeUndefined();
    let builds = 0;
    const cache = createGraphCache({
      build: (n, infrastructure, avoid) => {
        builds++;
        return prepareGraph(n, infrastructure, avoid);
      },
    });
    cache.prepared(network);
    expect(builds).toBe(1);
  });

  it('hold a graph for its network object only: a copy of the network has none', () => {
    const network = registerRoutingGraph({ ...fujianNetwork }, json);
    expect(registeredRoutingGraph(network)).toBeDefined();
    expect(registeredRoutingGraph({ ...network })).toBeUndefined();
  });

  it('refuse to write a graph with passages avoided, naming them', () => {
    const closed = buildRoutingGraph(fujianNetwork, infrastructure, new Set(['suez']));
    expect(() => routingGraphJson(closed)).toThrow(/avoids suez/);
  });
});
