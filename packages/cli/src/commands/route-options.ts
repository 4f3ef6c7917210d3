import {
  CorridorError,
  didYouMean,
  type InputIssue,
  type Location,
  type LonLat,
  MODES,
  type Mode,
  OBJECTIVES,
  type Objective,
  PASSAGE_IDS,
  type PassageId,
  type RouteQuery,
  suggest,
} from '@corridor/core';
import { checkQuery, MAX_ALTERNATIVES, nearestPlace, type Router } from '@corridor/core/routing';
import { type Command, Option } from 'commander';

/** The options of `corridor route` and `corridor pareto` as commander hands them over (all text). */
export interface RouteCommandOptions {
  objective?: string;
  modes?: string;
  avoid?: string;
  avoidCountries?: string;
  avoidTerminals?: string;
  depart?: string;
  teu?: string;
  tonnes?: string;
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

/** A checked query with the ends (and via) resolved, for headings. */
export interface ReadQuery {
  readonly query: RouteQuery;
  readonly from: Location;
  readonly to: Location;
  readonly via?: Location;
}

function choices(values: readonly string[]): string {
  return `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/**
 * Adds the options `route` and `pareto` share to `command`: objective, modes, avoided passages, countries
 * and terminals, departure, shipment (`--teu` xor `--tonnes`), alternatives, transfers, via, dataset and
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
    .addOption(new Option('--teu <n>', 'shipment size in TEU (default 1)').conflicts('tonnes'))
    .addOption(new Option('--tonnes <n>', 'shipment mass in tonnes, instead of --teu'));
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

/** The query field a library issue names, as the command-line option a user typed. */
const OPTION_OF_FIELD: Readonly<Record<string, string>> = {
  objective: '--objective',
  modes: '--modes',
  avoid: '--avoid',
  avoidTerminals: '--avoid-terminals',
  avoidCountries: '--avoid-countries',
  maxTransfers: '--max-transfers',
  alternatives: '--alternatives',
  depart: '--depart',
  teu: '--teu',
  tonnes: '--tonnes',
};

/** One library issue as a command-line problem: `--depart: "2026-13-01" — not a date; use YYYY-MM-DD …`. */
export function issueLine(issue: InputIssue): string {
  const option = issue.field === undefined ? issue.file : (OPTION_OF_FIELD[issue.field] ?? issue.field);
  const value = issue.value === undefined ? '' : ` "${issue.value}"`;
  return `${option}:${value} — ${issue.message}${issue.fix === undefined ? '' : `; ${issue.fix}`}`;
}

const list = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** `text` as a number, or a problem line; `undefined` when the option was not given. */
function readNumber(text: string | undefined, option: string, problems: string[]): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return Number(trimmed);
  problems.push(`${option}: "${text}" is not a number; e.g. 2`);
  return undefined;
}

/** Items of a comma-separated option that must each be one of `valid`, with a "did you mean" for the others. */
function readChoices<T extends string>(
  text: string | undefined,
  option: string,
  what: string,
  valid: readonly T[],
  problems: string[],
): T[] | undefined {
  if (text === undefined) return undefined;
  const out: T[] = [];
  for (const item of list(text)) {
    const found = valid.find((v) => v === item.toLowerCase());
    if (found !== undefined) {
      if (!out.includes(found)) out.push(found);
      continue;
    }
    const hint = didYouMean(suggest(item.toLowerCase(), valid));
    problems.push(`${option}: unknown ${what} "${item}"${hint === '' ? `; use ${choices(valid)}` : hint}`);
  }
  if (out.length === 0 && list(text).length === 0) problems.push(`${option}: give at least one ${what}`);
  return out;
}

/**
 * Reads the arguments and options of `route` or `pareto` into a library query, collecting every problem
 * (unknown places, modes, passages; numbers that are not numbers; what the library's own checks refuse)
 * into one error, so the user fixes them all at once.
 *
 * @param command - `route` or `pareto`, to prefix the message
 * @param router - a router on the dataset (for its lookup)
 * @param fromText - the `<from>` argument
 * @param toText - the `<to>` argument
 * @param options - the options commander parsed
 * @returns the query and the resolved ends
 * @throws CorridorError `unknown-reference` or `invalid-argument` (exit 2) naming each bad value and its fix
 */
export function readRouteQuery(
  command: string,
  router: Router,
  fromText: string,
  toText: string,
  options: RouteCommandOptions,
): ReadQuery {
  const problems: string[] = [];
  let unknown = false;
  const find = (text: string, role: string): Location | undefined => {
    try {
      return router.lookup.find(text, role);
    } catch (error) {
      if (!(error instanceof CorridorError)) throw error;
      unknown ||= error.code === 'unknown-reference';
      problems.push(error.message);
      return undefined;
    }
  };
  // `lon,lat` is a position: the library snaps it to the nearest place (and reports the distance).
  const endOf = (text: string, role: string): { location: Location | undefined; end?: { position: LonLat } } => {
    const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
    if (match === null) return { location: find(text, role) };
    const position: LonLat = [Number(match[1]), Number(match[2])];
    if (Math.abs(position[0]) > 180 || Math.abs(position[1]) > 90) {
      problems.push(`${role}: "${text}" is not a longitude,latitude pair; use lon in -180..180 and lat in -90..90`);
      return { location: undefined };
    }
    return { location: { kind: 'place', place: nearestPlace(router.network, position).place }, end: { position } };
  };
  const fromEnd = endOf(fromText, 'from');
  const toEnd = endOf(toText, 'to');
  const from = fromEnd.location;
  const to = toEnd.location;
  const via = options.via === undefined ? undefined : find(options.via, '--via');

  const objectives = readChoices(options.objective, '--objective', 'objective', OBJECTIVES, problems);
  if (objectives !== undefined && objectives.length > 1) problems.push('--objective: give one objective');
  const modes = readChoices<Mode>(options.modes, '--modes', 'mode', MODES, problems);
  const avoidPassages = readChoices<PassageId>(options.avoid, '--avoid', 'passage', PASSAGE_IDS, problems);
  const teu = readNumber(options.teu, '--teu', problems);
  const tonnes = readNumber(options.tonnes, '--tonnes', problems);
  for (const [option, value] of [
    ['--teu', teu],
    ['--tonnes', tonnes],
  ] as const) {
    if (value !== undefined && !(Number.isFinite(value) && value > 0)) {
      problems.push(`${option}: "${value}" — must be a number > 0; e.g. 2`);
    }
  }
  const alternatives = readNumber(options.alternatives, '--alternatives', problems);
  const maxTransfers = readNumber(options.maxTransfers, '--max-transfers', problems);
  const objective: Objective | undefined = objectives?.[0];
  const query: RouteQuery = {
    from: fromEnd.end ?? (from === undefined ? fromText : locationId(from)),
    to: toEnd.end ?? (to === undefined ? toText : locationId(to)),
    ...(objective === undefined ? {} : { objective }),
    ...(teu === undefined ? {} : { teu }),
    ...(tonnes === undefined ? {} : { tonnes }),
    ...(modes === undefined || modes.length === 0 ? {} : { modes }),
    ...(avoidPassages === undefined ? {} : { avoidPassages }),
    ...(options.avoidTerminals === undefined ? {} : { avoidTerminals: list(options.avoidTerminals) }),
    ...(options.avoidCountries === undefined
      ? {}
      : { avoidCountries: list(options.avoidCountries).map((c) => c.toUpperCase()) }),
    ...(maxTransfers === undefined ? {} : { maxTransfers }),
    ...(via === undefined ? {} : { via: locationId(via) }),
    ...(options.depart === undefined ? {} : { depart: options.depart.trim() }),
    ...(alternatives === undefined ? {} : { alternatives }),
  };
  // The library's own checks (ranges, dates, terminal ids, country codes), reported with the rest.
  try {
    checkQuery(query, router.network);
  } catch (error) {
    if (!(error instanceof CorridorError)) throw error;
    unknown ||= error.code === 'unknown-reference';
    // Unknown modes and passages are already reported above, with the option's own wording.
    for (const issue of error.issues) {
      if (issue.field !== 'modes' && issue.field !== 'avoid' && issue.field !== 'objective') {
        problems.push(issueLine(issue));
      }
    }
    if (error.issues.length === 0) problems.push(error.message);
  }
  if (problems.length > 0 || from === undefined || to === undefined) {
    const summary =
      problems.length === 1
        ? `${command}: ${problems[0]}`
        : `${command}: ${problems.length} problems with the arguments\n${problems.map((p) => `  - ${p}`).join('\n')}`;
    throw new CorridorError(unknown ? 'unknown-reference' : 'invalid-argument', summary);
  }
  return { query, from, to, ...(via === undefined ? {} : { via }) };
}

/** The id of a place or terminal. */
export function locationId(location: Location): string {
  return location.kind === 'place' ? location.place.id : location.terminal.id;
}

/** The English name of a place or terminal. */
export function locationName(location: Location): string {
  return location.kind === 'place' ? location.place.nameEn : location.terminal.nameEn;
}
