import { type CostingOverrides, DEFAULT_COSTING } from '@corridor/core/costing';
import { createEngine, type Engine } from '@corridor/core/engine';
import { createGraphCache, type GraphCache } from '@corridor/core/graph';
import { type EndpointOption, endpointOptions, type Network } from '@corridor/core/model';
import { datasetSummary } from './dataset-summary';
import type {
  DatasetOrigin,
  DatasetSummary,
  NetworkMapData,
  PlannerCosting,
  ServiceRow,
  TerminalRow,
} from './engine-api';
import { networkMapData } from './network-map-data';
import { serviceRows } from './service-rows';
import { terminalRows } from './terminal-rows';

/**
 * A dataset the worker holds: its one core `Engine`, the graph cache the engine compiles into (shared with the
 * dashboard's own views that need a compiled graph, so a graph is built once per network and set of closed
 * passages), and everything the page asks about it, computed on first use and kept.
 */
export interface OpenDataset {
  readonly network: Network;
  readonly origin: DatasetOrigin;
  /** The engine every answer about this dataset goes through. */
  readonly engine: Engine;
  /** The engine's compiled graphs (its `graphCache`). */
  readonly graphs: GraphCache;
  /**
   * The engine for a balanced objective's weights: {@link OpenDataset.engine} for the library's defaults, else an
   * engine with those costing overrides on the same graph cache (the engine takes costing per engine, not per
   * request; graphs do not depend on costing, so a slider move compiles nothing). The last one is kept.
   */
  costed(costing: PlannerCosting | undefined): Engine;
  summary(): DatasetSummary;
  mapData(): NetworkMapData;
  terminals(): readonly TerminalRow[];
  services(): readonly ServiceRow[];
  /** The place or terminal a route may start or end at with this id, if any (for a picker's name). */
  endpoint(id: string): EndpointOption | null;
}

function once<T>(compute: () => T): () => T {
  let computed: { readonly value: T } | undefined;
  return () => {
    computed ??= { value: compute() };
    return computed.value;
  };
}

/**
 * Opens a network in the worker: one engine on it, and its summary, map GeoJSON and table rows, each computed once,
 * when first asked.
 * @param network - a validated network
 * @param origin - `bundled` or `loaded`
 * @param graphs - the graph cache of its engine (default: a new one)
 * @returns the dataset's engine and views
 * @example
 * const dataset = openDataset(fujianNetwork, 'bundled');
 * dataset.mapData() === dataset.mapData(); // true: computed once
 */
export function openDataset(
  network: Network,
  origin: DatasetOrigin,
  graphs: GraphCache = createGraphCache(),
): OpenDataset {
  const engine = createEngine(network, { graphCache: graphs });
  const mapData = once(() => networkMapData(engine));
  let lastCosted: { readonly key: string; readonly engine: Engine } | undefined;
  function costed(costing: PlannerCosting | undefined): Engine {
    if (costing === undefined) return engine;
    const { valueOfTimeUsdPerTeuDay, carbonPriceUsdPerTonne } = costing;
    if (
      valueOfTimeUsdPerTeuDay === DEFAULT_COSTING.valueOfTimeUsdPerTeuDay &&
      carbonPriceUsdPerTonne === DEFAULT_COSTING.carbonPriceUsdPerTonne
    ) {
      return engine;
    }
    const key = `${valueOfTimeUsdPerTeuDay}|${carbonPriceUsdPerTonne}`;
    if (lastCosted?.key !== key) {
      const overrides: CostingOverrides = { valueOfTimeUsdPerTeuDay, carbonPriceUsdPerTonne };
      lastCosted = { key, engine: createEngine(network, { graphCache: graphs, costing: overrides }) };
    }
    return lastCosted.engine;
  }
  return {
    network,
    origin,
    engine,
    graphs,
    costed,
    summary: once(() => datasetSummary(network, origin)),
    mapData,
    terminals: once(() => terminalRows(network)),
    services: once(() => serviceRows(network, mapData().serviceLegs)),
    endpoint: (() => {
      const byId = once(() => new Map(endpointOptions(network).map((option) => [option.id, option])));
      return (id: string) => byId().get(id) ?? null;
    })(),
  };
}
