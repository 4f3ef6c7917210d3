import { existsSync, readFileSync, statSync } from 'node:fs';
import { CorridorError, didYouMean, excerpt, type InputIssue, type Network, suggest } from '@corridor/core';
import {
  answerJson,
  createEngine,
  type Engine,
  type RouteRequest,
  type ScenarioAnswer,
  type ScenarioCompareRequest,
  type ScenarioInput,
} from '@corridor/core/engine';
import { Command, Option } from 'commander';
import type { CliOutput } from '../run-cli.js';
import { listOption, withOptions } from './engine-request.js';
import { formatScenario } from './format-scenario.js';
import { loadDataset } from './load-dataset.js';

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

/** What the table shows besides the answer: where the scenario came from. */
export type ScenarioOrigin = 'preset' | { readonly file: string };

/**
 * The scenario named on the command line: a preset id of the dataset, else a JSON file holding one scenario
 * object (checked against the network, every problem listed with its JSON pointer: exit 1). Neither: exit 2
 * with the presets it may have meant.
 */
export function readScenarioArgument(
  text: string,
  network: Network,
): { scenario: ScenarioInput; origin: ScenarioOrigin; source: string } {
  if (network.scenarios.some((s) => s.id === text)) return { scenario: text, origin: 'preset', source: text };
  if (existsSync(text) && statSync(text).isFile()) {
    return { scenario: { json: readFileSync(text, 'utf8') }, origin: { file: text }, source: text };
  }
  const ids = network.scenarios.map((s) => s.id);
  const hint = didYouMean(suggest(text, ids));
  throw new CorridorError(
    'unknown-reference',
    `scenario: "${excerpt(text)}" is neither a preset nor a file${hint === '' ? '' : hint}; ` +
      (ids.length === 0 ? 'the dataset has no presets; give a scenario JSON file' : `presets: ${ids.join(', ')}`),
  );
}

/** Whether `text` names a place or terminal of the network. */
function resolves(engine: Engine, text: string): boolean {
  try {
    engine.lookup.find(text);
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
export function splitRoutePair(text: string, engine: Engine): [string, string] | undefined {
  const colons: number[] = [];
  for (let i = text.lastIndexOf(':'); i > 0; i = text.lastIndexOf(':', i - 1)) colons.push(i);
  if (colons.length === 0) return undefined;
  for (const i of colons) {
    const from = text.slice(0, i).trim();
    const to = text.slice(i + 1).trim();
    if (resolves(engine, from) && resolves(engine, to)) return [from, to];
  }
  const last = colons[0] as number;
  return [text.slice(0, last).trim(), text.slice(last + 1).trim()];
}

/**
 * `--routes FILE`: a JSON array of route queries (`{ "from": "Xiamen", "to": "NLRTM", "modes": ["sea"] }`,
 * any field of a route query), compared as written. Every problem is listed with its JSON pointer (exit 1).
 */
export function readRoutesFile(file: string): RouteRequest[] {
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
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch (error) {
    throw new CorridorError('invalid-input', `scenario: --routes ${file} is not a valid route list (1 problem):`, [
      { file, code: 'not-json', message: `not JSON (${error instanceof Error ? error.message : String(error)})` },
    ]);
  }
  if (!Array.isArray(items)) {
    throw new CorridorError('invalid-input', `scenario: --routes ${file} is not a valid route list (1 problem):`, [
      {
        file,
        code: 'wrong-type',
        params: { expected: 'array' },
        message: 'not an array',
        fix: 'write [{"from":"Xiamen","to":"Rotterdam"}, …]',
      },
    ]);
  }
  return items as RouteRequest[];
}

/**
 * The engine's problems with the routes as the user wrote them: a route of the `--routes` file by its JSON
 * pointer in the file (thrown: exit 1, like any invalid file); a `--route` pair as a line naming the option.
 */
function routeProblems(
  error: CorridorError,
  file: string | undefined,
  fileRoutes: number,
  pairs: readonly string[],
): string[] {
  const inFile: InputIssue[] = [];
  const lines: string[] = [];
  for (const issue of error.issues) {
    const match = /^routes\[(\d+)\](?:\.(\w+))?/.exec(issue.field ?? '');
    const index = match === null ? -1 : Number(match[1]);
    const field = match?.[2];
    if (file !== undefined && index >= 0 && index < fileRoutes) {
      const where = {
        pointer: `/${index}${field === undefined ? '' : `/${field}`}`,
        ...(field === undefined ? {} : { field }),
      };
      inFile.push({ ...issue, file, ...where });
    } else {
      const end = field === undefined ? '' : ` ${field}`;
      const value = issue.value === undefined ? '' : ` "${issue.value}"`;
      const fix = issue.fix === undefined ? '' : `; ${issue.fix}`;
      lines.push(`--route "${pairs[index - fileRoutes] ?? ''}":${end}${value} — ${issue.message}${fix}`);
    }
  }
  if (inFile.length > 0) {
    const count = `${inFile.length} problem${inFile.length === 1 ? '' : 's'}`;
    throw new CorridorError(
      'invalid-input',
      `scenario: --routes ${file} is not a valid route list (${count}):`,
      inFile,
    );
  }
  return lines;
}

/** Everything the table and the JSON show: the engine's answer, and where the scenario came from. */
export interface ScenarioOutput {
  readonly answer: ScenarioAnswer;
  readonly origin: ScenarioOrigin;
}

/**
 * Reads the arguments into the engine's request and compares the scenario with the base network.
 *
 * @param scenarioText - the `<scenario>` argument: a preset id or a file
 * @param options - the options commander parsed
 */
export function runScenario(scenarioText: string, options: ScenarioCommandOptions): ScenarioOutput {
  const network = loadDataset(options.data);
  const engine = createEngine(network);
  const { scenario, origin, source } = readScenarioArgument(scenarioText, network);
  const problems: string[] = [];
  const pairs: string[] = [];
  const routes: RouteRequest[] = options.routes === undefined ? [] : readRoutesFile(options.routes);
  const fileRoutes = routes.length;
  for (const text of options.route ?? []) {
    const pair = splitRoutePair(text, engine);
    if (pair === undefined) {
      problems.push(`--route: "${text}" — give FROM:TO, e.g. CNXMN:NLRTM`);
      continue;
    }
    pairs.push(text);
    routes.push({ from: pair[0], to: pair[1] });
  }
  const request = {
    ...(routes.length > 0 || options.route !== undefined ? { routes } : {}),
    ...(options.objective === undefined ? {} : { objective: options.objective.trim().toLowerCase() }),
    ...(options.modes === undefined ? {} : { modes: listOption(options.modes)?.map((m) => m.toLowerCase()) }),
    ...(options.assign === true ? { assign: true } : {}),
    // A --routes file is compared as written; --route pairs (and the defaults) by sea, by rail and by any mode.
    ...(options.route === undefined && options.routes !== undefined ? { perMode: false } : {}),
  } as ScenarioCompareRequest;
  try {
    const answer = engine.compareScenario(scenario, request, { source });
    if (problems.length === 0) return { answer, origin };
  } catch (error) {
    if (!(error instanceof CorridorError) || error.code === 'invalid-input') throw error;
    if (error.issues.some((issue) => issue.field?.startsWith('routes['))) {
      problems.push(...routeProblems(error, options.routes, fileRoutes, pairs));
    } else {
      withOptions('scenario', { objective: '--objective', modes: '--modes', assign: '--assign' }, () => {
        throw error;
      });
    }
  }
  const unknown = problems.some((p) => /unknown|did you mean/.test(p));
  throw new CorridorError(
    unknown ? 'unknown-reference' : 'invalid-argument',
    problems.length === 1
      ? `scenario: ${problems[0]}`
      : `scenario: ${problems.length} problems with the arguments\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
}

/**
 * `corridor scenario <PRESET|FILE> [--route FROM:TO ...] [--routes FILE] [--objective O] [--modes M]
 * [--assign] [--data DIR] [--json]`: applies a scenario (a preset of the dataset, or a JSON file holding one
 * scenario object) and prints, before and after, the routes asked (each `--route` pair by sea and by rail
 * unless `--modes` is given; `--routes FILE` a JSON array of route queries; without either and without
 * `--assign`, a default set of OD pairs), with `--assign` the assignment's totals, corridor shifts, mode
 * shares, new bottlenecks and utilization changes, and always a plain-language summary and the suspended
 * services. `--json` prints the engine's `ScenarioAnswer` through `answerJson` (rounded, byte-identical across runs).
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
      io.out(options.json === true ? answerJson(run.answer) : formatScenario(run));
    });
}
