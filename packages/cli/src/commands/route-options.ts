import type { Location } from '@corridor/core';
import { CONTAINER_TYPES, feuToTeu, MODES, OBJECTIVES } from '@corridor/core';
import type { RouteRequest } from '@corridor/core/engine';
import { MAX_ALTERNATIVES } from '@corridor/core/routing';
import { type Command, Option } from 'commander';
import { listOption, numberOption } from './engine-request.js';

/** The options of `corridor route` and `corridor pareto` as commander hands them over (all text). */
export interface RouteCommandOptions {
  objective?: string;
  modes?: string;
  avoid?: string;
  avoidCountries?: string;
  avoidTerminals?: string;
  depart?: string;
  teu?: string;
  feu?: string;
  tonnes?: string;
  container?: string;
  alternatives?: string;
  maxTransfers?: string;
  via?: string;
  data?: string;
  json?: boolean;
  geojson?: boolean;
  /** `false` with `--no-split-antimeridian`; unset means split. */
  splitAntimeridian?: boolean;
}

/** Which of the shared options a command offers. */
export interface RouteOptionSet {
  readonly objective: boolean;
  readonly alternatives: boolean;
  readonly via: boolean;
}

function choices(values: readonly string[]): string {
  return `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/**
 * Adds the options `route` and `pareto` share to `command`: objective, modes, avoided passages, countries
 * and terminals, departure, shipment (`--teu`, `--feu` or `--tonnes`) and its container type, alternatives,
 * transfers, via, dataset and
 * output format (`--json` xor `--geojson`).
 *
 * @param command - the command to add them to
 * @param set - which of the optional groups to offer
 * @returns `command`, for chaining
 */
export function addRouteOptions(command: Command, set: RouteOptionSet): Command {
  if (set.objective) {
    command.option('--objective <objective>', `what to minimise: ${choices(OBJECTIVES)} (default time)`);
  }
  command
    .option('--modes <modes>', `modes the route may use, comma-separated: ${MODES.join(',')} (default all)`)
    .option('--avoid <passages>', 'passages the route may not use, comma-separated (suez,bab-el-mandeb)')
    .option('--avoid-countries <codes>', 'ISO 3166-1 alpha-2 codes of countries not to cross or call at (RU,BY)')
    .option('--avoid-terminals <ids>', 'terminal ids the route may not use, comma-separated')
    .option('--depart <date>', 'departure date, YYYY-MM-DD (UTC) or ISO 8601: timed search on the timetables')
    .addOption(new Option('--teu <n>', 'shipment size in TEU (default 1)').conflicts(['tonnes', 'feu']))
    .addOption(
      new Option('--feu <n>', 'shipment size in 40-foot boxes (FEU), costed as 2 TEU each').conflicts('tonnes'),
    )
    .addOption(new Option('--tonnes <n>', 'shipment mass in tonnes, instead of --teu'))
    .option(
      '--container <type>',
      `what the boxes are: ${choices(CONTAINER_TYPES)} (default dry); reefer adds the sourced reefer surcharge ` +
        'by sea and road, and says where it is not costed (rail, air: no published figure)',
    );
  if (set.alternatives) {
    command.option('--alternatives <k>', `how many materially different routes, 1 to ${MAX_ALTERNATIVES} (default 1)`);
  }
  command.option('--max-transfers <n>', 'most changes of vehicle, 0 to 20 (default unlimited)');
  if (set.via) command.option('--via <place>', 'a place or terminal the route must pass through');
  return command
    .option('--data <dir>', 'a dataset folder instead of the bundled one')
    .addOption(new Option('--json', 'print JSON: itineraries with totals and legs, or noRoute').conflicts('geojson'))
    .addOption(new Option('--geojson', 'print a GeoJSON FeatureCollection: a line per leg, a point per stop'))
    .option('--split-antimeridian', 'with --geojson, cut lines at ±180° as RFC 7946 asks (the default)')
    .option('--no-split-antimeridian', 'with --geojson, keep lines continuous past ±180° (for MapLibre, Leaflet)');
}

/** The option (or argument) a user typed for each field of a route request. */
export const ROUTE_OPTION_OF_FIELD: Readonly<Record<string, string>> = {
  from: 'from',
  to: 'to',
  via: '--via',
  objective: '--objective',
  modes: '--modes',
  avoidPassages: '--avoid',
  avoidTerminals: '--avoid-terminals',
  avoidCountries: '--avoid-countries',
  maxTransfers: '--max-transfers',
  alternatives: '--alternatives',
  depart: '--depart',
  teu: '--teu',
  tonnes: '--tonnes',
  container: '--container',
};

/** The options of the fields of a request, `--feu` standing for `teu` when the size was given in FEU. */
export function routeOptionOfField(options: Pick<RouteCommandOptions, 'feu'>): Readonly<Record<string, string>> {
  return options.feu === undefined ? ROUTE_OPTION_OF_FIELD : { ...ROUTE_OPTION_OF_FIELD, teu: '--feu' };
}

/** `--feu` as TEU (two per FEU) when it reads as a number; else its text, for the engine to name. */
function feuOption(text: string): number | string | undefined {
  const feu = numberOption(text);
  return typeof feu === 'number' ? feuToTeu(feu) : feu;
}

/**
 * The arguments and options of `route` or `pareto` as the engine's request, passed on as typed (lists split at
 * commas, numbers read as numbers): the engine checks them all at once and the CLI names the options.
 *
 * @param fromText - the `<from>` argument
 * @param toText - the `<to>` argument
 * @param options - the options commander parsed
 * @returns the route request
 */
export function routeRequest(fromText: string, toText: string, options: RouteCommandOptions): RouteRequest {
  const lower = (items: string[] | undefined) => items?.map((item) => item.toLowerCase());
  const request: Record<string, unknown> = {
    from: fromText,
    to: toText,
    ...(options.objective === undefined ? {} : { objective: options.objective.trim().toLowerCase() }),
    ...(options.modes === undefined ? {} : { modes: lower(listOption(options.modes)) }),
    ...(options.avoid === undefined ? {} : { avoidPassages: lower(listOption(options.avoid)) }),
    ...(options.avoidTerminals === undefined ? {} : { avoidTerminals: listOption(options.avoidTerminals) }),
    ...(options.avoidCountries === undefined ? {} : { avoidCountries: listOption(options.avoidCountries) }),
    ...(options.teu === undefined ? {} : { teu: numberOption(options.teu) }),
    ...(options.feu === undefined ? {} : { teu: feuOption(options.feu) }),
    ...(options.tonnes === undefined ? {} : { tonnes: numberOption(options.tonnes) }),
    ...(options.container === undefined ? {} : { container: options.container.trim().toLowerCase() }),
    ...(options.alternatives === undefined ? {} : { alternatives: numberOption(options.alternatives) }),
    ...(options.maxTransfers === undefined ? {} : { maxTransfers: numberOption(options.maxTransfers) }),
    ...(options.via === undefined ? {} : { via: options.via }),
    ...(options.depart === undefined ? {} : { depart: options.depart.trim() }),
  };
  return request as RouteRequest;
}

/** The id of a place or terminal. */
export function locationId(location: Location): string {
  return location.kind === 'place' ? location.place.id : location.terminal.id;
}

/** The English name of a place or terminal. */
export function locationName(location: Location): string {
  return location.kind === 'place' ? location.place.nameEn : location.terminal.nameEn;
}
