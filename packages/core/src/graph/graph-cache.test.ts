import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import type { PassageId } from '../model/network.js';
import { createGraphCache, type GraphCacheOptions, preparedGraphBytes } from './graph-cache.js';
import { prepareGraph } from './prepare-graph.js';

/** A cache whose builds are counted, by closures key. */
function countingCache(options: Omit<GraphCacheOptions, 'build'> = {}) {
  const built: string[] = [];
  const cache = createGraphCache({
    ...options,
    build: (network, infrastructure, avoid) => {
      built.push([...avoid].sort().join(','));
      return prepareGraph(network, infrastructure, avoid);
    },
  });
  return { cache, built };
}

const NINE_CLOSURE_SETS: PassageId[][] = [
  [],
  ['suez'],
  ['panama'],
  ['malacca'],
  ['hormuz'],
  ['suez', 'panama'],
  ['bab-el-mandeb'],
  ['cape-of-good-hope'],
  ['suez', 'cape-of-good-hope'],
];

describe('createGraphCache', () => {
  it('builds each of nine rotated closure sets once: the second round is all hits', () => {
    const { cache, built } = countingCache({ maxEntries: 9 });
    const first = NINE_CLOSURE_SETS.map((avoid) => cache.prepared(fujianNetwork, avoid));
    const second = NINE_CLOSURE_SETS.map((avoid) => cache.prepared(fujianNetwork, avoid));
    expect(built).toHaveLength(9);
    expect(second.every((graph, i) => graph === first[i])).toBe(true);
    expect(cache.size).toBe(9);
  });

  it('hits the same graph whatever the order of the passages', () => {
    const { cache, built } = countingCache();
    const graph = cache.prepared(fujianNetwork, ['suez', 'panama']);
    expect(cache.prepared(fujianNetwork, new Set<PassageId>(['panama', 'suez']))).toBe(graph);
    expect(built).toEqual(['panama,suez']);
  });

  it('evicts the least recently used graph, not the oldest, when the entry count is reached', () => {
    const { cache, built } = countingCache({ maxEntries: 2 });
    cache.prepared(fujianNetwork, []);
    cache.prepared(fujianNetwork, ['suez']);
    cache.prepared(fujianNetwork, []); // now the most recent
    cache.prepared(fujianNetwork, ['panama']); // evicts suez
    cache.prepared(fujianNetwork, []);
    expect(built).toEqual(['', 'suez', 'panama']);
    cache.prepared(fujianNetwork, ['suez']);
    expect(built).toEqual(['', 'suez', 'panama', 'suez']);
  });

  it('evicts the least recently used graph when a new one would pass the byte bound', () => {
    const oneGraphBytes = preparedGraphBytes(createGraphCache().prepared(fujianNetwork));
    const { cache, built } = countingCache({ maxBytes: 2.5 * oneGraphBytes });
    cache.prepared(fujianNetwork, []);
    cache.prepared(fujianNetwork, ['suez']);
    cache.prepared(fujianNetwork, []); // now the most recent
    expect(cache.size).toBe(2);
    cache.prepared(fujianNetwork, ['panama']); // three would not fit: suez goes
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBeLessThanOrEqual(2.5 * oneGraphBytes);
    cache.prepared(fujianNetwork, []);
    cache.prepared(fujianNetwork, ['panama']);
    expect(built).toEqual(['', 'suez', 'panama']);
    cache.prepared(fujianNetwork, ['suez']);
    expect(built).toEqual(['', 'suez', 'panama', 'suez']);
  });

  it('builds but does not keep a graph larger than the whole byte bound', () => {
    const { cache, built } = countingCache({ maxBytes: 1000 });
    const graph = cache.prepared(fujianNetwork);
    expect(graph.compiled.nodeCount).toBeGreaterThan(0);
    expect(cache.size).toBe(0);
    cache.prepared(fujianNetwork);
    expect(built).toEqual(['', '']);
  });

  it('keeps the graphs of two networks apart', () => {
    const other = { ...fujianNetwork };
    const { cache, built } = countingCache();
    expect(cache.prepared(other)).not.toBe(cache.prepared(fujianNetwork));
    expect(built).toEqual(['', '']);
  });

  it('builds the infrastructure graphs of a network once', () => {
    const cache = createGraphCache();
    expect(cache.infrastructure(fujianNetwork)).toBe(cache.infrastructure(fujianNetwork));
  });

  it('shares the infrastructure graphs with a network of the same positions and ways, and only with one', () => {
    const cache = createGraphCache();
    const retimed = { ...fujianNetwork, services: fujianNetwork.services.slice(1) };
    expect(cache.infrastructure(retimed)).toBe(cache.infrastructure(fujianNetwork));
    const moved = { ...fujianNetwork, terminals: fujianNetwork.terminals.map((t) => ({ ...t })) };
    expect(cache.infrastructure(moved)).not.toBe(cache.infrastructure(fujianNetwork));
  });

  it('estimates a graph at no less than its typed arrays, and clear() drops every graph', () => {
    const cache = createGraphCache();
    const graph = cache.prepared(fujianNetwork);
    const { compiled } = graph;
    expect(preparedGraphBytes(graph)).toBeGreaterThan(compiled.offsets.byteLength + compiled.targets.byteLength);
    expect(cache.bytes).toBe(preparedGraphBytes(graph));
    cache.clear();
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
  });

  it('refuses a bound that is not positive', () => {
    expect(() => createGraphCache({ maxBytes: 0 })).toThrow(/must be positive/);
    expect(() => createGraphCache({ maxEntries: 1.5 })).toThrow(/must be positive/);
  });
});
