import {
  buildInfrastructureGraphs,
  CorridorError,
  type Network,
  type NetworkPart,
  networkGeoJson,
  serviceLegs,
} from '@corridor/core';
import { Command, Option } from 'commander';
import Papa from 'papaparse';
import type { CliOutput } from '../run-cli.js';
import { loadDataset } from './load-dataset.js';

const round1 = (value: number) => Math.round(value * 10) / 10;

function csv(network: Network, part: NetworkPart): string {
  if (part === 'terminals') {
    return Papa.unparse(
      network.terminals.map((t) => ({
        id: t.id,
        kind: t.kind,
        place: t.placeId ?? '',
        name_en: t.nameEn,
        name_zh: t.nameZh,
        lon: t.position[0],
        lat: t.position[1],
        country: t.country,
        sources: t.sources.join(';'),
      })),
    );
  }
  if (part === 'services') {
    return Papa.unparse(
      network.services.map((s) => ({
        id: s.id,
        mode: s.mode,
        name_en: s.nameEn,
        operator: s.operator ?? '',
        stops: s.stops.map((stop) => stop.terminalId).join(';'),
        frequency_per_week: s.frequencyPerWeek ?? s.departures?.length ?? '',
        unit_capacity_teu: s.unitCapacity.teu ?? '',
        unit_capacity_tonnes: s.unitCapacity.tonnes ?? '',
        sources: s.sources.join(';'),
      })),
    );
  }
  const graphs = buildInfrastructureGraphs(network);
  return Papa.unparse(
    network.services.flatMap((service) =>
      serviceLegs(network, graphs, service).legs.map((leg) => ({
        service: service.id,
        mode: leg.mode,
        from: leg.fromTerminalId,
        to: leg.toTerminalId,
        distance_km: round1(leg.distanceKm),
        passages: leg.passages.join(';'),
      })),
    ),
  );
}

/** `corridor export --format geojson|csv [--what network|terminals|services] [--data DIR]`. */
export function exportCommand(io: CliOutput): Command {
  return new Command('export')
    .description('export the network as GeoJSON (RFC 7946) or CSV')
    .addOption(new Option('--format <format>', 'output format').choices(['geojson', 'csv']).makeOptionMandatory())
    .addOption(
      new Option('--what <part>', 'which part').choices(['network', 'terminals', 'services']).default('network'),
    )
    .option('--data <dir>', 'a dataset folder instead of the bundled one')
    .action((options: { format: 'geojson' | 'csv'; what: 'network' | 'terminals' | 'services'; data?: string }) => {
      const network = loadDataset(options.data);
      if (network.terminals.length === 0) {
        throw new CorridorError('invalid-input', 'export: the dataset has no terminals to export');
      }
      if (options.format === 'csv') {
        io.out(`${csv(network, options.what)}\n`);
        return;
      }
      const graphs = buildInfrastructureGraphs(network);
      io.out(`${JSON.stringify(networkGeoJson(network, graphs, options.what))}\n`);
    });
}
