import { combineWeights } from '../costing/combine-weights.js';
import { type Costing, type CostingOverrides, resolveCosting } from '../costing/costing-defaults.js';
import type { CriteriaArrays } from '../costing/criteria-arrays.js';
import { criteriaArrays } from '../costing/criteria-arrays.js';
import { objectiveWeights } from '../costing/objective-weights.js';
import { createGraphCache, type GraphCache } from '../graph/graph-cache.js';
import type { PreparedGraph } from '../graph/prepare-graph.js';
import { createNetworkLookup, type NetworkLookup } from '../load/network-lookup.js';
import type { Network, PassageId } from '../model/network.js';
import { type StopDirectory, stopDirectory } from './build-itinerary.js';
import type { CheckedQuery } from './check-query.js';
import { constraintMask } from './constraint-mask.js';
import type { QueryContext } from './query-context.js';

/** The arrays a search on one graph needs for one query: costed edges, objective weights, closed edges. */
export interface QueryArrays {
  readonly criteria: CriteriaArrays;
  readonly weights: Float64Array;
  readonly blocked: Uint8Array;
}

/** What a router keeps between queries on one network: lookups, the graph cache and per-graph arrays. */
export interface RouterSession {
  readonly network: Network;
  readonly lookup: NetworkLookup;
  readonly directory: StopDirectory;
  /** The router's costing, and the overrides it was resolved from (a query's overrides go on top). */
  readonly costing: Costing;
  readonly overrides: CostingOverrides;
  /**
   * The prepared graph for a set of closed passages, from the graph cache.
   *
   * @param avoidPassages - closed passages, any order
   */
  graph(avoidPassages: Iterable<PassageId>): PreparedGraph;
  /**
   * The arrays of a query on a graph, remembered per graph: a repeated query (the dashboard re-asking with
   * another objective, a benchmark) skips straight to the search.
   *
   * @param graph - a graph of this session
   * @param context - the resolved query (shipment and costing)
   * @param checked - its constraints (objective, modes, closed terminals and countries)
   */
  arrays(graph: PreparedGraph, context: QueryContext, checked: CheckedQuery): QueryArrays;
}

/** Arrays remembered per graph (costed edges, weights and masks together). */
const ARRAYS_PER_GRAPH = 64;

/**
 * Sets up what a router keeps: the network's lookup and stop directory, its costing, a graph cache (the
 * given one, shared, or its own), and the memo of costed arrays per graph.
 *
 * @param network - a validated network
 * @param overrides - the router's costing overrides
 * @param graphCache - a cache to share with other consumers of the network; default a new one
 * @returns the session every query of the router uses
 * @example
 * ```ts
 * import { createGraphCache } from '@corridor/core/graph';
 * import { routerSession } from '@corridor/core/routing';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const cache = createGraphCache();
 * const session = routerSession(fujianNetwork, { carbonPriceUsdPerTonne: 80 }, cache);
 * const graph = session.graph(['suez']);
 * console.log(session.costing.carbonPriceUsdPerTonne, graph === cache.prepared(fujianNetwork, ['suez'])); // → 80 true
 * ```
 */
export function routerSession(
  network: Network,
  overrides: CostingOverrides,
  graphCache: GraphCache = createGraphCache(),
): RouterSession {
  // Per graph (held weakly, so an evicted graph takes its arrays with it), arrays by shipment, costing,
  // objective and mask; the costing key is empty for the router's own costing.
  const memo = new WeakMap<PreparedGraph, Map<string, unknown>>();
  function remember<T>(graph: PreparedGraph, key: string, make: () => T): T {
    let entries = memo.get(graph);
    if (entries === undefined) {
      entries = new Map();
      memo.set(graph, entries);
    }
    if (!entries.has(key)) {
      if (entries.size >= ARRAYS_PER_GRAPH) entries.delete(entries.keys().next().value as string);
      entries.set(key, make());
    }
    return entries.get(key) as T;
  }
  return {
    network,
    lookup: createNetworkLookup(network),
    directory: stopDirectory(network),
    costing: resolveCosting(overrides),
    overrides,
    graph: (avoidPassages) => graphCache.prepared(network, avoidPassages),
    arrays(graph, context, checked) {
      const { shipment, costing } = context;
      const shipmentKey = `${shipment.teu}/${shipment.tonnes}/${shipment.container ?? 'dry'}/${context.costingKey}`;
      const criteria = remember(graph, `criteria:${shipmentKey}`, () => criteriaArrays(graph, shipment, costing));
      const weights = remember(graph, `weights:${shipmentKey}:${checked.objective}`, () =>
        combineWeights(criteria, objectiveWeights(checked.objective, shipment, costing)),
      );
      const maskKey = [
        [...checked.modes].sort(),
        [...checked.avoidTerminals].sort(),
        [...checked.avoidCountries].sort(),
      ];
      const blocked = remember(graph, `mask:${JSON.stringify(maskKey)}`, () => constraintMask(graph, checked));
      return { criteria, weights, blocked };
    },
  };
}
