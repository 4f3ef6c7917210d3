import type { Network } from '@corridor/core/model';
import { datasetSummary } from './dataset-summary';
import type {
  DatasetOrigin,
  DatasetSummary,
  EndpointOption,
  EngineInfo,
  NetworkMapData,
  ServiceRow,
  TerminalRow,
} from './engine-api';
import { networkMapData } from './network-map-data';
import { endpointOptions } from './route-planner';
import { serviceRows } from './service-rows';
import { terminalRows } from './terminal-rows';

/** A dataset the engine holds, with everything the page asks about it computed on first use and kept. */
export interface OpenDataset {
  readonly network: Network;
  readonly origin: DatasetOrigin;
  info(): EngineInfo;
  summary(): DatasetSummary;
  mapData(): NetworkMapData;
  terminals(): readonly TerminalRow[];
  services(): readonly ServiceRow[];
  endpoints(): readonly EndpointOption[];
}

function once<T>(compute: () => T): () => T {
  let computed: { readonly value: T } | undefined;
  return () => {
    computed ??= { value: compute() };
    return computed.value;
  };
}

/**
 * Wraps a network for the engine: its summary, map GeoJSON and table rows, each computed once, when first asked.
 * @param network - a validated network
 * @param origin - `bundled` or `loaded`
 * @returns the dataset's views
 * @example
 * const dataset = openDataset(fujianNetwork, 'bundled');
 * dataset.mapData() === dataset.mapData(); // true: computed once
 */
export function openDataset(network: Network, origin: DatasetOrigin): OpenDataset {
  const mapData = once(() => networkMapData(network));
  return {
    network,
    origin,
    info: once(() => ({
      engine: '@corridor/core',
      dataset: network.name,
      origin,
      sourceCount: network.sources.length,
      categories: [...new Set(network.sources.map((source) => source.category))],
    })),
    summary: once(() => datasetSummary(network, origin)),
    mapData,
    terminals: once(() => terminalRows(network)),
    services: once(() => serviceRows(network, mapData().serviceLegs)),
    endpoints: once(() => endpointOptions(network)),
  };
}
