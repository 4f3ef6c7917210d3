import { existsSync, readFileSync, statSync } from 'node:fs';
import {
  CorridorError,
  didYouMean,
  type InputIssue,
  type Location,
  type Mode,
  type Network,
  type RouteQuery,
  type Scenario,
  suggest,
} from '@corridor/core';
import { parseScenario } from '@corridor/core/load';
import { checkQuery, createRouter, type Router } from '@corridor/core/routing';
import { applyScenario, compareScenario, type ScenarioComparison } from '@corridor/core/scenario';
import { Command, Option } from 'commander';
import type { CliOutput } from '../run-cli.js';
import { formatScenario } from './format-scenario.js';
import { loadDataset } from './load-dataset.js';
import { locationId, locationName, readRouteQuery } from './route-options.js';
import { scenarioJson } from './scenario-json.js';

/** The options of `corridor scenario` as commander hands them over. */
interface ScenarioCommandOptions {
  route?: string[];
  routes?: string;
  objective?: string;
  modes?: string;
  assign?: boolean;
  data?: string;
  json?: boolean;
}

/** The OD pairs compared when neither `--route` nor `--routes` nor `--assign` is given (names, as typed). */
export const DEFAULT_ROUTE_PAIRS: readonly (readonly [string, string])[] = [
  ['Xiamen', 'Rotterdam'],
  ['Xiamen', 'Duisburg'],
  ['Xiamen', 'Los Angeles'],
  ['Fuzhou', 'Moscow'],
  ['Chengdu', 'Singapore'],
];

/** Each pair without `--modes` is compared once per main mode: by sea and by rail. */
export const COMPARED_MODES: readonly Mode[] = ['sea', 'rail'];

/** The objective of the compared routes unless `--objective` says otherwise: shippers book the cheapest. */
export const DEFAULT_SCENARIO_OBJECTIVE = 'cost';

/** One compared route: the query and the ends' names, and the mode it is restricted to when expanded. */
export interface ScenarioRoute {
  readonly query: RouteQuery;
  readonly fromName: string;
  readonly toName: string;
  /**
   * `sea`, `rail` or `any` (modes unrestricted) when the pair was expanded per mode: a row with no route on
   * either side is dropped, and so is the `any` row when a per-mode row of its pair says the same.
   */
  readonly by?: Mode | 'any';
}

/** Where the routes came from, for the heading. */
export type RoutesOrigin = 'default' | 'given' | 'none';

/** Everything the table and the JSON document show. */
export interface ScenarioRun {
  readonly scenario: Scenario;
  /** `preset` or the file the scenario was read from. */
  readonly origin: 'preset' | { readonly file: string };
  readonly routesOrigin: RoutesOrigin;
  readonly objective: string;
  readonly routes: readonly ScenarioRoute[];
  readonly comparison: ScenarioComparison;
}

/**
 * The scenario named on the command line: a preset id of the dataset, else a JSON file holding one scenario
 * object (checked against the network, every problem listed with its JSON pointer: exit 1). Neither: exit 2
 * with the presets it may have meant.
 */
export function readScenarioArgument(
  text: string,
  network: Network,
): { scenario: Scenario; origin: ScenarioRun['origin'] } {
  const preset = network.scenarios.find((s) => s.id === text);
  if (preset !== undefined) return { scenario: preset, origin: 'preset' };
  if (existsSync(text) && statSync(text).isFile()) {
    return { scenario: parseScenario(readFileSync(text, 'utf8'), network, text), origin: { file: text } };
  }
  const ids = network.scenarios.map((s) => s.id);
  const hint = didYouMean(suggest(text, ids));
  throw new CorridorError(
    'unknown-reference',
    `scenario: "${text}" is neither a preset nor a file${hint === '' ? '' : hint}; ` +
      (ids.length === 0 ? 'the dataset has no presets; give a scenario JSON file' : `presets: ${ids.join(', ')}`),
  );
}

/** Whether `text` names a place or terminal of the network. */
function resolves(router: Router, text: string): boolean {
  try {
    router.lookup.find(text);
    return true;
  } catch (error) {
    if (error instanceof CorridorError) return false;
    throw error;
  }
}

/**
 * `FROM:TO` split at a colon where both sides are places (the last such colon first, since a name may hold a
 * colon), else at the last colon so the unknown end is reported.
 */
export function splitRoutePair(text: string, router: Router): [string, string] | undefined {
  const colons: number[] = [];
  for (let i = text.lastIndexOf(':'); i > 0; i = text.lastIndexOf(':', i - 1)) colons.push(i);
  if (colons.length === 0) return undefined;
  for (const i of colons) {
    const from = text.slice(0, i).trim();
    const to = text.slice(i + 1).trim();
    if (resolves(router, from) && resolves(router, to)) return [from, to];
  }
  const last = colons[0] as number;
  return [text.slice(0, last).trim(), text.slice(last + 1).trim()];
}

const endName = (location: Location) => locationName(location);

/** `--route` pairs (or the default pairs) read into queries, each expanded per mode unless `--modes` is given. */
function readPairs(
  router: Router,
  pairs: readonly (readonly [string, string])[],
  options: ScenarioCommandOptions,
  problems: string[],
  skipUnknown: boolean,
): ScenarioRoute[] {
  const routes: ScenarioRoute[] = [];
  for (const [from, to] of pairs) {
    if (skipUnknown && !(resolves(router, from) && resolves(router, to))) continue;
    try {
      const read = readRouteQuery('scenario', router, from, to, {
        objective: options.objective ?? DEFAULT_SCENARIO_OBJECTIVE,
        ...(options.modes === undefined ? {} : { modes: options.modes }),
      });
      const names = { fromName: endName(read.from), toName: endName(read.to) };
      if (options.modes !== undefined) routes.push({ query: read.query, ...names });
      else {
        for (const by of COMPARED_MODES) routes.push({ query: { ...read.query, modes: [by] }, ...names, by });
        routes.push({ query: read.query, ...names, by: 'any' });
      }
    } catch (error) {
      if (!(error instanceof CorridorError)) throw error;
      problems.push(error.message.replace(/^scenario: /, ''));
    }
  }
  return routes;
}

/**
 * `--routes FILE`: a JSON array of route queries (`{ "from": "Xiamen", "to": "NLRTM", "modes": ["sea"] }`,
 * any field of a route query), compared as written. Every problem is listed with its JSON pointer (exit 1).
 */
export function readRoutesFile(file: string, router: Router): ScenarioRoute[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new CorridorError(
      'invalid-argument',
      `scenario: --routes: cannot read "${file}" (${reason}); give a JSON array of route queries, ` +
        'e.g. [{"from":"Xiamen","to":"Rotterdam","modes":["sea"]}]',
    );
  }
  const issues: InputIssue[] = [];
  const bad = (pointer: string, field: string | undefined, value: unknown, message: string, fix?: string) =>
    issues.push({
      file,
      pointer,
      ...(field === undefined ? {} : { field }),
      ...(value === undefined ? {} : { value: typeof value === 'string' ? value : JSON.stringify(value) }),
      message,
      ...(fix === undefined ? {} : { fix }),
    });
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch (error) {
    bad('', undefined, undefined, `not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const routes: ScenarioRoute[] = [];
  if (issues.length === 0 && !Array.isArray(items)) {
    bad('', undefined, undefined, 'not an array', 'write [{"from":"Xiamen","to":"Rotterdam"}, …]');
  }
  if (Array.isArray(items)) {
    items.forEach((item: unknown, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        bad(`/${i}`, undefined, item, 'not a route query object', 'write {"from":"Xiamen","to":"Rotterdam"}');
        return;
      }
      const written = item as Record<string, unknown>;
      const ends: Partial<Record<'from' | 'to', Location>> = {};
      for (const end of ['from', 'to'] as const) {
        const value = written[end];
        if (typeof value !== 'string') {
          bad(`/${i}/${end}`, end, value, 'missing or not a string', 'give a place id, code or name');
          continue;
        }
        try {
          ends[end] = router.lookup.find(value, end);
        } catch (error) {
          if (!(error instanceof CorridorError)) throw error;
          bad(`/${i}/${end}`, end, value, error.message);
        }
      }
      if (ends.from === undefined || ends.to === undefined) return;
      const query = {
        objective: DEFAULT_SCENARIO_OBJECTIVE,
        ...written,
        from: locationId(ends.from),
        to: locationId(ends.to),
      } as RouteQuery;
      try {
        checkQuery(query, router.network);
      } catch (error) {
        if (!(error instanceof CorridorError)) throw error;
        for (const issue of error.issues) {
          bad(
            `/${i}${issue.field === undefined ? '' : `/${issue.field}`}`,
            issue.field,
            issue.value,
            issue.message,
            issue.fix,
          );
        }
        if (error.issues.length === 0) bad(`/${i}`, undefined, undefined, error.message);
        return;
      }
      routes.push({ query, fromName: endName(ends.from), toName: endName(ends.to) });
    });
  }
  if (issues.length > 0) {
    throw new CorridorError(
      'invalid-input',
      `scenario: --routes ${file} is not a valid route list (${issues.length} problem${issues.length === 1 ? '' : 's'}):`,
      issues,
    );
  }
  return routes;
}

/**
 * Reads the arguments, applies the scenario and compares it with the base network.
 *
 * @param scenarioText - the `<scenario>` argument: a preset id or a file
 * @param options - the options commander parsed
 */
export function runScenario(scenarioText: string, options: ScenarioCommandOptions): ScenarioRun {
  const network = loadDataset(options.data);
  const { scenario, origin } = readScenarioArgument(scenarioText, network);
  const router = createRouter(network);
  const problems: string[] = [];
  let routes: ScenarioRoute[] = [];
  let routesOrigin: RoutesOrigin = 'given';
  const given = options.route ?? [];
  const pairs: [string, string][] = [];
  for (const text of given) {
    const pair = splitRoutePair(text, router);
    if (pair === undefined) problems.push(`--route: "${text}" — give FROM:TO, e.g. CNXMN:NLRTM`);
    else pairs.push(pair);
  }
  if (options.routes !== undefined) routes = readRoutesFile(options.routes, router);
  routes.push(...readPairs(router, pairs, options, problems, false));
  if (given.length === 0 && options.routes === undefined) {
    if (options.assign === true) routesOrigin = 'none';
    else {
      routesOrigin = 'default';
      // A user's dataset may not hold every default place: those pairs are skipped.
      routes = readPairs(router, DEFAULT_ROUTE_PAIRS, options, problems, true);
    }
  }
  if (problems.length > 0) {
    const unknown = problems.some((p) => /unknown|did you mean/.test(p));
    throw new CorridorError(
      unknown ? 'unknown-reference' : 'invalid-argument',
      problems.length === 1
        ? `scenario: ${problems[0]}`
        : `scenario: ${problems.length} problems with the arguments\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  const applied = applyScenario(network, scenario);
  const full = compareScenario(network, applied, {
    routes: routes.map((r) => r.query),
    baseRouter: router,
    ...(options.assign === true ? { assignment: true } : {}),
  });
  // A per-mode row with no route on either side (Xiamen → Los Angeles by rail) says nothing; nor does the
  // any-mode row when the best route is the one a per-mode row of the pair already shows, before and after.
  const same = (i: number, j: number) =>
    JSON.stringify([full.routes[i]?.before, full.routes[i]?.after]) ===
    JSON.stringify([full.routes[j]?.before, full.routes[j]?.after]);
  const keep = full.routes.map((r, i) => {
    const by = routes[i]?.by;
    if (by === undefined) return true;
    if ('noRoute' in r.before && 'noRoute' in r.after) return false;
    if (by !== 'any') return true;
    const siblings = COMPARED_MODES.map((_, k) => i - COMPARED_MODES.length + k);
    return !siblings.some((j) => same(i, j));
  });
  return {
    scenario,
    origin,
    routesOrigin,
    objective: routes[0]?.query.objective ?? options.objective ?? DEFAULT_SCENARIO_OBJECTIVE,
    routes: routes.filter((_, i) => keep[i]),
    comparison: { ...full, routes: full.routes.filter((_, i) => keep[i]) },
  };
}

/**
 * `corridor scenario <PRESET|FILE> [--route FROM:TO ...] [--routes FILE] [--objective O] [--modes M]
 * [--assign] [--data DIR] [--json]`: applies a scenario (a preset of the dataset, or a JSON file holding one
 * scenario object) and prints, before and after, the routes asked (each `--route` pair by sea and by rail
 * unless `--modes` is given; `--routes FILE` a JSON array of route queries; without either and without
 * `--assign`, a default set of OD pairs), with `--assign` the assignment's totals, corridor shifts, mode
 * shares, new bottlenecks and utilization changes, and always a plain-language summary and the suspended
 * services. `--json` prints the document of {@link scenarioJson} (rounded, byte-identical across runs).
 * Exit 2 for an unknown preset (with a did-you-mean) or a bad argument; exit 1 for an invalid scenario or
 * routes file, every problem listed with its JSON pointer.
 *
 * @param io - where to write
 * @returns the commander command
 */
export function scenarioCommand(io: CliOutput): Command {
  return new Command('scenario')
    .description('apply a scenario (preset or JSON file) and compare routes and flows before and after')
    .argument('<scenario>', 'a preset id of the dataset (red-sea-closure, …) or a scenario JSON file')
    .option(
      '--route <from:to>',
      'an OD pair to compare, repeatable; places by id, code or name (CNXMN:NLRTM)',
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option('--routes <file>', 'a JSON array of route queries: [{"from":"Xiamen","to":"NLRTM","modes":["sea"]}]')
    .option('--objective <objective>', 'what the compared routes minimise: time, cost, co2 or balanced (default cost)')
    .option(
      '--modes <modes>',
      'modes of the --route and default pairs, comma-separated (default: a row by sea, rail, any mode)',
    )
    .option('--assign', 'also assign the demand before and after: corridor shifts, mode shares, bottlenecks')
    .option('--data <dir>', 'a dataset folder instead of the bundled one')
    .addOption(new Option('--json', 'print JSON: scenario, routes before/after, assignment shifts, summary'))
    .action((scenarioText: string, options: ScenarioCommandOptions) => {
      const run = runScenario(scenarioText, options);
      io.out(options.json === true ? scenarioJson(run) : formatScenario(run));
    });
}
