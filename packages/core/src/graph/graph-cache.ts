import { LRUCache } from 'lru-cache';
import { buildInfrastructureGraphs, type InfrastructureGraphs } from '../geo/infrastructure-graphs.js';
import type { Network, PassageId } from '../model/network.js';
import { type PreparedGraph, prepareGraph } from './prepare-graph.js';
import { readRegisteredGraph } from './routing-graph-json.js';

/** Options of {@link createGraphCache}; every field has a default in {@link GRAPH_CACHE_DEFAULTS}. */
export interface GraphCacheOptions {
  /** Most bytes the graphs held may take, as estimated by {@link preparedGraphBytes} (bytes). */
  readonly maxBytes?: number;
  /** Most graphs held, whatever their size. */
  readonly maxEntries?: number;
  /**
   * Builds a graph on a miss (default `prepareGraph`): injectable to count or wrap builds. Not called for the open
   * network of a network with a registered graph (`registerRoutingGraph`), which is read instead.
   */
  readonly build?: (
    network: Network,
    infrastructure: InfrastructureGraphs,
    avoidPassages: ReadonlySet<PassageId>,
  ) => PreparedGraph;
}

/**
 * Defaults of {@link GraphCacheOptions}: 256 MiB and 32 graphs. A Fujian graph takes about 2 MB, so the count
 * binds first there (64 MB at most, in a browser worker too); a network ten times larger meets the byte bound.
 */
export const GRAPH_CACHE_DEFAULTS = { maxBytes: 256 * 2 ** 20, maxEntries: 32 } as const;

/**
 * Prepared graphs by network and closed passages, least recently used evicted first, within a memory bound.
 * One cache can serve every consumer of a network (router, assignment, scenarios), so each set of closures is
 * built once.
 */
export interface GraphCache {
  /**
   * The prepared graph of a network with some passages closed: from the cache (it becomes the most recently
   * used), or built, kept and returned. A graph larger than `maxBytes` alone is built but not kept.
   *
   * @param network - a validated network (identified by object identity)
   * @param avoidPassages - the closed passages, in any order (default none)
   */
  prepared(network: Network, avoidPassages?: Iterable<PassageId>): PreparedGraph;
  /**
   * The infrastructure graphs of a network, built once per network and held as long as the network is; a network
   * with the same positions and ways (the same arrays: a scenario that changed services, tariffs or demand) shares
   * them.
   *
   * @param network - a validated network
   */
  infrastructure(network: Network): InfrastructureGraphs;
  /** Graphs held. */
  readonly size: number;
  /** Estimated bytes of the graphs held. */
  readonly bytes: number;
  /** Drops every graph held. */
  clear(): void;
}

/** Heap bytes per graphology node and per edge (with its `RoutingEdge` attributes and keys), measured on Fujian. */
const BYTES_PER_NODE = 500;
const BYTES_PER_EDGE = 800;
/** The scratch of a `ShortestPathSearch` per node: distance, predecessor, touched, pending, and heap arrays. */
const SEARCH_BYTES_PER_NODE = 8 + 4 + 4 + 1 + (4 + 8 + 8 + 4);

/**
 * An estimate of the heap a prepared graph holds: its typed arrays' exact bytes, its search's scratch, and
 * per node and edge the graphology graph, attributes and key strings (about 2.1 MB measured for the
 * 1,141-node, 1,914-edge Fujian graph, where this gives about 2.1 MB).
 *
 * @param prepared - a prepared graph
 * @returns bytes (an estimate; ≥ the typed arrays' `byteLength` sum)
 * @example
 * ```ts
 * import { buildInfrastructureGraphs } from '@corridor/core/geo';
 * import { prepareGraph, preparedGraphBytes } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const prepared = prepareGraph(fujianNetwork, buildInfrastructureGraphs(fujianNetwork), new Set());
 * console.log(`${(preparedGraphBytes(prepared) / 1e6).toFixed(1)} MB`); // → 2.3 MB
 * ```
 */
export function preparedGraphBytes(prepared: PreparedGraph): number {
  const { compiled, isBoard, facts } = prepared;
  const typed = [compiled.offsets, compiled.targets, compiled.sources, isBoard, facts.terminal, facts.groundCountry];
  let bytes = facts.truck.byteLength;
  for (const array of typed) bytes += array.byteLength;
  return bytes + compiled.nodeCount * (BYTES_PER_NODE + SEARCH_BYTES_PER_NODE) + compiled.edgeCount * BYTES_PER_EDGE;
}

/** What `buildInfrastructureGraphs` reads of a network: the positions and the ways. */
function infrastructureParts(network: Network): readonly object[] {
  return [
    network.places,
    network.terminals,
    network.seaWaypoints,
    network.railJunctions,
    network.seaLanes,
    network.railTracks,
    network.roadLinks,
  ];
}

/** A number per network object, so that one cache can hold graphs of several networks apart. */
const networkIds = new WeakMap<Network, number>();
let nextNetworkId = 0;

function networkId(network: Network): number {
  let id = networkIds.get(network);
  if (id === undefined) {
    id = nextNetworkId++;
    networkIds.set(network, id);
  }
  return id;
}

/**
 * Creates a least-recently-used cache of prepared graphs bounded by estimated bytes and by count (lru-cache:
 * `maxSize` with a size per entry, and `max`). A graph depends on the network and its closed passages only,
 * so that is the key: the passages sorted, so any order of the same set hits. Costing, modes and other
 * per-query constraints are arrays over a graph, never a separate graph.
 *
 * @param options - bounds and builder (defaults: {@link GRAPH_CACHE_DEFAULTS}, `prepareGraph`)
 * @returns an empty cache
 * @example
 * ```ts
 * import { createGraphCache } from '@corridor/core/graph';
 * import { createRouter } from '@corridor/core/routing';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const graphs = createGraphCache({ maxBytes: 64 * 2 ** 20 });
 * const router = createRouter(fujianNetwork, { graphCache: graphs });
 * router.route({ from: 'Xiamen', to: 'Rotterdam', avoidPassages: ['suez'] });
 * router.route({ from: 'Fuzhou', to: 'Hamburg', avoidPassages: ['suez'] }); // the same graph, from the cache
 * console.log(graphs.size); // → 1
 * console.log(graphs.prepared(fujianNetwork, ['suez']) === graphs.prepared(fujianNetwork, ['suez'])); // → true
 * ```
 */
export function createGraphCache(options: GraphCacheOptions = {}): GraphCache {
  const maxBytes = options.maxBytes ?? GRAPH_CACHE_DEFAULTS.maxBytes;
  const maxEntries = options.maxEntries ?? GRAPH_CACHE_DEFAULTS.maxEntries;
  if (!(maxBytes >= 1 && Number.isInteger(maxEntries) && maxEntries > 0)) {
    throw new RangeError(
      `createGraphCache: maxBytes ${maxBytes} and maxEntries ${maxEntries} must be positive (maxEntries whole)`,
    );
  }
  const build = options.build ?? prepareGraph;
  const graphs = new LRUCache<string, PreparedGraph>({
    max: maxEntries,
    maxSize: Math.floor(maxBytes),
    sizeCalculation: (prepared) => Math.max(1, Math.ceil(preparedGraphBytes(prepared))),
  });
  // By the very arrays they are built from: a scenario's network that changed services, tariffs or demand only
  // shares them with its base (and then the legs' searches too, `serviceLegs`).
  const infrastructures = new WeakMap<object, unknown>();
  function infrastructure(network: Network): InfrastructureGraphs {
    const parts = infrastructureParts(network);
    let level = infrastructures;
    for (const part of parts.slice(0, -1)) {
      let next = level.get(part) as WeakMap<object, unknown> | undefined;
      if (next === undefined) {
        next = new WeakMap();
        level.set(part, next);
      }
      level = next;
    }
    const last = parts.at(-1) as object;
    let found = level.get(last) as InfrastructureGraphs | undefined;
    if (found === undefined) {
      found = buildInfrastructureGraphs(network);
      level.set(last, found);
    }
    return found;
  }
  return {
    prepared(network, avoidPassages = []) {
      const avoid = new Set(avoidPassages);
      const key = `${networkId(network)}:${[...avoid].sort().join(',')}`;
      let graph = graphs.get(key);
      if (graph === undefined) {
        // The open network's graph shipped with a bundled dataset is read, not built (nor are the infrastructure
        // graphs it would be built from).
        graph =
          (avoid.size === 0 ? readRegisteredGraph(network) : undefined) ??
          build(network, infrastructure(network), avoid);
        graphs.set(key, graph);
      }
      return graph;
    },
    infrastructure,
    get size() {
      return graphs.size;
    },
    get bytes() {
      return graphs.calculatedSize;
    },
    clear: () => graphs.clear(),
  };
}
