import {
  DEFAULT_SCENARIO_ROUTES,
  type ScenarioChoices,
  type ScenarioPreset,
  type ScenarioRequest,
  type ScenarioRoute,
  type ScenarioRun,
} from '../../engine/scenario-api';
import type { ErrorBody } from '../../engine/utilization-api';
import { errorText } from '../../shared/error-text';
import { type DatasetSwitches, datasetWatch } from '../dataset-switches.svelte';
import type { EngineAsk, RequestStatus } from '../view-module';
import {
  type DraftProblem,
  draftEntry,
  draftProblems,
  emptyDraft,
  entryDraft,
  type ScenarioDraft,
  type ScenarioEntry,
} from './scenario-draft';
import { isDefaultRoutes, type RouteProblem, withRoute } from './scenario-routes';
import type { ScenariosUrlState } from './scenarios-url';
import {
  type DroppedScenario,
  importScenarios,
  loadUserScenarios,
  MAX_USER_SCENARIOS,
  saveUserScenarios,
  withScenario,
} from './user-scenarios';

/** The selection key of a user scenario (`user:<id>`); a preset's is its id. */
export const userKey = (id: string): string => `user:${id}`;

/**
 * The Scenarios view: the presets and the user's scenarios (kept in storage), which one is selected, whether an
 * assignment runs too, the OD pairs compared, the last run (or why it failed), and the edit form's draft with its problems. An answer
 * overtaken by a later run is dropped. The selected scenario, the assign toggle and the chosen pairs of the last
 * run are what the URL keeps ({@link ScenarioState.urlState}); a URL's scenario is run once {@link ScenarioState.start} is called.
 * @example
 * const scenarios = new ScenarioState(ask, null, undefined);
 * await scenarios.start();
 * await scenarios.run();
 */
export class ScenarioState {
  presets: readonly ScenarioPreset[] = $state.raw([]);
  choices: ScenarioChoices | null = $state.raw(null);
  userScenarios: readonly ScenarioEntry[] = $state.raw([]);
  /** Whether the last save or import was refused because the list would pass {@link MAX_USER_SCENARIOS}. */
  full = $state(false);
  /** Stored entries left out on loading (a duplicate id, a broken shape), shown with a way to export them. */
  droppedScenarios: readonly DroppedScenario[] = $state.raw([]);
  /** A preset id or `user:<id>`. */
  selected: string | null = $state(null);
  assignment = $state(true);
  /** The OD pairs a run compares (the defaults until the user changes them). */
  routes: readonly ScenarioRoute[] = $state.raw(DEFAULT_SCENARIO_ROUTES);
  /** Why the last pair was not added, until the next change of the list. */
  routeProblem: RouteProblem | null = $state(null);
  status: RequestStatus = $state('idle');
  /** The last finished run. */
  lastRun: ScenarioRun | null = $state.raw(null);
  error: ErrorBody | null = $state.raw(null);
  /** The last error of each user scenario that failed to check against the dataset, by id. */
  userErrors: Readonly<Record<string, string>> = $state.raw({});
  draft: ScenarioDraft = $state(emptyDraft());
  /** The last import's problems, one line each (file and field named). */
  importProblems: readonly string[] = $state.raw([]);
  /** What the last run ran: the selection and the toggle, for the URL. */
  #ran: ScenariosUrlState | null = $state.raw(null);

  readonly #ask: EngineAsk;
  readonly #storage: Storage | undefined;
  #runs = 0;
  #pending: ScenariosUrlState | null;
  /** Whether the URL's run has been started (it is made once, even if the view is shown again meanwhile). */
  #pendingTaken = false;
  readonly #dataset: { changed(): boolean };

  /**
   * @param ask - calls the engine
   * @param initial - a run from the URL
   * @param storage - where the user's scenarios are kept (usually localStorage; `undefined` keeps them in memory)
   * @param switches - the dataset's switches: after one, the run shown is dropped
   */
  constructor(
    ask: EngineAsk,
    initial: ScenariosUrlState | null,
    storage: Storage | undefined,
    switches?: DatasetSwitches,
  ) {
    this.#ask = ask;
    this.#dataset = datasetWatch(switches);
    this.#storage = storage;
    this.#pending = initial;
    const loaded = loadUserScenarios(storage);
    this.userScenarios = loaded.scenarios;
    this.droppedScenarios = loaded.dropped;
    if (initial !== null) {
      this.selected = initial.scenario;
      this.assignment = initial.assign;
      if (initial.routes !== undefined) this.routes = initial.routes;
    }
  }

  /** The draft's problems; the form's save and run buttons are disabled while there are any. */
  get draftProblems(): DraftProblem[] {
    return draftProblems(this.draft);
  }

  /** What the URL keeps: the scenario of the run shown (or about to run from the URL) and the toggle. */
  get urlState(): ScenariosUrlState | null {
    return this.#ran ?? this.#pending;
  }

  /**
   * Fetches the presets and the pickers' lists of the current dataset and checks the user's scenarios against
   * it (each time the view is shown: the Data view may have loaded another dataset); the first time, makes the
   * run from the URL.
   */
  async start(): Promise<void> {
    if (this.#dataset.changed()) {
      this.#runs += 1; // a run still on its way is about the old dataset
      this.status = 'idle';
      this.lastRun = null;
      this.error = null;
      this.#ran = null;
      this.userErrors = {};
    }
    const [presets, choices] = await Promise.all([
      this.#ask((api) => api.scenarios()),
      this.#ask((api) => api.scenarioChoices()),
    ]);
    this.presets = presets;
    this.choices = choices;
    await this.#check(this.userScenarios);
    if (this.selected === null || !this.#exists(this.selected)) this.selected = presets[0]?.id ?? null;
    const pending = this.#pending;
    if (pending === null || this.#pendingTaken) return;
    this.#pendingTaken = true;
    if (this.#exists(pending.scenario)) await this.run();
    else this.#pending = null;
  }

  #exists(key: string): boolean {
    return key.startsWith('user:')
      ? this.userScenarios.some((s) => userKey(s.id) === key)
      : this.presets.some((p) => p.id === key);
  }

  /** The request for a selection key, or `null` when it names nothing. */
  #request(key: string): ScenarioRequest | null {
    if (!key.startsWith('user:')) return { preset: key };
    const entry = this.userScenarios.find((s) => userKey(s.id) === key);
    return entry === undefined ? null : { scenario: JSON.stringify(entry) };
  }

  /** Runs the selected scenario in the worker; a user scenario that does not check keeps its error. */
  async run(): Promise<void> {
    const key = this.selected;
    if (key === null) return;
    const request = this.#request(key);
    if (request === null) return;
    const assignment = this.assignment;
    const routes = this.routes;
    const generation = ++this.#runs;
    this.status = 'running';
    this.error = null;
    try {
      const answer = await this.#ask((api) => api.runScenario(request, { assignment, routes }));
      if (generation !== this.#runs) return;
      this.#pending = null;
      const userId = key.startsWith('user:') ? key.slice('user:'.length) : null;
      if (userId !== null) {
        const { [userId]: _, ...rest } = this.userErrors;
        this.userErrors = answer.ok ? rest : { ...rest, [userId]: errorText(answer.error) };
      }
      if (!answer.ok) {
        this.status = 'failed';
        this.error = answer.error;
        return;
      }
      this.lastRun = answer.run;
      this.#ran = { scenario: key, assign: assignment, ...(isDefaultRoutes(routes) ? {} : { routes }) };
      this.status = 'done';
    } catch (error) {
      if (generation !== this.#runs) return;
      this.status = 'failed';
      this.error = { code: 'internal', message: String(error), issues: [] };
    }
  }

  /** Adds an OD pair to compare; refused (with {@link ScenarioState.routeProblem} set) when it does not fit. */
  addRoute(route: ScenarioRoute): boolean {
    const added = withRoute(this.routes, route);
    if ('problem' in added) {
      this.routeProblem = added.problem;
      return false;
    }
    this.routes = added.routes;
    this.routeProblem = null;
    return true;
  }

  /** Stops comparing the pair at `index`. */
  removeRoute(index: number): void {
    this.routes = this.routes.filter((_, k) => k !== index);
    this.routeProblem = null;
  }

  /** Goes back to the default pairs. */
  resetRoutes(): void {
    this.routes = DEFAULT_SCENARIO_ROUTES;
    this.routeProblem = null;
  }

  /**
   * Saves the draft as a user scenario (replacing one of the same id), selects it and checks it against the
   * dataset; refused while the draft has problems.
   */
  async saveDraft(): Promise<boolean> {
    if (this.draftProblems.length > 0) return false;
    const entry = draftEntry($state.snapshot(this.draft) as ScenarioDraft);
    const list = withScenario(this.userScenarios, entry);
    this.full = list.length > MAX_USER_SCENARIOS;
    if (this.full) return false;
    this.#setUserScenarios(list);
    this.selected = userKey(entry.id);
    await this.#check([entry]);
    return true;
  }

  /** Loads a user scenario into the form. */
  editUserScenario(id: string): void {
    const entry = this.userScenarios.find((s) => s.id === id);
    if (entry !== undefined) this.draft = entryDraft(entry);
  }

  /**
   * Copies a preset's edits into the form, under a new id (`<preset>-copy`); saved, it is a user scenario
   * (unsourced: the edits are the user's from then on).
   */
  async startFromPreset(id: string): Promise<void> {
    const entry = await this.#ask((api) => api.presetEntry(id));
    if (entry !== null) this.draft = entryDraft({ ...entry, id: `${id}-copy` });
  }

  /** Clears the form. */
  resetDraft(): void {
    this.draft = emptyDraft();
  }

  /** Deletes a user scenario; the selection falls back to the first preset. */
  deleteUserScenario(id: string): void {
    this.#setUserScenarios(this.userScenarios.filter((s) => s.id !== id));
    this.full = false;
    const { [id]: _, ...rest } = this.userErrors;
    this.userErrors = rest;
    if (this.selected === userKey(id)) this.selected = this.presets[0]?.id ?? null;
  }

  /**
   * Imports the scenarios of a file into the user's list (an id already there is replaced), selecting the
   * first and checking them against the dataset; the problems are kept in {@link ScenarioState.importProblems}
   * otherwise.
   * @returns whether the file was imported
   */
  async importFile(text: string, file: string): Promise<boolean> {
    const result = importScenarios(text, file);
    if (!result.ok) {
      this.importProblems = result.problems;
      return false;
    }
    this.importProblems = [];
    const list = result.scenarios.reduce(withScenario, [...this.userScenarios]);
    this.full = list.length > MAX_USER_SCENARIOS;
    if (this.full) return false;
    this.#setUserScenarios(list);
    const first = result.scenarios[0];
    if (first !== undefined) this.selected = userKey(first.id);
    await this.#check(result.scenarios);
    return true;
  }

  /** Checks scenarios against the dataset, keeping each one's error (or clearing it) in `userErrors`. */
  async #check(entries: readonly ScenarioEntry[]): Promise<void> {
    const results = await Promise.all(
      entries.map(
        async (entry) => [entry.id, await this.#ask((api) => api.checkScenario(JSON.stringify(entry)))] as const,
      ),
    );
    const errors: Record<string, string> = { ...this.userErrors };
    for (const [id, failure] of results) {
      if (failure === null) delete errors[id];
      else errors[id] = errorText(failure);
    }
    this.userErrors = errors;
  }

  #setUserScenarios(list: readonly ScenarioEntry[]): void {
    this.userScenarios = list;
    saveUserScenarios(this.#storage, list);
  }
}
