import { CARGO_CLASSES, GAUGES_MM, PASSAGE_IDS, TERMINAL_KINDS } from '../model/network.js';
import type { Confidence } from '../model/source.js';
import { DATASET_FILES } from './dataset-files.js';
import { type PlausibleRange, PLAUSIBLE_RANGES as R } from './plausible-ranges.js';

/** The values of `sources.csv`'s `confidence`. */
export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low', 'derived', 'assumption', 'per plan'];

/** How one CSV cell is written, as its reader in `read-*.ts` checks it. */
export type CellSpec =
  /** Letters, digits, `_` and `-`. */
  | { readonly kind: 'id' }
  /** Any text without control characters. */
  | { readonly kind: 'text' }
  /** A plain decimal number inside a documented range. */
  | { readonly kind: 'number'; readonly range: PlausibleRange }
  /** One word of a fixed set. */
  | { readonly kind: 'one-of'; readonly values: readonly (string | number)[] }
  /** Text of a fixed form (a code). */
  | { readonly kind: 'pattern'; readonly pattern: string; readonly example: string }
  /** `;`-separated ids (sources, regions) or passage names. */
  | { readonly kind: 'list'; readonly values?: readonly string[] }
  /** Shape points `lon lat; lon lat; …`, possibly none. */
  | { readonly kind: 'points' }
  /** An http(s) URL. */
  | { readonly kind: 'url' };

/** One column of a dataset table. */
export interface ColumnSpec {
  readonly name: string;
  /** Whether the header must have the column (its cells may still be empty where `cell` says so). */
  readonly column: 'required' | 'optional';
  /** Whether every row must fill the cell; `sometimes` cells are required by a rule the description gives. */
  readonly cell: 'required' | 'optional' | 'sometimes';
  readonly spec: CellSpec;
  /** What the cell holds, for the docs and the JSON Schema. */
  readonly description: string;
}

const ID: CellSpec = { kind: 'id' };
const TEXT: CellSpec = { kind: 'text' };
const IDS: CellSpec = { kind: 'list' };
const COUNTRY: CellSpec = { kind: 'pattern', pattern: '^[A-Z]{2}$', example: 'CN' };
const LON: CellSpec = { kind: 'number', range: R.longitude };
const LAT: CellSpec = { kind: 'number', range: R.latitude };

const required = (name: string, spec: CellSpec, description: string): ColumnSpec => ({
  name,
  column: 'required',
  cell: 'required',
  spec,
  description,
});
const optional = (name: string, spec: CellSpec, description: string): ColumnSpec => ({
  name,
  column: 'optional',
  cell: 'optional',
  spec,
  description,
});
/** A cell required only by a rule (given in the description); the column itself is required unless said. */
const sometimes = (
  name: string,
  spec: CellSpec,
  description: string,
  column: ColumnSpec['column'] = 'required',
): ColumnSpec => ({ name, column, cell: 'sometimes', spec, description });
const SOURCES = required('sources', IDS, 'ids of sources.csv behind the row, `;`-separated');

/**
 * Every column of every CSV table of the format, in one declarative table: the loader takes each table's column
 * set from it, and the published JSON Schemas of the tables are generated from it (`datasetJsonSchemas`). The
 * readers (`read-places-and-terminals.ts`, `read-infrastructure.ts`) check the same rules cell by cell, and the
 * rules across cells and files besides (docs/dataset-format.md).
 */
export const TABLE_COLUMNS: Readonly<Record<string, readonly ColumnSpec[]>> = {
  [DATASET_FILES.sources]: [
    required('id', ID, 'the source id rows cite'),
    required('title', TEXT, 'what the source is'),
    sometimes('url', { kind: 'url' }, 'where it is, http(s); when empty, `note` says why there is none'),
    required('confidence', { kind: 'one-of', values: CONFIDENCES }, 'how far the figure can be trusted'),
    optional('category', TEXT, 'a group for the register (port, rail, rates…)'),
    optional('note', TEXT, 'how the figure was derived, or where to find a source without a URL'),
  ],
  [DATASET_FILES.places]: [
    required('id', ID, 'the place id (a UN/LOCODE where there is one)'),
    required('name_en', TEXT, 'English name'),
    required('name_zh', TEXT, 'Chinese name'),
    required('lon', LON, 'longitude, degrees east (WGS 84)'),
    required('lat', LAT, 'latitude, degrees north (WGS 84)'),
    required('country', COUNTRY, 'ISO 3166-1 alpha-2 country code'),
    sometimes('regions', IDS, 'regions the place belongs to (fujian, asean, eu…), `;`-separated; may be empty'),
    SOURCES,
  ],
  [DATASET_FILES.terminals]: [
    required('id', ID, 'the terminal id'),
    required('kind', { kind: 'one-of', values: TERMINAL_KINDS }, 'what the terminal is'),
    sometimes('place', ID, 'the place it serves (every kind but border-crossing)'),
    required('name_en', TEXT, 'English name'),
    required('name_zh', TEXT, 'Chinese name'),
    required('lon', LON, 'longitude, degrees east'),
    required('lat', LAT, 'latitude, degrees north'),
    required('country', COUNTRY, 'ISO 3166-1 alpha-2 country code (the near side of a border crossing)'),
    required('handling_hours', { kind: 'number', range: R.hours }, 'hours to handle a box or a shipment'),
    SOURCES,
    sometimes('far_country', COUNTRY, 'the far side of a border-crossing (required for that kind)', 'optional'),
    optional('locode', { kind: 'pattern', pattern: '^[A-Z]{2}[A-Z2-9]{3}$', example: 'CNXMN' }, 'UN/LOCODE'),
    optional('iata', { kind: 'pattern', pattern: '^[A-Z]{3}$', example: 'XMN' }, 'IATA airport code'),
    sometimes(
      'gauge_mm',
      { kind: 'one-of', values: GAUGES_MM },
      'track gauge, mm (required for rail-terminal, inland-port, border-crossing)',
      'optional',
    ),
    sometimes(
      'far_gauge_mm',
      { kind: 'one-of', values: GAUGES_MM },
      'far-side gauge of a border-crossing, mm (required for that kind)',
      'optional',
    ),
    optional('handling_usd_per_teu', { kind: 'number', range: R.usdPerUnit }, 'handling charge, USD per TEU'),
    optional('handling_usd_per_tonne', { kind: 'number', range: R.usdPerUnit }, 'handling charge, USD per tonne'),
    optional('capacity_teu_per_year', { kind: 'number', range: R.capacityPerYear }, 'capacity, TEU per year'),
    optional('capacity_tonnes_per_year', { kind: 'number', range: R.capacityPerYear }, 'capacity, tonnes a year'),
    optional('capacity_trains_per_day', { kind: 'number', range: R.trainsPerDay }, 'capacity, trains per day'),
    optional('dwell_hours', { kind: 'number', range: R.hours }, 'extra dwell of a train or box, hours'),
    optional(
      'background_teu_per_week',
      { kind: 'number', range: R.backgroundTeuPerWeek },
      'other traffic sharing the capacity, TEU per week (needs capacity_teu_per_year; not at airports)',
    ),
  ],
  [DATASET_FILES.seaWaypoints]: [
    required('id', ID, 'the waypoint id'),
    required('name_en', TEXT, 'English name'),
    required('lon', LON, 'longitude, degrees east'),
    required('lat', LAT, 'latitude, degrees north'),
    sometimes('passage', { kind: 'one-of', values: PASSAGE_IDS }, 'the passage the waypoint stands for, if any'),
    SOURCES,
  ],
  [DATASET_FILES.seaLanes]: [
    required('id', ID, 'the lane id'),
    required('from', ID, 'a seaport terminal or a sea waypoint'),
    required('to', ID, 'a seaport terminal or a sea waypoint'),
    sometimes('via', { kind: 'points' }, 'turning points `lon lat; lon lat; …` (may be empty)'),
    sometimes('passages', { kind: 'list', values: PASSAGE_IDS }, 'passages the lane goes through, `;`-separated'),
    SOURCES,
  ],
  [DATASET_FILES.railJunctions]: [
    required('id', ID, 'the junction id'),
    required('name_en', TEXT, 'English name'),
    required('lon', LON, 'longitude, degrees east'),
    required('lat', LAT, 'latitude, degrees north'),
    SOURCES,
  ],
  [DATASET_FILES.railTracks]: [
    required('id', ID, 'the track id'),
    required('from', ID, 'a rail terminal, inland port, border crossing or junction'),
    required('to', ID, 'likewise'),
    required('gauge_mm', { kind: 'one-of', values: GAUGES_MM }, 'track gauge, mm'),
    sometimes('via', { kind: 'points' }, 'shape points `lon lat; lon lat; …` (may be empty)'),
    SOURCES,
    optional('route_km', { kind: 'number', range: R.routeKm }, 'published route length, km (0.9–1.6 × the line)'),
  ],
  [DATASET_FILES.roadLinks]: [
    required('id', ID, 'the link id'),
    required('from', ID, 'a place or terminal'),
    required('to', ID, 'a place or terminal'),
    required('detour_factor', { kind: 'number', range: R.detourFactor }, 'road km per great-circle km'),
    SOURCES,
  ],
  [DATASET_FILES.demand]: [
    required('from', ID, 'origin place'),
    required('to', ID, 'destination place'),
    required('cargo', { kind: 'one-of', values: CARGO_CLASSES }, 'what moves'),
    sometimes('teu_per_week', { kind: 'number', range: R.demandPerWeek }, 'container flow, TEU per week'),
    sometimes('tonnes_per_week', { kind: 'number', range: R.demandPerWeek }, 'air-cargo flow, tonnes per week'),
    required('basis', TEXT, 'how the flow was derived'),
    SOURCES,
  ],
};

/**
 * The column set of a table, as `parseTable` takes it.
 * @param file - a CSV file of the format (`places.csv`)
 * @returns the columns the header must have, and those it may have
 * @example
 * ```ts
 * import { columnsOf } from '@corridor/core/load';
 *
 * console.log(columnsOf('road-links.csv').required); // → [ 'id', 'from', 'to', 'detour_factor', 'sources' ]
 * console.log(columnsOf('unknown.csv')); // → { required: [], optional: [] }
 * ```
 */
export function columnsOf(file: string): {
  readonly required: readonly string[];
  readonly optional: readonly string[];
} {
  const columns = TABLE_COLUMNS[file] ?? [];
  return {
    required: columns.filter((column) => column.column === 'required').map((column) => column.name),
    optional: columns.filter((column) => column.column === 'optional').map((column) => column.name),
  };
}
