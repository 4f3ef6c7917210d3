import { MODES, type Mode, type Network, TERMINAL_KINDS, type TerminalKind } from '@corridor/core/model';
import type { DatasetOrigin, DatasetSummary, PlanFigures } from './engine-api';
import { lonLatBounds } from './lon-lat-bounds';

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

/**
 * The figures a dataset takes from plans: each source registered with confidence `per plan`, its note split at
 * semicolons (docs/dataset-format.md, sources.csv). Plan figures are claims, not observations, so the Data view
 * lists them apart from the sourced counts.
 * @param network - a validated network
 * @returns one entry per `per plan` source with a note, in register order
 */
export function planFigures(network: Network): PlanFigures[] {
  return network.sources
    .filter((source) => source.confidence === 'per plan' && source.note !== undefined)
    .map((source) => ({
      sourceId: source.id,
      title: source.title,
      figures: (source.note as string)
        .split(';')
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    }));
}

/**
 * Summarises a dataset: name, origin, rows per table, terminals per kind, services per mode, the box around
 * its places and terminals, and its plan figures.
 * @param network - a validated network
 * @param origin - `bundled` or `loaded`
 * @returns the summary (plain data, safe to send from the worker)
 * @example
 * datasetSummary(fujianNetwork, 'bundled').counts.terminals; // 104
 */
export function datasetSummary(network: Network, origin: DatasetOrigin): DatasetSummary {
  return {
    name: network.name,
    ...(network.nameZh === undefined ? {} : { nameZh: network.nameZh }),
    description: network.description,
    origin,
    counts: {
      places: network.places.length,
      terminals: network.terminals.length,
      seaWaypoints: network.seaWaypoints.length,
      seaLanes: network.seaLanes.length,
      railJunctions: network.railJunctions.length,
      railTracks: network.railTracks.length,
      roadLinks: network.roadLinks.length,
      services: network.services.length,
      corridors: network.corridors.length,
      demandFlows: network.demand.length,
      sources: network.sources.length,
    },
    terminalsByKind: countBy<TerminalKind>(
      TERMINAL_KINDS,
      network.terminals.map((terminal) => terminal.kind),
    ),
    servicesByMode: countBy<Mode>(
      MODES,
      network.services.map((service) => service.mode),
    ),
    bounds: lonLatBounds(
      [...network.places, ...network.terminals].map(({ position }) => [position[0], position[1]] as [number, number]),
    ),
    planFigures: planFigures(network),
  };
}
