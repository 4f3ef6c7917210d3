import { describe, expect, it } from 'vitest';
import { greatCircleKm } from '../model/great-circle-km.js';
import { compileGraph, edgeValues } from './compiled-graph.js';
import { generateWorldNetwork, WORLD_NETWORK_DEFAULTS, type WorldNetwork } from './generate-world-network.js';

/** Nodes reachable from the first node, following out-edges (plain BFS on graphology, no kernel). */
function reachableFromFirst(graph: WorldNetwork): number {
  const first = graph.nodes()[0];
  if (first === undefined) return 0;
  const seen = new Set([first]);
  const queue = [first];
  for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
    for (const next of graph.outNeighbors(node)) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen.size;
}

describe('generateWorldNetwork', () => {
  const small = generateWorldNetwork({ seed: 11, nodes: 5_000 });

  it('is deterministic: the same seed gives the identical graph, keys and order included', () => {
    const again = generateWorldNetwork({ seed: 11, nodes: 5_000 });
    expect(again.export()).toEqual(small.export());
  });

  it('gives a different graph for a different seed', () => {
    const other = generateWorldNetwork({ seed: 12, nodes: 5_000 });
    expect(other.getNodeAttribute('n0', 'position')).not.toEqual(small.getNodeAttribute('n0', 'position'));
  });

  it('has the requested number of nodes and about nodes × averageOutDegree edges', () => {
    expect(small.order).toBe(5_000);
    expect(small.size / small.order).toBeGreaterThan(WORLD_NETWORK_DEFAULTS.averageOutDegree * 0.9);
    expect(small.size / small.order).toBeLessThan(WORLD_NETWORK_DEFAULTS.averageOutDegree * 1.1);
    const sparse = generateWorldNetwork({ seed: 11, nodes: 2_000, averageOutDegree: 4 });
    expect(sparse.size / sparse.order).toBeGreaterThan(3.5);
    expect(sparse.size / sparse.order).toBeLessThan(5);
  });

  it('is strongly connected: every edge has its reverse, and every node is reachable from the first', () => {
    const withoutReverse = small.filterEdges(
      (_edge, _attributes, source, target) => !small.hasDirectedEdge(target, source),
    );
    expect(withoutReverse).toEqual([]);
    expect(reachableFromFirst(small)).toBe(small.order);
  });

  it('has varying degrees: hubs with many edges and nodes with few', () => {
    const degrees = small.mapNodes((node) => small.outDegree(node));
    expect(Math.min(...degrees)).toBeLessThanOrEqual(4);
    expect(Math.max(...degrees)).toBeGreaterThanOrEqual(30);
    expect(new Set(degrees).size).toBeGreaterThan(20);
  });

  it('puts nodes on the globe, on both sides of the antimeridian, and links across it', () => {
    const positions = small.mapNodes((_node, { position }) => position);
    for (const [lon, lat] of positions) {
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThan(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(80);
    }
    expect(positions.some(([lon]) => lon > 175)).toBe(true);
    expect(positions.some(([lon]) => lon < -175)).toBe(true);
    const crossing = small.filterEdges((_edge, _attributes, source, target) => {
      const [a, b] = [small.getNodeAttribute(source, 'position'), small.getNodeAttribute(target, 'position')];
      return Math.abs(a[0] - b[0]) > 180;
    });
    expect(crossing.length).toBeGreaterThan(0);
  });

  it('measures every edge as great-circle km × a circuity factor between 1.05 and 1.35', () => {
    const outOfRange = small.filterEdges((_edge, { lengthKm }, _source, _target, from, to) => {
      const circuity = lengthKm / greatCircleKm(from.position, to.position);
      return !(circuity >= 1.05 - 1e-9 && circuity <= 1.35 + 1e-9);
    });
    expect(outOfRange).toEqual([]);
  });

  it('handles the degenerate sizes: one node and no edges, two nodes and one pair of edges', () => {
    expect([
      generateWorldNetwork({ seed: 1, nodes: 1 }).order,
      generateWorldNetwork({ seed: 1, nodes: 1 }).size,
    ]).toEqual([1, 0]);
    const two = generateWorldNetwork({ seed: 1, nodes: 2 });
    expect(two.size).toBe(2);
    expect(two.hasDirectedEdge('n0', 'n1') && two.hasDirectedEdge('n1', 'n0')).toBe(true);
  });

  it('throws a RangeError naming the bad option', () => {
    expect(() => generateWorldNetwork({ seed: 1, nodes: 0 })).toThrow(/nodes 0/);
    expect(() => generateWorldNetwork({ seed: 1, nodes: 2.5 })).toThrow(RangeError);
    expect(() => generateWorldNetwork({ seed: 1, averageOutDegree: -1 })).toThrow(/averageOutDegree -1/);
  });

  it('at the defaults has at least 50,000 nodes and 500,000 edges, all of them with a finite length', () => {
    const world = generateWorldNetwork({ seed: 1 });
    expect(world.order).toBeGreaterThanOrEqual(50_000);
    expect(world.size).toBeGreaterThanOrEqual(500_000);
    const compiled = compileGraph(world);
    const lengthKm = edgeValues(compiled, world, (_key, attributes) => attributes.lengthKm);
    expect(lengthKm.every((km) => Number.isFinite(km) && km >= 0)).toBe(true);
  }, 60_000);
});
