/**
 * Scenarios in the engine worker: the dataset's presets, and a run of one (`applyScenario`, `compareScenario`,
 * `describeComparison` of `@corridor/core/scenario`) turned into plain data (see `scenario-api.ts`). Refusals cross
 * to the page as `errorBody`.
 *
 * A run goes through the dataset's engine (`engine.compareScenario`), which checks the request and its routes and
 * compiles into the engine's graph cache; the dashboard takes the full comparison from its `onComparison` (the
 * delta map needs both assignment results) and writes the summaries in both languages from it.
 */
import { type ErrorBody, errorBody, type RouteRequest } from '@corridor/core/engine';
import { parseScenario } from '@corridor/core/load';
import {
  CARGO_CLASSES,
  CorridorError,
  type Mode,
  type Network,
  PASSAGE_IDS,
  type RouteQuery,
  type Scenario,
  VEHICLE_CLASSES,
} from '@corridor/core/model';
import { describeComparison, type ScenarioComparison, type Shift } from '@corridor/core/scenario';
import type { Feature, LineString } from 'geojson';
import { LRUCache } from 'lru-cache';
import { flowMapData } from './flow-map-data';
import type { OpenDataset } from './open-dataset';
import type { PreparationQueue, PreparationStep } from './preparation-queue';
import {
  DEFAULT_SCENARIO_ROUTES,
  type DeltaLegProperties,
  type PlainAssignmentComparison,
  type PlainShift,
  type ScenarioAnswer,
  type ScenarioChoice,
  type ScenarioChoices,
  type ScenarioEntry,
  type ScenarioPreset,
  type ScenarioRequest,
  type ScenarioRoute,
  type ScenarioRun,
  type ScenarioRunOptions,
} from './scenario-api';
import type { FlowMapData } from './utilization-api';

type FlowFeature = FlowMapData['legs']['features'][number];

/**
 * A run's OD pairs as the engine's scenario routes, by objective cost: a pair held to a mode allows road too (to
 * and from the terminals). The engine checks them (unknown places, the same place twice), naming each by its
 * index (`routes[0].to`).
 */
export function routeRequests(routes: readonly ScenarioRoute[]): RouteRequest[] {
  return routes.map((route) => ({
    from: route.from,
    to: route.to,
    objective: 'cost',
    ...(route.mode === null ? {} : { modes: route.mode === 'road' ? ['road'] : [route.mode, 'road'] }),
  }));
}

/** A network's presets, for the picker. */
export function scenarioPresets(network: Network): ScenarioPreset[] {
  return network.scenarios.map(({ id, nameEn, nameZh, description, descriptionZh, sources }) => ({
    id,
    nameEn,
    nameZh,
    description,
    ...(descriptionZh === undefined ? {} : { descriptionZh }),
    sources: [...sources],
  }));
}

const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);
const choice = ({ id, nameEn, nameZh }: { id: string; nameEn: string; nameZh?: string }): ScenarioChoice => ({
  id,
  nameEn,
  nameZh: nameZh ?? nameEn,
});

/** What the edit form's pickers offer for a network. */
export function scenarioChoices(network: Network): ScenarioChoices {
  const terminals = [...network.terminals].sort(byId);
  return {
    passages: [...PASSAGE_IDS],
    terminals: terminals.filter((t) => t.kind !== 'border-crossing').map(choice),
    borderCrossings: terminals.filter((t) => t.kind === 'border-crossing').map(choice),
    services: [...network.services].sort(byId).map(choice),
    corridors: [...network.corridors].sort(byId).map(choice),
    places: [...network.places].sort(byId).map(choice),
    regions: [...new Set(network.places.flatMap((p) => p.regions))].sort(),
    vehicles: [...VEHICLE_CLASSES],
    cargo: [...CARGO_CLASSES],
  };
}

/** A preset as written in scenarios.json: an added service's stops name their `terminal`, as in services.json. */
export function presetEntry(network: Network, id: string): ScenarioEntry | null {
  const scenario = network.scenarios.find((s) => s.id === id);
  if (scenario === undefined) return null;
  const edits = scenario.edits.map((edit): Record<string, unknown> => {
    if (edit.kind !== 'add-service') return { ...edit };
    const stops = edit.service.stops.map(({ terminalId, ...stop }) => ({ terminal: terminalId, ...stop }));
    return structuredClone({ kind: edit.kind, service: { ...edit.service, stops } });
  });
  const { nameEn, nameZh, description, sources } = scenario;
  return { id, nameEn, nameZh, description, edits, sources: [...sources] };
}

/**
 * The scenario a request names: a preset, or a user scenario checked against the network.
 * @throws CorridorError `unknown-reference` for an unknown preset, `invalid-input` listing a user scenario's problems
 */
/** A user scenario's id for its problems' heading (`user scenario "mine"`), `?` when its JSON has none. */
function scenarioName(json: string): string {
  try {
    const raw: unknown = JSON.parse(json);
    if (typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string')
      return (raw as { id: string }).id;
  } catch {
    // The engine reports the malformed JSON itself.
  }
  return '?';
}

export function requestedScenario(network: Network, request: ScenarioRequest): Scenario {
  if ('preset' in request) {
    const scenario = network.scenarios.find((s) => s.id === request.preset);
    if (scenario === undefined) throw new CorridorError('unknown-reference', `unknown scenario "${request.preset}"`);
    return scenario;
  }
  let name = '?';
  try {
    const raw: unknown = JSON.parse(request.scenario);
    if (typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string')
      name = (raw as { id: string }).id;
  } catch {
    // parseScenario reports the malformed JSON with the file name.
  }
  return parseScenario(request.scenario, network, `user scenario "${name}"`, { allowUnsourced: true });
}

const plainShift =
  (zh: ReadonlyMap<string, string>) =>
  ({ id, nameEn, before, after, terms }: Shift): PlainShift => ({
    id,
    nameEn,
    nameZh: zh.get(id) ?? nameEn,
    before,
    after,
    ...(terms === undefined ? {} : { terms }),
  });

/** Whether two legs are drawn along the same path (a re-routed leg keeps its id but not its geometry). */
function samePath(a: LineString, b: LineString): boolean {
  if (a.coordinates.length !== b.coordinates.length) return false;
  return a.coordinates.every((point, k) => point[0] === b.coordinates[k]?.[0] && point[1] === b.coordinates[k]?.[1]);
}

/**
 * The service legs whose flow changed between two flow maps, with the change; smallest |delta| first so that
 * the largest are drawn on top. A leg only one side has counts as zero on the other. A leg the scenario
 * re-routed (same id, another path: Suez closed, the Cape instead) is two changes: its old path lost all its
 * flow and its new path carries the new flow, so the map shows the Cape growing, not the diverted leg shrinking.
 * @param before - the base flow map
 * @param after - the scenario's flow map
 * @param epsilon - changes at or under this are ignored
 */
export function deltaLegs(
  before: FlowMapData,
  after: FlowMapData,
  epsilon = 1e-6,
): Feature<LineString, DeltaLegProperties>[] {
  const byId = new Map(before.legs.features.map((f) => [f.properties.id, f]));
  const afterById = new Map(after.legs.features.map((f) => [f.properties.id, f]));
  const ids = new Set([...byId.keys(), ...afterById.keys()]);
  const out: Feature<LineString, DeltaLegProperties>[] = [];
  const push = (id: string, feature: FlowFeature, flowBefore: number, flowAfter: number) => {
    const delta = flowAfter - flowBefore;
    if (!(Math.abs(delta) > epsilon)) return;
    out.push({
      type: 'Feature',
      geometry: feature.geometry,
      properties: {
        id,
        mode: feature.properties.mode as Mode,
        nameEn: feature.properties.nameEn,
        nameZh: feature.properties.nameZh,
        before: flowBefore,
        after: flowAfter,
        delta,
        change: delta > 0 ? 'grew' : 'shrank',
      },
    });
  };
  for (const id of ids) {
    const b = byId.get(id);
    const a = afterById.get(id);
    const flowBefore = b?.properties.flowPerWeek ?? 0;
    const flowAfter = a?.properties.flowPerWeek ?? 0;
    if (a !== undefined && b !== undefined && !samePath(a.geometry, b.geometry)) {
      push(`${id}:before`, b, flowBefore, 0);
      push(`${id}:after`, a, 0, flowAfter);
      continue;
    }
    const feature = a ?? b;
    if (feature !== undefined) push(id, feature, flowBefore, flowAfter);
  }
  return out.sort(
    (x, y) =>
      Math.abs(x.properties.delta) - Math.abs(y.properties.delta) || x.properties.id.localeCompare(y.properties.id),
  );
}

/** A comparison as plain data (the assignment results, which hold graphs, are dropped). */
export function plainRun(
  comparison: ScenarioComparison,
  base: Network,
  scenarioNetwork: Network,
  queries: readonly RouteQuery[],
): Omit<ScenarioRun, 'elapsedMs'> {
  const placeOf = (asked: string) => base.places.find((p) => p.id === asked || p.nameEn === asked);
  const routes = comparison.routes.map((route, k) => ({
    from: route.from,
    to: route.to,
    fromEn: placeOf(route.from)?.nameEn ?? route.from,
    toEn: placeOf(route.to)?.nameEn ?? route.to,
    fromZh: placeOf(route.from)?.nameZh ?? route.from,
    toZh: placeOf(route.to)?.nameZh ?? route.to,
    modes: queries[k]?.modes === undefined ? null : [...(queries[k]?.modes ?? [])],
    before: route.before,
    after: route.after,
  }));
  let assignment: PlainAssignmentComparison | null = null;
  const a = comparison.assignment;
  if (a !== undefined) {
    const named = [a.baseResult, a.scenarioResult].flatMap((r) => [...r.elements, ...r.corridors]);
    const shiftOf = plainShift(new Map(named.map((e) => [e.id, e.nameZh])));
    const units = new Map(a.baseResult.corridors.map((c) => [c.id, c.unit]));
    const unitOf = (id: string) => {
      const unit = units.get(id);
      return unit === undefined ? {} : { unit };
    };
    assignment = {
      before: { ...a.before },
      after: { ...a.after },
      modeShares: a.modeShares.map(shiftOf),
      corridors: a.corridors.map((c) => ({ ...shiftOf(c), ...unitOf(c.id) })),
      utilization: a.utilization.slice(0, 10).map(shiftOf),
      newBottlenecks: a.newBottlenecks.map(shiftOf),
      worsenedBottlenecks: a.worsenedBottlenecks.map(shiftOf),
      relievedBottlenecks: a.relievedBottlenecks.map(shiftOf),
      deltaLegs: {
        type: 'FeatureCollection',
        features: deltaLegs(flowMapData(a.baseResult, base), flowMapData(a.scenarioResult, scenarioNetwork)),
      },
    };
  }
  return {
    scenarioId: comparison.scenarioId,
    routes,
    assignment,
    suspended: comparison.suspended.map(({ serviceId, reason }) => ({ serviceId, reason })),
    summary: describeComparison(comparison, { network: base }),
    summaryZh: describeComparison(comparison, { locale: 'zh', network: base }),
  };
}

/** What tells one preset run from another: the preset, whether it assigns, and the pairs (the defaults spelled out). */
function presetRunKey(preset: string, options: ScenarioRunOptions): string {
  return JSON.stringify([preset, options.assignment, options.routes ?? DEFAULT_SCENARIO_ROUTES]);
}

/** The engine's scenario methods, over whichever network is current. */
export interface ScenarioEngine {
  scenarios(network: Network): readonly ScenarioPreset[];
  scenarioChoices(network: Network): ScenarioChoices;
  presetEntry(network: Network, id: string): ScenarioEntry | null;
  checkScenario(network: Network, scenario: string): ErrorBody | null;
  /**
   * Runs through the dataset's engine (`engine.compareScenario`), which checks the request and the routes. A
   * preset's run is kept (the last {@link MAX_KEPT_PRESET_RUNS} per dataset, by preset and options): it is pure, so
   * the same run asked again, or prepared ahead, is answered from what was kept.
   */
  runScenario(dataset: OpenDataset, request: ScenarioRequest, options: ScenarioRunOptions): ScenarioAnswer;
  /**
   * The steps that prepare a preset's run with these options ahead of the click, for a {@link PreparationQueue}:
   * its graphs (`engine.prepareScenario` without the assignment); with the assignment, the base's and the preset's
   * assignments; then the run itself, kept. Problems are left to the run the user asks for.
   */
  preparationSteps(dataset: OpenDataset, preset: string, options: ScenarioRunOptions): PreparationStep[];
}

/** Most preset runs a scenario engine keeps per dataset (a preset's answer is about 60 kB). */
export const MAX_KEPT_PRESET_RUNS = 4;

/**
 * Creates the scenario engine: its runs go through each dataset's engine, and its preset runs are kept.
 * @returns the engine
 */
export function createScenarioEngine(): ScenarioEngine {
  // Least recently used out first; a dataset's runs go with it.
  const keptRuns = new WeakMap<OpenDataset, LRUCache<string, Omit<ScenarioRun, 'elapsedMs'>>>();
  const scenarioEngine: ScenarioEngine = {
    scenarios: scenarioPresets,
    scenarioChoices,
    presetEntry,
    checkScenario(network, scenario) {
      try {
        requestedScenario(network, { scenario });
        return null;
      } catch (error) {
        return errorBody(error);
      }
    },
    preparationSteps(dataset, preset, options) {
      const { engine } = dataset;
      return [
        () => engine.prepareScenario(preset, { assignment: false }),
        ...(options.assignment ? [() => engine.prepareScenario(preset)] : []),
        () => {
          scenarioEngine.runScenario(dataset, { preset }, options);
        },
      ];
    },
    runScenario(dataset, request, options) {
      const started = performance.now();
      const key = 'preset' in request ? presetRunKey(request.preset, options) : undefined;
      const runs =
        keptRuns.get(dataset) ?? new LRUCache<string, Omit<ScenarioRun, 'elapsedMs'>>({ max: MAX_KEPT_PRESET_RUNS });
      keptRuns.set(dataset, runs);
      const kept = key === undefined ? undefined : runs.get(key);
      if (kept !== undefined) return { ok: true, run: { ...kept, elapsedMs: performance.now() - started } };
      try {
        let full:
          | { comparison: ScenarioComparison; scenarioNetwork: Network; queries: readonly RouteQuery[] }
          | undefined;
        const user = 'scenario' in request;
        dataset.engine.compareScenario(
          user ? { json: request.scenario } : request.preset,
          {
            routes: routeRequests(options.routes ?? DEFAULT_SCENARIO_ROUTES),
            perMode: false,
            ...(options.assignment ? { assign: true } : {}),
          },
          {
            ...(user ? { source: `user scenario "${scenarioName(request.scenario)}"` } : {}),
            // The full comparison, for the delta map and the summaries in both languages.
            onComparison: (comparison, applied, queries) => {
              full = { comparison, scenarioNetwork: applied.network, queries };
            },
          },
        );
        if (full === undefined) throw new CorridorError('invalid-argument', 'the comparison did not run');
        const run = plainRun(full.comparison, dataset.network, full.scenarioNetwork, full.queries);
        if (key !== undefined) runs.set(key, run);
        return { ok: true, run: { ...run, elapsedMs: performance.now() - started } };
      } catch (error) {
        return { ok: false, error: errorBody(error) };
      }
    },
  };
  return scenarioEngine;
}
