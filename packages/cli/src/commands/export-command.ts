import {
  buildInfrastructureGraphs,
  CorridorError,
  csvTextCell,
  type Network,
  type NetworkPart,
  serviceLegs,
} from '@corridor/core';
import { createEngine } from '@corridor/core/engine';
import { Command, Option } from 'commander';
import Papa from 'papaparse';
import type { CliOutput } from '../run-cli.js';
import { loadDataset } from './load-dataset.js';

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Rows as CSV (RFC 4180), every text cell through the shared formula escape (`csvTextCell`): a name such as
 * `=HYPERLINK(…)` stays text in a spreadsheet. Numbers are written as numbers.
 */
function unparse(rows: readonly Record<string, string | number>[]): string {
  return Papa.unparse(
    rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([key, cell]) => [key, typeof cell === 'string' ? csvTextCell(cell) : cell]),
      ),
    ),
  );
}

/** The options commander parsed; `splitAntimeridian` is `false` with `--no-split-antimeridian`, unset otherwise. */
interface ExportOptions {
  format: 'geojson' | 'csv';
  what: 'network' | 'terminals' | 'services';
  data?: string;
  splitAntimeridian?: boolean;
}

function csv(network: Network, part: NetworkPart): string {
  if (part === 'terminals') {
    return unparse(
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
    return unparse(
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
  return unparse(
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

/**
 * `corridor export --format geojson|csv [--what network|terminals|services] [--[no-]split-antimeridian]
 * [--data DIR]`. GeoJSON lines are cut at ±180° (RFC 7946 §3.1.9) unless `--no-split-antimeridian`.
 */
export function exportCommand(io: CliOutput): Command {
  return new Command('export')
    .description('export the network as GeoJSON (RFC 7946) or CSV')
    .addOption(new Option('--format <format>', 'output format').choices(['geojson', 'csv']).makeOptionMandatory())
    .addOption(
      new Option('--what <part>', 'which part').choices(['network', 'terminals', 'services']).default('network'),
    )
    .option('--split-antimeridian', 'GeoJSON: cut lines at ±180° as RFC 7946 asks (the default)')
    .option('--no-split-antimeridian', 'GeoJSON: keep lines continuous past ±180° (for MapLibre, Leaflet)')
    .option('--data <dir>', 'a dataset folder instead of the bundled one')
    .action((options: ExportOptions) => {
      const network = loadDataset(options.data);
      if (network.terminals.length === 0) {
        throw new CorridorError('invalid-input', 'export: the dataset has no terminals to export');
      }
      if (options.format === 'csv') {
        io.out(`${csv(network, options.what)}\n`);
        return;
      }
      const splitAntimeridian = options.splitAntimeridian !== false;
      const collection = createEngine(network).networkGeoJson({ part: options.what, splitAntimeridian });
      io.out(`${JSON.stringify(collection)}\n`);
    });
}
