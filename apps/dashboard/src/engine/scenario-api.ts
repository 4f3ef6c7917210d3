/**
 * The part of the engine API behind the Scenarios view: the dataset's preset scenarios, and a scenario run
 * (`applyScenario` + `compareScenario` of `@corridor/core/scenario`) as plain, structured-clonable data. The
 * library's assignment results stay in the worker.
 */

import type { ErrorBody } from '@corridor/core/engine';
import type { AssignmentTotals, FlowUnit } from '@corridor/core/flow';
import type { Mode } from '@corridor/core/model';
import type { RouteSide, Shift } from '@corridor/core/scenario';
import type { FeatureCollection, LineString } from 'geojson';

/** A preset scenario of the dataset, for the picker. */
export interface ScenarioPreset {
  readonly id: string;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly description: string;
  /** The description in Chinese, when the dataset gives one. */
  readonly descriptionZh?: string;
  readonly sources: readonly string[];
}

/** One side of a route comparison: the best route's totals, modes and passages, or why there is none. */
export type PlainRouteSide = RouteSide;

/**
 * An OD pair a scenario run compares, by cost: places by id (or name); `mode` holds the main ride to one mode
 * (road allowed for the ends, as a shipper would), `null` allows any.
 */
export interface ScenarioRoute {
  readonly from: string;
  readonly to: string;
  readonly mode: Mode | null;
}

/** The pairs a run compares unless the user chose others: Fujian's corridors to Europe, the US, Russia, ASEAN. */
export const DEFAULT_SCENARIO_ROUTES: readonly ScenarioRoute[] = [
  { from: 'CNXMN', to: 'NLRTM', mode: 'sea' },
  { from: 'CNXMN', to: 'DEDUI', mode: 'rail' },
  { from: 'CNXMN', to: 'USLAX', mode: 'sea' },
  { from: 'CNFOC', to: 'RUMOW', mode: 'rail' },
  { from: 'chengdu', to: 'SGSIN', mode: null },
];

/** The most OD pairs one run compares. */
export const MAX_SCENARIO_ROUTES = 10;

/** One OD query before and after the scenario. */
export interface PlainRouteComparison {
  /** As asked (a place id, or a name). */
  readonly from: string;
  readonly to: string;
  /** `from` and `to` in English and Chinese (the place's names, else as asked). */
  readonly fromEn: string;
  readonly toEn: string;
  readonly fromZh: string;
  readonly toZh: string;
  /** The modes the query allowed; `null` for any. */
  readonly modes: readonly Mode[] | null;
  readonly before: PlainRouteSide;
  readonly after: PlainRouteSide;
}

/**
 * A value before and after (a corridor's carried units, a mode's share, an element's utilization): the library's
 * `Shift`, with the Chinese name (corridors and elements; a mode share's is its id — the view names it) and, for a
 * corridor, what its amounts count (containers in TEU, air cargo in tonnes).
 */
export interface PlainShift extends Shift {
  readonly nameZh: string;
  readonly unit?: FlowUnit;
}

/** Properties of a delta-map leg: a service leg whose flow changed. */
export interface DeltaLegProperties {
  readonly id: string;
  readonly mode: Mode;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly before: number;
  readonly after: number;
  /** After − before (units per week). */
  readonly delta: number;
  readonly change: 'grew' | 'shrank';
}

/** The assignment before and after, plain. */
export interface PlainAssignmentComparison {
  readonly before: AssignmentTotals;
  readonly after: AssignmentTotals;
  readonly modeShares: readonly PlainShift[];
  readonly corridors: readonly PlainShift[];
  /** The ten largest utilization changes. */
  readonly utilization: readonly PlainShift[];
  readonly newBottlenecks: readonly PlainShift[];
  /** Elements already at or over capacity before that got at least 5 points fuller. */
  readonly worsenedBottlenecks: readonly PlainShift[];
  /** Elements at or over capacity before, under it after. */
  readonly relievedBottlenecks: readonly PlainShift[];
  /** Legs whose flow changed, smallest |delta| first. */
  readonly deltaLegs: FeatureCollection<LineString, DeltaLegProperties>;
}

/** A finished scenario run. */
export interface ScenarioRun {
  readonly scenarioId: string;
  readonly routes: readonly PlainRouteComparison[];
  readonly assignment: PlainAssignmentComparison | null;
  readonly suspended: readonly { readonly serviceId: string; readonly reason: string }[];
  /** `describeComparison`: English sentences, places and passages by name. */
  readonly summary: readonly string[];
  /** The same sentences in Chinese. */
  readonly summaryZh: readonly string[];
  readonly elapsedMs: number;
}

/** The answer to {@link ScenarioApi.runScenario}. */
export type ScenarioAnswer =
  | { readonly ok: true; readonly run: ScenarioRun }
  | { readonly ok: false; readonly error: ErrorBody };

/**
 * What to run: a preset of the dataset by id, or a user-built scenario as the JSON text of one scenarios.json
 * entry (checked against the current network; `"sources": []` is allowed for it).
 */
export type ScenarioRequest = { readonly preset: string } | { readonly scenario: string };

/** An id and its names, for a picker of the edit form. */
export interface ScenarioChoice {
  readonly id: string;
  readonly nameEn: string;
  readonly nameZh: string;
}

/** What the edit form's pickers offer, from the current network; every list sorted by id. */
export interface ScenarioChoices {
  readonly passages: readonly string[];
  /** Ports, rail terminals and airports (close-terminal). */
  readonly terminals: readonly ScenarioChoice[];
  readonly borderCrossings: readonly ScenarioChoice[];
  readonly services: readonly ScenarioChoice[];
  readonly corridors: readonly ScenarioChoice[];
  readonly places: readonly ScenarioChoice[];
  readonly regions: readonly string[];
  readonly vehicles: readonly string[];
  readonly cargo: readonly string[];
}

/** A scenario as written in scenarios.json (what the form builds, export writes and import reads). */
export interface ScenarioEntry {
  readonly id: string;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly description: string;
  readonly edits: readonly Record<string, unknown>[];
  readonly sources: readonly string[];
}

/** How a scenario runs. */
export interface ScenarioRunOptions {
  readonly assignment: boolean;
  /** The OD pairs to compare (at most {@link MAX_SCENARIO_ROUTES}); {@link DEFAULT_SCENARIO_ROUTES} without. */
  readonly routes?: readonly ScenarioRoute[];
}

/** What the Scenarios view asks the engine; every answer is about the current dataset. */
export interface ScenarioApi {
  /** The dataset's preset scenarios, in file order. */
  scenarios(): readonly ScenarioPreset[];
  /** The ids the edit form may name. */
  scenarioChoices(): ScenarioChoices;
  /** Checks a user scenario (JSON text of one entry) against the current network: `null`, or why not. */
  checkScenario(scenario: string): ErrorBody | null;
  /** A preset as its scenarios.json entry (for "start from a preset"), or `null` for an unknown id. */
  presetEntry(id: string): ScenarioEntry | null;
  /**
   * Applies a preset or a user scenario and compares it with the base: the routes (by default
   * {@link DEFAULT_SCENARIO_ROUTES}), and an assignment when asked. A user scenario that does not check, or a
   * route naming an unknown place, answers `{ ok: false }` with the problem in the message.
   */
  runScenario(request: ScenarioRequest, options: ScenarioRunOptions): ScenarioAnswer;
  /**
   * Prepares a run of a preset ahead of the click, in steps the worker runs behind the requests already queued
   * (`preparation-queue.ts`): its routing graphs compiled (the engine's `prepareScenario`), with the assignment its
   * assignment run and kept, then the run itself with these options, kept, so that the click with the same options
   * is answered at once. A request that arrives meanwhile goes first and computes what it still needs; a later call
   * replaces the steps not started (another preset picked). The view asks for the preset selected. Presets only (a
   * user scenario is applied afresh at each run); an unknown id is ignored (the run reports it).
   * @param preset - a preset id
   * @param options - the run the view would ask for now
   * @returns settles once the steps have run, or were replaced
   */
  prepareScenario(preset: string, options: ScenarioRunOptions): Promise<void>;
}
