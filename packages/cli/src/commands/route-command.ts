import { Command } from 'commander';
import type { CliOutput } from '../run-cli.js';
import { formatItineraries } from './format-itinerary.js';
import { addRouteOptions, type RouteCommandOptions } from './route-options.js';
import { runRouteQuery } from './run-route-query.js';

/**
 * `corridor route <from> <to> [--objective time|cost|co2|balanced] [--modes sea,rail,air,road]
 * [--avoid p1,p2] [--avoid-countries RU] [--avoid-terminals id] [--depart YYYY-MM-DD] [--teu N | --tonnes N]
 * [--alternatives K] [--max-transfers N] [--via PLACE] [--data DIR] [--json | --geojson]`: the best route
 * (and alternatives) by an objective, as a table, JSON (figures rounded: hours and km to 0.1, USD and kg
 * to 1; byte-identical across runs) or GeoJSON (one LineString per leg). Exit 1 with the reason when no
 * route exists; exit 2 for an unknown place, mode or passage or any other bad argument.
 *
 * @param io - where to write
 * @returns the commander command
 */
export function routeCommand(io: CliOutput): Command {
  const command = new Command('route')
    .description('the best route between two places by time, cost, CO2e or a balance, with its legs')
    .argument('<from>', 'a place or terminal: id, UN/LOCODE, IATA code, English or Chinese name')
    .argument('<to>', 'a place or terminal, likewise');
  return addRouteOptions(command, { objective: true, alternatives: true, via: true }).action(
    (from: string, to: string, options: RouteCommandOptions, self: Command) => {
      runRouteQuery(
        io,
        self,
        { name: 'route', search: (engine, request) => engine.route(request), table: formatItineraries },
        from,
        to,
        options,
      );
    },
  );
}
