import { CorridorError, type Itinerary, type Network, type RouteQuery, type RouteResult } from '@corridor/core';
import { createRouter, type Router } from '@corridor/core/routing';
import type { Command } from 'commander';
import { EXIT_FAILURE } from '../exit-codes.js';
import type { CliOutput } from '../run-cli.js';
import { routeResultJson } from './itinerary-json.js';
import { loadDataset } from './load-dataset.js';
import { issueLine, type ReadQuery, type RouteCommandOptions, readRouteQuery } from './route-options.js';
import { routeResultGeoJson } from './route-result-geojson.js';

/** The commander error code a command uses to end with its own exit code (see `runCli`). */
const NO_ROUTE = 'corridor.no-route';

/** What differs between `route` and `pareto`: the search asked and the table printed. */
export interface RouteQueryRun {
  readonly name: 'route' | 'pareto';
  readonly search: (router: Router, query: RouteQuery) => RouteResult;
  readonly table: (read: ReadQuery, itineraries: readonly Itinerary[], network: Network) => string;
}

/**
 * The action `route` and `pareto` share: load the dataset, read the query (exit 2 on any bad argument),
 * search, and print a table, `--json` or `--geojson` (cut at the antimeridian unless `--no-split-antimeridian`). No route ends with exit 1 and the reason on stderr
 * (and the `noRoute` document on stdout with `--json` or `--geojson`).
 *
 * @param io - where to write
 * @param command - the commander command, to end with exit 1
 * @param run - the search and the table of this command
 * @param fromText - the `<from>` argument
 * @param toText - the `<to>` argument
 * @param options - the options commander parsed
 */
export function runRouteQuery(
  io: CliOutput,
  command: Command,
  run: RouteQueryRun,
  fromText: string,
  toText: string,
  options: RouteCommandOptions,
): void {
  const router = createRouter(loadDataset(options.data));
  const read = readRouteQuery(run.name, router, fromText, toText, options);
  let result: RouteResult;
  try {
    result = run.search(router, read.query);
  } catch (error) {
    // What only the search can tell (a border crossing as an end, say), worded like the argument checks.
    if (!(error instanceof CorridorError) || error.issues.length === 0) throw error;
    const lines = error.issues.map(issueLine);
    const summary =
      lines.length === 1 ? `${run.name}: ${lines[0]}` : `${run.name}: ${lines.map((l) => `\n  - ${l}`).join('')}`;
    throw new CorridorError(error.code, summary, []);
  }
  if (options.json === true) io.out(routeResultJson(result, router.network));
  else if (options.geojson === true) {
    // Cut at ±180° unless asked not to: a file goes to GIS tools, which expect RFC 7946 longitudes.
    io.out(`${JSON.stringify(routeResultGeoJson(result, options.splitAntimeridian !== false))}\n`);
  }
  if ('noRoute' in result) {
    command.error(`corridor: ${run.name}: ${result.noRoute.reason}`, { exitCode: EXIT_FAILURE, code: NO_ROUTE });
    return;
  }
  if (options.json !== true && options.geojson !== true) io.out(run.table(read, result.itineraries, router.network));
}
