import { Command } from 'commander';
import type { CliOutput } from '../run-cli.js';
import { formatParetoFront } from './format-itinerary.js';
import { addRouteOptions, type RouteCommandOptions } from './route-options.js';
import { runRouteQuery } from './run-route-query.js';

/**
 * `corridor pareto <from> <to> [the options of route] [--json | --geojson]`: the routes no other route beats
 * on time, cost and CO2e at once, fastest first — one line each, or the same JSON and GeoJSON as `corridor
 * route`. `--alternatives K` keeps the K options best by `--objective`; `--via` keeps those through a place.
 * Exit codes as `corridor route`.
 *
 * @param io - where to write
 * @returns the commander command
 */
export function paretoCommand(io: CliOutput): Command {
  const command = new Command('pareto')
    .description('the trade-offs between time, cost and CO2e: every route no other beats on all three')
    .argument('<from>', 'a place or terminal: id, UN/LOCODE, IATA code, English or Chinese name')
    .argument('<to>', 'a place or terminal, likewise');
  return addRouteOptions(command, { objective: true, alternatives: true, via: true }).action(
    (from: string, to: string, options: RouteCommandOptions, self: Command) => {
      runRouteQuery(
        io,
        self,
        { name: 'pareto', search: (engine, request) => engine.pareto(request), table: formatParetoFront },
        from,
        to,
        options,
      );
    },
  );
}
