import { CorridorError, type InputIssue } from '../model/corridor-error.js';
import { jsonDepth } from '../model/json-depth.js';
import type { Network, Service } from '../model/network.js';
import { runFares } from '../model/pair-fares.js';
import type { Scenario, ScenarioEdit } from '../model/scenario.js';
import { didYouMean, suggest } from '../model/suggest.js';
import { CheckContext } from './check-context.js';
import { checkInfrastructure } from './check-infrastructure.js';
import { checkServices } from './check-services.js';
import { DATASET_LIMITS } from './dataset-limits.js';
import { IssueList } from './issue-list.js';
import { Locator } from './locator.js';
import { parseJson } from './read-json-parts.js';
import { scenarioSchemas, toScenario } from './read-scenarios.js';

/** Options of {@link parseScenario}. */
export interface ParseScenarioOptions {
  /**
   * Accept `"sources": []`: a scenario a user built (in the dashboard) cites nothing, and is shown labelled
   * as unsourced. Presets in scenarios.json always need a source.
   */
  readonly allowUnsourced?: boolean;
}

/**
 * Checks the references of scenarios against their network: every terminal, crossing, service, corridor,
 * region and source they name exists and is of the right kind; an added service obeys the rules of
 * services.json (stops of its mode, a path for every leg, gauge changes at crossings only).
 *
 * @param network - the base network (valid)
 * @param scenarios - the scenarios
 * @param file - where they were written
 * @param pointerOf - the JSON pointer of scenario `i` (`/scenarios/3`, or `` for a file of one)
 * @param issues - where problems go
 */
export function checkScenarios(
  network: Network,
  scenarios: readonly Scenario[],
  file: string,
  pointerOf: (index: number) => string,
  issues: IssueList,
): void {
  const terminals = new Map(network.terminals.map((t) => [t.id, t]));
  const services = new Set(network.services.map((s) => s.id));
  const corridors = new Set(network.corridors.map((c) => c.id));
  const sources = new Set(network.sources.map((s) => s.id));
  const regions = new Set(network.places.flatMap((p) => p.regions));
  const places = new Set(network.places.map((p) => p.id));
  const seen = new Set<string>();
  scenarios.forEach((scenario, i) => {
    const at = (path: string) => `${pointerOf(i)}${path}`;
    const bad = (
      path: string,
      field: string,
      value: string,
      problem: Pick<InputIssue, 'code' | 'params'>,
      message: string,
      candidates: readonly string[] = [],
    ) => {
      const close = suggest(value, candidates);
      const hint = didYouMean(close).replace(/^ — /, '');
      const params = { ...problem.params, ...(close.length === 0 ? {} : { suggestion: close.join(', ') }) };
      issues.add({
        file,
        pointer: at(path),
        field,
        value,
        code: problem.code,
        ...(Object.keys(params).length === 0 ? {} : { params }),
        message,
        ...(hint === '' ? {} : { fix: hint }),
      });
    };
    /** A reference the network lacks: code `unknown-reference` with what kind of thing it should name. */
    const unknown = (
      path: string,
      field: string,
      value: string,
      kind: string,
      message: string,
      candidates: readonly string[],
    ) => bad(path, field, value, { code: 'unknown-reference', params: { kind } }, message, candidates);
    if (seen.has(scenario.id)) bad('/id', 'id', scenario.id, { code: 'duplicate-id' }, 'duplicate scenario id');
    seen.add(scenario.id);
    scenario.sources.forEach((source, k) => {
      if (!sources.has(source))
        unknown(`/sources/${k}`, 'sources', source, 'source', 'unknown source; cite an id of sources.csv', [
          ...sources,
        ]);
    });
    const added: Network['services'][number][] = [];
    // Tariff edits on a service priced per pair must leave, together, a table that can still be charged
    // exactly: checked once every edit of the scenario is read, at the last edit of each service.
    const repriced = new Map<
      string,
      { service: Service; edits: Extract<ScenarioEdit, { kind: 'set-tariff' }>[]; path: string }
    >();
    const checkRepricing = (service: Service, edit: Extract<ScenarioEdit, { kind: 'set-tariff' }>, path: string) => {
      if (service.tariffs === undefined) return;
      const entry = repriced.get(service.id) ?? { service, edits: [], path };
      repriced.set(service.id, { ...entry, edits: [...entry.edits, edit], path });
    };
    const checkRepriced = () => {
      for (const { service, edits, path } of repriced.values()) {
        let tariffs = service.tariffs ?? [];
        for (const edit of edits) {
          const f = edit.factor ?? 1;
          tariffs = tariffs.map((t) => {
            if (edit.lane !== undefined && t.lane !== edit.lane) return t;
            const teu = edit.usdPerTeu ?? (t.usdPerTeu === undefined ? undefined : t.usdPerTeu * f);
            const tonnes = edit.usdPerTonne ?? (t.usdPerTonne === undefined ? undefined : t.usdPerTonne * f);
            return {
              ...t,
              ...(teu === undefined ? {} : { usdPerTeu: teu }),
              ...(tonnes === undefined ? {} : { usdPerTonne: tonnes }),
            };
          });
        }
        const unit = service.mode === 'air' ? 'usdPerTonne' : 'usdPerTeu';
        const isCrossing = (id: string) => terminals.get(id)?.kind === 'border-crossing';
        for (const reverse of service.bidirectional ? [false, true] : [false]) {
          const fares = runFares({ ...service, tariffs }, reverse, unit, isCrossing);
          if (!('problems' in fares)) continue;
          issues.add({
            file,
            pointer: at(path),
            field: 'set-tariff',
            code: 'inconsistent',
            params: { rule: 'pair-rates', service: service.id },
            message: `leaves ${service.id}'s pair rates unchargeable: ${fares.problems[0]?.message ?? ''}`,
            fix: "move the service's lanes so that no stopover undercuts a through rate (e.g. every lane alike)",
          });
          break;
        }
      }
    };
    scenario.edits.forEach((edit, j) => {
      const path = `/edits/${j}`;
      const terminalOf = (field: string, value: string, want: 'border-crossing' | 'not-crossing' | 'any') => {
        const terminal = terminals.get(value);
        if (terminal === undefined) {
          unknown(`${path}/${field}`, field, value, 'terminal', 'unknown terminal', [...terminals.keys()]);
          return;
        }
        if (want === 'border-crossing' && terminal.kind !== 'border-crossing') {
          bad(
            `${path}/${field}`,
            field,
            value,
            { code: 'wrong-kind', params: { kind: terminal.kind, expected: 'border-crossing', use: 'close-terminal' } },
            `is a ${terminal.kind}, not a border crossing; use close-terminal`,
          );
        }
        if (want === 'not-crossing' && terminal.kind === 'border-crossing') {
          bad(
            `${path}/${field}`,
            field,
            value,
            { code: 'wrong-kind', params: { kind: 'border-crossing', use: 'close-border-crossing' } },
            'is a border crossing; use close-border-crossing',
          );
        }
      };
      switch (edit.kind) {
        case 'close-terminal':
          terminalOf('terminal', edit.terminal, 'not-crossing');
          return;
        case 'close-border-crossing':
          terminalOf('terminal', edit.terminal, 'border-crossing');
          return;
        case 'add-delay':
          terminalOf('terminal', edit.terminal, 'any');
          return;
        case 'close-service':
          if (!services.has(edit.service))
            unknown(`${path}/service`, 'service', edit.service, 'service', 'unknown service', [...services]);
          return;
        case 'set-tariff': {
          if (!services.has(edit.service)) {
            unknown(`${path}/service`, 'service', edit.service, 'service', 'unknown service', [...services]);
            return;
          }
          const service = network.services.find((s) => s.id === edit.service);
          const lanes = [...new Set(service?.tariffs?.map((t) => t.lane) ?? [])];
          if (edit.lane !== undefined && !lanes.includes(edit.lane)) {
            unknown(`${path}/lane`, 'lane', edit.lane, 'lane', `not a lane of ${edit.service}'s tariffs`, lanes);
            return;
          }
          if (service !== undefined) checkRepricing(service, edit, path);
          return;
        }
        case 'close-corridor':
          if (!corridors.has(edit.corridor))
            unknown(`${path}/corridor`, 'corridor', edit.corridor, 'corridor', 'unknown corridor', [...corridors]);
          return;
        case 'scale-capacity':
          if (!terminals.has(edit.target) && !services.has(edit.target)) {
            unknown(
              `${path}/target`,
              'target',
              edit.target,
              'terminal-or-service',
              'not a terminal, border crossing or service',
              [...terminals.keys(), ...services],
            );
          }
          return;
        case 'scale-demand':
          for (const field of ['from', 'to'] as const) {
            const value = edit[field];
            if (value === undefined) continue;
            const region = value.startsWith('region:') ? value.slice('region:'.length) : undefined;
            if (region !== undefined ? !regions.has(region) : !places.has(value)) {
              unknown(`${path}/${field}`, field, value, 'place-or-region', 'not a place id or region:<name>', [
                ...places,
                ...[...regions].map((r) => `region:${r}`),
              ]);
            }
          }
          return;
        case 'add-service':
          if (services.has(edit.service.id))
            bad(
              `${path}/service/id`,
              'id',
              edit.service.id,
              { code: 'duplicate-id' },
              'a service of the network already has this id',
            );
          added.push(edit.service);
          return;
        default:
          return;
      }
    });
    checkRepriced();
    if (added.length > 0) {
      // The rules of services.json, on the added services alone, located in this scenario.
      const locate = new Locator();
      scenario.edits.forEach((edit, j) => {
        if (edit.kind === 'add-service')
          locate.set('service', edit.service.id, { file, pointer: at(`/edits/${j}/service`) });
      });
      const silent = new IssueList();
      const adjacency = checkInfrastructure(new CheckContext(network, new Locator(), silent, new Set()));
      checkServices(new CheckContext({ ...network, services: added }, locate, issues, new Set()), adjacency);
    }
  });
}

/**
 * Reads one scenario from JSON (a user's file, or an edit built in the dashboard) and checks it against the
 * network; every problem is listed with its JSON pointer, field, value and a "did you mean".
 *
 * @param text - the JSON text: one scenario object
 * @param network - the base network it edits
 * @param file - its name, for messages
 * @param options - `allowUnsourced` for a user-built scenario
 * @throws CorridorError `invalid-input` listing every problem
 * @example
 * ```ts
 * import { parseScenario } from '@corridor/core/load';
 * import { CorridorError } from '@corridor/core/model';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const text = JSON.stringify({
 *   id: 'no-haicang',
 *   nameEn: 'Haicang closed',
 *   nameZh: '海沧关闭',
 *   description: 'What if the Haicang terminal closes?',
 *   sources: [],
 *   edits: [{ kind: 'close-terminal', terminal: 'xmn_port_haicang' }],
 * });
 * const scenario = parseScenario(text, fujianNetwork, 'my.json', { allowUnsourced: true });
 * console.log(scenario.id, scenario.edits.length); // → no-haicang 1
 * try {
 *   parseScenario(text.replace('xmn_port_haicang', 'xmn_port_haicnag'), fujianNetwork, 'my.json', { allowUnsourced: true });
 * } catch (error) {
 *   if (error instanceof CorridorError) console.log(error.issues[0]?.message); // → unknown terminal
 * }
 * ```
 */
export function parseScenario(
  text: string,
  network: Network,
  file = 'scenario.json',
  options: ParseScenarioOptions = {},
): Scenario {
  const issues = new IssueList();
  const written = parseJson(
    file,
    text,
    options.allowUnsourced ? scenarioSchemas().userScenario : scenarioSchemas().scenarioFile,
    issues,
  );
  const scenario = written === undefined ? undefined : toScenario(written);
  if (scenario !== undefined) checkScenarios(network, [scenario], file, () => '', issues);
  else if (issues.count > 0) {
    // The schema refused part of it: still check the references of the edits that are well formed, so the
    // user sees every problem at once (a malformed edit is held by a neutral one to keep the pointers).
    const partial = editsThatParse(text);
    if (partial !== undefined) checkScenarios(network, [partial], file, () => '', issues);
  }
  if (scenario === undefined || issues.count > 0) {
    throw new CorridorError(
      'invalid-input',
      `${file} is not a valid scenario (${issues.count} problem${issues.count === 1 ? '' : 's'}):`,
      issues.listed(),
    );
  }
  return scenario;
}

function editsThatParse(text: string): Scenario | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (jsonDepth(raw, DATASET_LIMITS.maxJsonDepth) > DATASET_LIMITS.maxJsonDepth) return undefined; // reported by parseJson
  const edits = (raw as { edits?: unknown }).edits;
  if (!Array.isArray(edits)) return undefined;
  const neutral = { kind: 'scale-demand', factor: 1 } as const;
  const checked = edits.map((edit) => {
    const one = scenarioSchemas().scenario.shape.edits.element.safeParse(edit);
    return one.success ? one.data : neutral;
  });
  const wrapped = { id: 'x', nameEn: 'x', nameZh: 'x', description: 'x', edits: checked, sources: ['x'] };
  const { edits: parsed } = toScenario(wrapped as Parameters<typeof toScenario>[0]);
  return { id: 'x', nameEn: 'x', nameZh: 'x', description: 'x', edits: parsed, sources: [] };
}
