import { CorridorError } from '../model/corridor-error.js';
import { FORMAT_VERSION, type Network } from '../model/network.js';
import { checkNetwork } from './check-network.js';
import { checkScenarios } from './check-scenarios.js';
import { DATASET_FILES, type DatasetFiles } from './dataset-files.js';
import { IssueList } from './issue-list.js';
import { Locator } from './locator.js';
import { parseTable, type TableRow } from './parse-table.js';
import {
  DEMAND_COLUMNS,
  RAIL_JUNCTION_COLUMNS,
  RAIL_TRACK_COLUMNS,
  ROAD_LINK_COLUMNS,
  readDemand,
  readRailJunctions,
  readRailTracks,
  readRoadLinks,
  readSeaLanes,
  readSeaWaypoints,
  SEA_LANE_COLUMNS,
  SEA_WAYPOINT_COLUMNS,
} from './read-infrastructure.js';
import { readCalibration, readCorridors, readManifest, readServices } from './read-json-parts.js';
import {
  PLACE_COLUMNS,
  readPlaces,
  readSources,
  readTerminals,
  SOURCE_COLUMNS,
  TERMINAL_COLUMNS,
} from './read-places-and-terminals.js';
import { readScenarios } from './read-scenarios.js';

/** Files a dataset must have; the others (sea, rail, road, corridors, demand, calibration, scenarios) may be left out. */
export const REQUIRED_FILES: readonly string[] = [
  DATASET_FILES.manifest,
  DATASET_FILES.sources,
  DATASET_FILES.places,
  DATASET_FILES.terminals,
  DATASET_FILES.services,
];

/**
 * How far {@link loadNetwork} has come: told before each file is parsed, and before the checks across files. A
 * dataset of 285,000 places takes seconds, so a front end shows this instead of a frozen "checking".
 */
export interface LoadProgress {
  /** The file about to be parsed (`places.csv`), or `null` for the checks across files. */
  readonly file: string | null;
  /** Steps done so far: files parsed (and the cross-file checks, once done, as the last step). */
  readonly doneSteps: number;
  /** Steps in all: one per file given that the format knows, plus one for the checks across files. */
  readonly totalSteps: number;
}

/** Options of {@link loadNetwork}. */
export interface LoadOptions {
  /** Names the dataset in the error summary (a folder path, say). */
  readonly name?: string;
  /** Called before each step; it must not throw (what it throws is not caught). */
  readonly onProgress?: (progress: LoadProgress) => void;
}

/** The files in the order {@link loadNetwork} parses them (its progress steps). */
const PARSE_ORDER: readonly string[] = [
  DATASET_FILES.manifest,
  DATASET_FILES.sources,
  DATASET_FILES.places,
  DATASET_FILES.terminals,
  DATASET_FILES.seaWaypoints,
  DATASET_FILES.seaLanes,
  DATASET_FILES.railJunctions,
  DATASET_FILES.railTracks,
  DATASET_FILES.roadLinks,
  DATASET_FILES.demand,
  DATASET_FILES.services,
  DATASET_FILES.corridors,
  DATASET_FILES.scenarios,
  DATASET_FILES.calibration,
];

/**
 * Parses and validates a dataset (docs/dataset-format.md) into a `Network`.
 * Every problem in every file is collected; on any, one `CorridorError` with code `invalid-input`
 * lists them all, each with file, row or JSON pointer, field, value and what to do. Nothing is half-loaded.
 *
 * @param files - the text of each file, keyed by file name (`terminals.csv`)
 * @param options - `name` for messages; `onProgress` to hear of each step
 * @returns the validated network
 * @throws CorridorError `invalid-input` listing every problem
 * @example
 * ```ts
 * import { loadNetwork } from '@corridor/core/load';
 * import { CorridorError } from '@corridor/core/model';
 * import { readDatasetDirectory } from '@corridor/core/node';
 *
 * const network = loadNetwork(readDatasetDirectory('data/fujian'));
 * console.log(network.name, network.places.length); // → Fujian corridors 66
 * try {
 *   loadNetwork({ ...readDatasetDirectory('data/fujian'), 'places.csv': 'id,name_en\nCNXMN,Xiamen\n' });
 * } catch (error) {
 *   if (error instanceof CorridorError) console.log(error.code, error.issues[0]?.file); // → invalid-input places.csv
 * }
 * ```
 */
export function loadNetwork(files: DatasetFiles, options: LoadOptions = {}): Network {
  const issues = new IssueList();
  const locate = new Locator();
  for (const file of REQUIRED_FILES) {
    if (files[file] === undefined) {
      issues.add({
        file,
        code: 'file-missing',
        message: 'the file is missing',
        fix: 'add it (see docs/dataset-format.md)',
      });
    }
  }
  const known = new Set<string>(Object.values(DATASET_FILES));
  for (const file of Object.keys(files)) {
    if (!known.has(file) && !file.startsWith('.') && !/\.(md|txt)$/i.test(file)) {
      issues.add({
        file,
        code: 'unknown-file',
        params: { name: file },
        message: 'is not a file of the dataset format',
        fix: `remove or rename it; the format's files are ${[...known].join(', ')}`,
      });
    }
  }

  const steps = PARSE_ORDER.filter((file) => files[file] !== undefined);
  const totalSteps = steps.length + 1;
  const progress = (file: string | null) =>
    options.onProgress?.({ file, doneSteps: file === null ? steps.length : steps.indexOf(file), totalSteps });

  const rawIds = new Set<string>();
  const table = (file: string, kind: string, columns: Parameters<typeof parseTable>[2]): TableRow[] => {
    const text = files[file];
    if (text === undefined) return [];
    progress(file);
    const rows = parseTable(file, text, columns, issues);
    for (const row of rows) {
      locate.set(kind, row.cells.id ?? '', { file, row: row.row });
      rawIds.add(row.cells.id ?? '');
    }
    return rows;
  };
  const json = <T>(file: string, read: (file: string, text: string, issues: IssueList) => T | undefined) => {
    const text = files[file];
    if (text === undefined) return undefined;
    progress(file);
    return read(file, text, issues);
  };

  const manifest = json(DATASET_FILES.manifest, readManifest);
  const sources = readSources(table(DATASET_FILES.sources, 'source', SOURCE_COLUMNS), issues);
  const places = readPlaces(table(DATASET_FILES.places, 'place', PLACE_COLUMNS), issues);
  const terminals = readTerminals(table(DATASET_FILES.terminals, 'terminal', TERMINAL_COLUMNS), issues);
  const seaWaypoints = readSeaWaypoints(table(DATASET_FILES.seaWaypoints, 'waypoint', SEA_WAYPOINT_COLUMNS), issues);
  const seaLanes = readSeaLanes(table(DATASET_FILES.seaLanes, 'lane', SEA_LANE_COLUMNS), issues);
  const railJunctions = readRailJunctions(
    table(DATASET_FILES.railJunctions, 'junction', RAIL_JUNCTION_COLUMNS),
    issues,
  );
  const railTracks = readRailTracks(table(DATASET_FILES.railTracks, 'track', RAIL_TRACK_COLUMNS), issues);
  const roadLinks = readRoadLinks(table(DATASET_FILES.roadLinks, 'road', ROAD_LINK_COLUMNS), issues);
  const demandText = files[DATASET_FILES.demand];
  if (demandText !== undefined) progress(DATASET_FILES.demand);
  const demandRows =
    demandText === undefined ? [] : parseTable(DATASET_FILES.demand, demandText, DEMAND_COLUMNS, issues);
  for (const row of demandRows) {
    locate.set('demand', `${row.cells.from}>${row.cells.to}>${row.cells.cargo}`, {
      file: DATASET_FILES.demand,
      row: row.row,
    });
  }
  const demand = readDemand(demandRows, issues);
  const services = json(DATASET_FILES.services, readServices) ?? [];
  for (const [index, service] of services.entries()) {
    locate.set('service', service.id, { file: DATASET_FILES.services, pointer: `/services/${index}` });
  }
  const corridors = json(DATASET_FILES.corridors, readCorridors) ?? [];
  for (const [index, corridor] of corridors.entries()) {
    locate.set('corridor', corridor.id, { file: DATASET_FILES.corridors, pointer: `/corridors/${index}` });
  }
  const scenarios = json(DATASET_FILES.scenarios, readScenarios) ?? [];
  const calibration = json(DATASET_FILES.calibration, readCalibration) ?? [];
  for (const [index, target] of calibration.entries()) {
    locate.set('calibration', target.id, { file: DATASET_FILES.calibration, pointer: `/targets/${index}` });
  }

  const network: Network = {
    formatVersion: FORMAT_VERSION,
    name: manifest?.name ?? '',
    ...(manifest?.nameZh === undefined ? {} : { nameZh: manifest.nameZh }),
    description: manifest?.description ?? '',
    places,
    terminals,
    seaWaypoints,
    seaLanes,
    railJunctions,
    railTracks,
    roadLinks,
    services,
    corridors,
    demand,
    calibration,
    scenarios,
    sources,
  };
  // Cross-file checks need every file whole: after a missing file, a broken header or a JSON file that does
  // not match its schema, they would only echo that problem as a flood of unknown references.
  const fileLevelProblems = issues.items.some(
    (issue) =>
      (issue.row === undefined && issue.pointer === undefined) || issue.row === 1 || issue.pointer !== undefined,
  );
  const parsedIds = new Set(
    [
      ...places,
      ...terminals,
      ...seaWaypoints,
      ...railJunctions,
      ...seaLanes,
      ...railTracks,
      ...roadLinks,
      ...sources,
    ].map((e) => e.id),
  );
  if (!fileLevelProblems) {
    progress(null);
    checkNetwork(network, locate, issues, new Set([...rawIds].filter((id) => !parsedIds.has(id))));
    // Scenarios edit a network: their references are checked once the network itself holds together.
    if (issues.count === 0)
      checkScenarios(network, scenarios, DATASET_FILES.scenarios, (i) => `/scenarios/${i}`, issues);
  }
  if (issues.count > 0) {
    const what = options.name === undefined ? 'the dataset' : `dataset ${options.name}`;
    throw new CorridorError(
      'invalid-input',
      `${what} is invalid (${issues.count} problem${issues.count === 1 ? '' : 's'}):`,
      issues.listed(),
    );
  }
  return network;
}
