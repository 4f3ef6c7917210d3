import {
  type ContainerType,
  MODES,
  type Mode,
  type NoRoute,
  type Objective,
  PASSAGE_IDS,
  type PassageId,
  type Snap,
} from '@corridor/core/model';
import type { Answered, EndpointOption, ErrorBody, RouteAnswer } from '../../engine/engine-api';
import { lonLatBounds } from '../../engine/lon-lat-bounds';
import { type MapFocus, nextFocusSerial } from '../../map/map-focus';
import { type DatasetSwitches, datasetWatch } from '../dataset-switches.svelte';
import type { EngineAsk } from '../view-module';
import { drawnItineraries } from './drawn-itinerary';
import { type PlannerOption, plannerOptions } from './planner-options';
import {
  costingOf,
  DEFAULT_PLANNER_QUERY,
  PLANNER_LIMITS,
  type PlannerQuery,
  relaxQuery,
  type SizeUnit,
  toRouteQuery,
} from './planner-query';
import type { RouteUrlState } from './route-url';

/** The form's fields, bound to its inputs. */
export class PlannerDraft {
  from = $state('');
  to = $state('');
  via = $state('');
  objective: Objective = $state('balanced');
  sizeUnit: SizeUnit = $state('teu');
  size = $state(1);
  container: ContainerType = $state('dry');
  modes: Record<Mode, boolean> = $state({ sea: true, rail: true, air: true, road: true });
  avoid: Record<PassageId, boolean> = $state(
    Object.fromEntries(PASSAGE_IDS.map((id) => [id, false])) as Record<PassageId, boolean>,
  );
  depart = $state('');
  alternatives = $state(3);
  valueOfTime = $state(DEFAULT_PLANNER_QUERY.valueOfTime);
  carbonPrice = $state(DEFAULT_PLANNER_QUERY.carbonPrice);

  /** @param query - the values to start with */
  constructor(query: PlannerQuery = DEFAULT_PLANNER_QUERY) {
    this.load(query);
  }

  /** Sets every field from a query. */
  load(query: PlannerQuery): void {
    this.from = query.from;
    this.to = query.to;
    this.via = query.via;
    this.objective = query.objective;
    this.sizeUnit = query.sizeUnit;
    this.size = query.size;
    this.container = query.container;
    for (const mode of MODES) this.modes[mode] = query.modes.includes(mode);
    for (const id of PASSAGE_IDS) this.avoid[id] = query.avoidPassages.includes(id);
    this.depart = query.depart ?? '';
    this.alternatives = query.alternatives;
    this.valueOfTime = query.valueOfTime;
    this.carbonPrice = query.carbonPrice;
  }

  /** The fields as a plain query (no Svelte proxies: it goes to the worker). */
  toQuery(): PlannerQuery {
    return {
      from: this.from.trim(),
      to: this.to.trim(),
      via: this.via.trim(),
      objective: this.objective,
      sizeUnit: this.sizeUnit,
      size: Number(this.size),
      container: this.container,
      modes: MODES.filter((mode) => this.modes[mode]),
      avoidPassages: PASSAGE_IDS.filter((id) => this.avoid[id]),
      depart: this.depart === '' ? null : this.depart,
      alternatives: Number(this.alternatives),
      valueOfTime: Number(this.valueOfTime),
      carbonPrice: Number(this.carbonPrice),
    };
  }
}

/** A form problem found before asking the engine. */
export type DraftProblem = 'noFrom' | 'noTo' | 'badSize' | 'noMode' | 'badAlternatives';

/**
 * Problems the page can see without the engine: missing ends, a size that is not a positive number, no mode.
 * @param query - the query to check
 * @returns the problems, none for a query worth sending
 */
export function draftProblems(query: PlannerQuery): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (query.from === '') problems.push('noFrom');
  if (query.to === '') problems.push('noTo');
  if (!(Number.isFinite(query.size) && query.size > 0)) problems.push('badSize');
  if (query.modes.length === 0) problems.push('noMode');
  const { min, max } = PLANNER_LIMITS.alternatives;
  if (!(Number.isInteger(query.alternatives) && query.alternatives >= min && query.alternatives <= max)) {
    problems.push('badAlternatives');
  }
  return problems;
}

/** The field a problem is about, as text: a message goes once its field is edited. */
const PROBLEM_FIELD: Readonly<Record<DraftProblem, (query: PlannerQuery) => string>> = {
  noFrom: (query) => query.from,
  noTo: (query) => query.to,
  badSize: (query) => `${query.size} ${query.sizeUnit}`,
  noMode: (query) => query.modes.join(),
  badAlternatives: (query) => String(query.alternatives),
};

/** How long the balanced sliders must rest before the query re-runs, ms. */
export const RETUNE_DELAY_MS = 250;

/** Where the planner's last query has come. */
export type PlanStatus = 'idle' | 'running' | 'done' | 'failed';

/** The worker's time for the last query, ms. */
export interface PlanTimings {
  readonly routeMs: number;
  readonly paretoMs: number;
}

/**
 * The Route planner: the form's fields, the endpoints to pick from, and the last query's answer — options
 * (alternatives and Pareto points), the selected one, "no route" with its relaxation, or the engine's refusal.
 * Queries run in the worker; an answer overtaken by a later query is dropped. The last query run and the
 * selected option are what the URL keeps ({@link PlannerState.urlState}).
 * @example
 * const planner = new PlannerState(ask, null);
 * planner.draft.from = 'CNXMN';
 * planner.draft.to = 'DEDUI';
 * await planner.run();
 */
export class PlannerState {
  readonly draft: PlannerDraft;
  /** Counts the dataset switches the planner has seen: the pickers look their names and matches up again. */
  endpointEpoch = $state(0);
  status: PlanStatus = $state('idle');
  /** The query whose answer is shown (or being computed). */
  ran: PlannerQuery | null = $state.raw(null);
  /** Problems found in the form before asking the engine. */
  problems: readonly DraftProblem[] = $state.raw([]);
  /** The form's fields when those problems were found. */
  #problemsFor: PlannerQuery | null = $state.raw(null);
  /** The engine's refusal of the query (unknown place…). */
  error: ErrorBody | null = $state.raw(null);
  options: readonly PlannerOption[] = $state.raw([]);
  noRoute: NoRoute | null = $state.raw(null);
  snaps: readonly Snap[] = $state.raw([]);
  selected = $state(0);
  timings: PlanTimings | null = $state.raw(null);
  /** The last request to move the map to the selected route. */
  focus: MapFocus | null = $state.raw(null);

  readonly #ask: EngineAsk;
  #generation = 0;
  #pending: RouteUrlState | null;
  #retuneTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #dataset: { changed(): boolean };

  /**
   * @param ask - calls the engine
   * @param initial - a query from the URL, run once {@link PlannerState.start} is called
   * @param switches - the dataset's switches: after one, the endpoints and the answer shown are dropped
   */
  constructor(ask: EngineAsk, initial: RouteUrlState | null, switches?: DatasetSwitches) {
    this.#ask = ask;
    this.#dataset = datasetWatch(switches);
    this.draft = new PlannerDraft(initial?.query);
    this.ran = initial?.query ?? null;
    this.selected = initial?.selected ?? 0;
    this.#pending = initial;
  }

  /**
   * The problems found when the form was sent that still hold for its fields now: a message goes as soon as the
   * field it is about is mended (or the form is cleared), without sending again.
   */
  get shownProblems(): readonly DraftProblem[] {
    const sent = this.#problemsFor;
    if (this.problems.length === 0 || sent === null) return this.problems;
    const now = this.draft.toQuery();
    const holding = draftProblems(now);
    return this.problems.filter(
      (problem) => holding.includes(problem) && PROBLEM_FIELD[problem](now) === PROBLEM_FIELD[problem](sent),
    );
  }

  /**
   * The engine's refusal, while the ends it is about are still in the form: once origin, destination or via is
   * changed or cleared, the message about the old text goes.
   */
  get shownError(): ErrorBody | null {
    const ran = this.ran;
    if (this.error === null || ran === null) return null;
    const { from, to, via } = this.draft.toQuery();
    return from === ran.from && to === ran.to && via === ran.via ? this.error : null;
  }

  /** The selected option, if there is one. */
  get selectedOption(): PlannerOption | null {
    return this.options[this.selected] ?? null;
  }

  /** What the URL keeps: the last query run and the selected option. */
  get urlState(): RouteUrlState | null {
    return this.ran === null ? null : { query: this.ran, selected: this.selected };
  }

  /**
   * Runs the query from the URL, the first time the planner is shown; after the dataset was switched, drops the
   * answer shown first (the form keeps what the user typed).
   */
  start(): void {
    if (this.#dataset.changed()) this.#forgetDataset();
    const pending = this.#pending;
    this.#pending = null;
    if (pending !== null) void this.run(pending.query, pending.selected);
  }

  #forgetDataset(): void {
    this.#generation += 1; // an answer still on its way is about the old dataset
    clearTimeout(this.#retuneTimer);
    this.#pending = null;
    this.endpointEpoch += 1;
    this.status = 'idle';
    this.ran = null;
    this.problems = [];
    this.error = null;
    this.options = [];
    this.noRoute = null;
    this.snaps = [];
    this.selected = 0;
    this.timings = null;
  }

  /**
   * The endpoints matching what the user typed, from the worker (the page never holds the whole list).
   * @param query - the picker's text
   * @returns at most a dozen, best first
   */
  searchEndpoints(query: string): Promise<readonly EndpointOption[]> {
    return this.#ask((api) => api.searchEndpoints(query));
  }

  /**
   * The endpoint with an id, to name a value set from the URL.
   * @param id - the picker's value
   * @returns the endpoint, or `null` when the dataset has none
   */
  findEndpoint(id: string): Promise<EndpointOption | null> {
    return this.#ask((api) => api.endpoint(id));
  }

  /**
   * Runs a query: route and Pareto front in the worker, one after the other.
   * @param query - the query (default: the form's)
   * @param selected - the option to select when the answer comes
   */
  async run(query: PlannerQuery = this.draft.toQuery(), selected = 0): Promise<void> {
    clearTimeout(this.#retuneTimer);
    const problems = draftProblems(query);
    this.problems = problems;
    this.#problemsFor = query;
    if (problems.length > 0) return;
    const generation = ++this.#generation;
    this.ran = query;
    this.selected = selected;
    this.status = 'running';
    this.error = null;
    const routeQuery = toRouteQuery(query);
    const costing = costingOf(query);
    let routeAnswer: Answered<RouteAnswer>;
    let paretoAnswer: Answered<RouteAnswer>;
    try {
      [routeAnswer, paretoAnswer] = await Promise.all([
        this.#ask((api) => api.route(routeQuery, costing)),
        this.#ask((api) => api.pareto(routeQuery, costing)),
      ]);
    } catch {
      if (generation === this.#generation) this.status = 'failed';
      return;
    }
    if (generation !== this.#generation) return;
    this.status = 'done';
    this.timings = {
      routeMs: routeAnswer.ok ? routeAnswer.elapsedMs : 0,
      paretoMs: paretoAnswer.ok ? paretoAnswer.elapsedMs : 0,
    };
    if (!routeAnswer.ok) {
      this.error = routeAnswer.error;
      this.options = [];
      this.noRoute = null;
      this.snaps = [];
      return;
    }
    const result = routeAnswer.answer;
    this.snaps = result.snaps;
    if ('noRoute' in result) {
      this.noRoute = result.noRoute;
      this.options = [];
      return;
    }
    this.noRoute = null;
    const front = paretoAnswer.ok ? drawnItineraries(paretoAnswer.answer) : [];
    this.options = plannerOptions(drawnItineraries(result), front, query.alternatives);
    this.select(Math.min(this.selected, this.options.length - 1));
  }

  /**
   * Re-runs the shown balanced query with the form's value of time and carbon price, {@link RETUNE_DELAY_MS} after
   * the last call (the sliders call it on every move). The worker reuses its graph, so a re-run takes a few
   * milliseconds; an answer overtaken by a later one is dropped. Does nothing unless the query shown is balanced
   * and the weights differ from its own; the selected option is kept by position.
   */
  retune(): void {
    clearTimeout(this.#retuneTimer);
    this.#retuneTimer = setTimeout(() => {
      const ran = this.ran;
      if (ran === null || ran.objective !== 'balanced') return;
      const valueOfTime = Number(this.draft.valueOfTime);
      const carbonPrice = Number(this.draft.carbonPrice);
      if (!(Number.isFinite(valueOfTime) && Number.isFinite(carbonPrice))) return;
      if (valueOfTime === ran.valueOfTime && carbonPrice === ran.carbonPrice) return;
      void this.run({ ...ran, valueOfTime, carbonPrice }, this.selected);
    }, RETUNE_DELAY_MS);
  }

  /**
   * Selects an option and fits the map to its route.
   * @param index - its index in {@link PlannerState.options}
   */
  select(index: number): void {
    const option = this.options[index];
    if (option === undefined) return;
    this.selected = index;
    const bounds = lonLatBounds(option.itinerary.legs.flatMap((leg) => leg.geometry.coordinates as [number, number][]));
    if (bounds !== null) this.focus = { serial: nextFocusSerial(), target: { kind: 'bounds', bounds } };
  }

  /** The query with the library's relaxation applied, or `null` when there is none the form can make. */
  get relaxed(): PlannerQuery | null {
    const relaxation = this.noRoute?.relaxation;
    return this.ran === null || relaxation === undefined ? null : relaxQuery(this.ran, relaxation.id);
  }

  /** Applies the relaxation to the form and runs it. */
  applyRelaxation(): void {
    const relaxed = this.relaxed;
    if (relaxed === null) return;
    this.draft.load(relaxed);
    void this.run(relaxed);
  }
}
