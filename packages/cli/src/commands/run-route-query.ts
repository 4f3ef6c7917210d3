import { answerJson, createEngine, type Engine, type RouteAnswer, type RouteRequest } from '@corridor/core/engine';
import type { Command } from 'commander';
import { EXIT_FAILURE } from '../exit-codes.js';
import type { CliOutput } from '../run-cli.js';
import { withOptions } from './engine-request.js';
import type { AskedRoute } from './format-itinerary.js';
import { loadDataset } from './load-dataset.js';
import { type RouteCommandOptions, routeOptionOfField, routeRequest } from './route-options.js';

/** The commander error code a command uses to end with its own exit code (see `runCli`). */
const NO_ROUTE = 'corridor.no-route';

/** What differs between `route` and `pareto`: the engine call and the table printed. */
export interface RouteQueryRun {
  readonly name: 'route' | 'pareto';
  readonly search: (engine: Engine, request: RouteRequest) => RouteAnswer;
  readonly table: (
    asked: AskedRoute,
    itineraries: Extract<RouteAnswer, { itineraries: unknown }>['itineraries'],
  ) => string;
}

/**
 * The action `route` and `pareto` share: arguments → engine request → the engine's answer → a table, `--json`
 * (the engine's answer, `answerJson`) or `--geojson` (the engine's `routeGeoJson`). Exit 2 on any bad argument,
 * every one named by its option; no route ends with exit 1 and the reason on stderr (and the `noRoute` document on
 * stdout with `--json` or `--geojson`).
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
  const engine = createEngine(loadDataset(options.data));
  const request = routeRequest(fromText, toText, options);
  let reason: string | undefined;
  if (options.geojson === true) {
    const collection = withOptions(run.name, routeOptionOfField(options), () =>
      engine.routeGeoJson(request, { splitAntimeridian: options.splitAntimeridian !== false }),
    );
    io.out(`${JSON.stringify(collection)}\n`);
    reason = collection.noRoute?.reason;
  } else {
    const answer = withOptions(run.name, routeOptionOfField(options), () => run.search(engine, request));
    if (options.json === true) io.out(answerJson(answer));
    if ('noRoute' in answer) reason = answer.noRoute.reason;
    else if (options.json !== true)
      io.out(run.table({ request, ends: answer.ends, snaps: answer.snaps }, answer.itineraries));
  }
  if (reason !== undefined)
    command.error(`corridor: ${run.name}: ${reason}`, { exitCode: EXIT_FAILURE, code: NO_ROUTE });
}
