import {
  DEFAULT_SCENARIO_ROUTES,
  type ScenarioChoices,
  type ScenarioPreset,
  type ScenarioRequest,
  type ScenarioRoute,
  type ScenarioRun,
} from '../../engine/scenario-api';
import type { ErrorBody } from '../../engine/utilization-api';
import { type MapFocus, nextFocusSerial } from '../../map/map-focus';
import { type DatasetSwitches, datasetWatch } from '../dataset-switches.svelte';
import type { EngineAsk, RequestStatus } from '../view-module';
import { changedBounds } from './changed-bounds';
import {
  type DraftProblem,
  draftEntry,
  draftProblems,
  emptyDraft,
  entryDraft,
  fieldKey,
  type ScenarioDraft,
  type ScenarioEntry,
  shownProblems,
  touchesWithoutEdit,
} from './scenario-draft';
import { isDefaultRoutes, type RouteProblem, withRoute } from './scenario-routes';
import type { ScenariosUrlState } from './scenarios-url';
import { sessionRuns } from './session-runs.svelte';
import { sameScenario } from './shared-scenario';
import {
  type DroppedScenario,
  type ImportProblem,
  importScenarios,
  loadUserScenarios,
  MAX_USER_SCENARIOS,
  saveUserScenarios,
  withScenario,
} from './user-scenarios';

/** The selection key of a user scenario (`user:<id>`); a preset's is its id. */
export const userKey = (id: string): string => `user:${id}`;

/**
 * The selection key of the scenario a shared link carried (`link:<id>`), while it is not stored in this browser;
 * the URL writes it as `user:<id>` with the scenario itself.
 */
export const linkKey = (id: string): string => `link:${id}`;

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
  /** The last request to move the map: to what the last run changed (see {@link changedBounds}). */
  focus: MapFocus | null = $state.raw(null);
  error: ErrorBody | null = $state.raw(null);
  /** The last error of each user scenario that failed to check against the dataset, by id (worded when shown). */
  userErrors: Readonly<Record<string, ErrorBody>> = $state.raw({});
  draft: ScenarioDraft = $state(emptyDraft());
  /** The last import's problems, one line each (file and field named). */
  importProblems: readonly ImportProblem[] = $state.raw([]);
  /** Fields of the form the user has changed or left (see `fieldKey`): their problems show. */
  touched: ReadonlySet<string> = $state.raw(new Set());
  /** Whether the user tried to save the draft: every problem shows. */
  submitted = $state(false);
  /** The scenario a shared link carried, when this browser does not store it as it is (selectable as `link:<id>`). */
  linked: ScenarioEntry | null = $state.raw(null);
  /** The id of the user scenario the page's link named but neither carried nor found here: the page says so. */
  missing: string | null = $state(null);
  /** What the last run ran: the selection and the toggle, for the URL. */
  #ran: ScenariosUrlState | null = $state.raw(null);

  readonly #ask: EngineAsk;
  /** Whether the base network's assignment was prepared for the current dataset (`start`). */
  #preparedAssignment = false;
  /** The preset run (preset and options) the worker was last asked to prepare for the current dataset. */
  #preparedRun: string | null = null;
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
      const shared = initial.shared;
      const stored = shared === undefined ? undefined : this.userScenarios.find((s) => s.id === shared.id);
      // A link's scenario stored here as it is runs as the stored one; otherwise the link's own runs, apart.
      if (shared !== undefined && (stored === undefined || !sameScenario(stored, shared))) {
        this.linked = shared;
        this.selected = linkKey(shared.id);
      } else this.selected = initial.scenario;
      this.assignment = initial.assign;
      if (initial.routes !== undefined) this.routes = initial.routes;
    }
  }

  /** The draft's problems; saving is refused while there are any. */
  get draftProblems(): DraftProblem[] {
    return draftProblems(this.draft);
  }

  /** The problems the form shows: those of the fields the user touched, or all once saving was tried. */
  get shownProblems(): DraftProblem[] {
    return shownProblems(this.draftProblems, { touched: this.touched, submitted: this.submitted });
  }

  /** Records that the user changed or left a field of the form, so its problem may show. */
  touch(edit: number | null, field: string): void {
    const key = fieldKey(edit, field);
    if (!this.touched.has(key)) this.touched = new Set([...this.touched, key]);
  }

  /** Removes an edit from the draft (the touched fields of the edits after it move up with them). */
  removeEdit(index: number): void {
    this.draft.edits.splice(index, 1);
    this.touched = touchesWithoutEdit(this.touched, index);
  }

  /** A fresh form: nothing touched, no save tried. */
  #untouched(): void {
    this.touched = new Set();
    this.submitted = false;
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
      sessionRuns.clear();
      this.error = null;
      this.#ran = null;
      this.userErrors = {};
      this.#preparedAssignment = false;
      this.#preparedRun = null;
    }
    const lists = Promise.all([this.#ask((api) => api.scenarios()), this.#ask((api) => api.scenarioChoices())]);
    // A run with the assignment compares against the base network's: the worker runs that now, once per dataset,
    // so the click waits only for the scenario's own. Asked with the lists, not after their answer: the page's
    // main thread is busy while the map loads, and the worker would sit idle until it is read (60–130 ms).
    if (!this.#preparedAssignment && this.assignment) {
      this.#preparedAssignment = true;
      this.#ask((api) => api.prepareAssignment('equilibrium')).catch(() => undefined);
    }
    const [presets, choices] = await lists;
    this.presets = presets;
    this.choices = choices;
    await this.#check(this.userScenarios);
    if (this.linked !== null) await this.#check([this.linked]);
    const pending = this.#pending;
    const firstLook = pending !== null && !this.#pendingTaken;
    // A link naming a user scenario this browser lacks (and not carrying it): say so, and run nothing else.
    if (firstLook && !this.#exists(this.selected ?? '') && pending.scenario.startsWith('user:')) {
      this.missing = pending.scenario.slice('user:'.length);
      this.selected = null;
      this.#pendingTaken = true;
      return;
    }
    if (this.selected === null ? this.missing === null : !this.#exists(this.selected))
      this.selected = presets[0]?.id ?? null;
    this.prepareSelected();
    if (!firstLook) return;
    this.#pendingTaken = true;
    if (this.selected !== null && this.#exists(this.selected)) await this.run();
    else this.#pending = null;
  }

  #exists(key: string): boolean {
    if (key.startsWith('link:')) return this.linked !== null && linkKey(this.linked.id) === key;
    return key.startsWith('user:')
      ? this.userScenarios.some((s) => userKey(s.id) === key)
      : this.presets.some((p) => p.id === key);
  }

  /** The user scenario (stored, or carried by the link) a selection key names, if any. */
  #entry(key: string): ScenarioEntry | undefined {
    if (key.startsWith('link:'))
      return this.linked !== null && linkKey(this.linked.id) === key ? this.linked : undefined;
    return key.startsWith('user:') ? this.userScenarios.find((s) => userKey(s.id) === key) : undefined;
  }

  /** The names of a selection key's scenario (the key itself when it names none). */
  #names(key: string): { nameEn: string; nameZh: string } {
    const named = this.#entry(key) ?? this.presets.find((p) => p.id === key);
    return named === undefined ? { nameEn: key, nameZh: key } : { nameEn: named.nameEn, nameZh: named.nameZh };
  }

  /** The request for a selection key, or `null` when it names nothing. */
  #request(key: string): ScenarioRequest | null {
    if (!key.startsWith('user:') && !key.startsWith('link:')) return { preset: key };
    const entry = this.#entry(key);
    return entry === undefined ? null : { scenario: JSON.stringify(entry) };
  }

  /**
   * Has the worker prepare a run of the selected preset with the options shown (once per dataset), while the user
   * reads the form: its routing graphs compiled, with the assignment its assignment run, then the run itself, all
   * kept, so the click is answered at once. Called when the view is shown, when another preset is picked and when
   * the assignment is ticked or unticked; the worker drops a preparation not started that a later one replaces.
   * Presets only: a user scenario is checked, applied and assigned afresh at each run.
   */
  prepareSelected(): void {
    const id = this.selected;
    if (id === null || !this.presets.some((preset) => preset.id === id)) return;
    const options = { assignment: this.assignment, routes: this.routes };
    const key = JSON.stringify([id, options]);
    // Only the last asked counts: the worker dropped the steps of an earlier one that it had not started.
    if (this.#preparedRun === key) return;
    this.#preparedRun = key;
    this.#ask((api) => api.prepareScenario(id, options)).catch(() => undefined);
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
      const userId = key.startsWith('user:') || key.startsWith('link:') ? key.slice(key.indexOf(':') + 1) : null;
      if (userId !== null) {
        const { [userId]: _, ...rest } = this.userErrors;
        this.userErrors = answer.ok ? rest : { ...rest, [userId]: answer.error };
      }
      if (!answer.ok) {
        this.status = 'failed';
        this.error = answer.error;
        return;
      }
      this.lastRun = answer.run;
      sessionRuns.add({ key, ...this.#names(key), run: answer.run });
      // Fit the map to what changed (the Cape diversion of a Red Sea closure is far from Fujian); the map then
      // reports its new camera to the URL, as after a move of the user's.
      const bounds = changedBounds(answer.run);
      if (bounds !== null) this.focus = { serial: nextFocusSerial(), target: { kind: 'bounds', bounds } };
      // A user scenario travels inside the link, so the link runs it in a browser that does not keep it.
      const entry = this.#entry(key);
      this.#ran = {
        scenario: entry === undefined ? key : userKey(entry.id),
        assign: assignment,
        ...(isDefaultRoutes(routes) ? {} : { routes }),
        ...(entry === undefined ? {} : { shared: entry }),
      };
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
    this.submitted = true;
    if (this.draftProblems.length > 0) return false;
    const entry = draftEntry($state.snapshot(this.draft) as ScenarioDraft);
    const list = withScenario(this.userScenarios, entry);
    this.full = list.length > MAX_USER_SCENARIOS;
    if (this.full) return false;
    this.#setUserScenarios(list);
    this.selected = userKey(entry.id);
    this.#untouched();
    await this.#check([entry]);
    return true;
  }

  /**
   * Saves the scenario the link carried into this browser's list (replacing one of the same id), where it is then
   * selected; the link stays as it was.
   */
  async saveLinked(): Promise<boolean> {
    const entry = this.linked;
    if (entry === null) return false;
    const list = withScenario(this.userScenarios, entry);
    this.full = list.length > MAX_USER_SCENARIOS;
    if (this.full) return false;
    this.#setUserScenarios(list);
    if (this.selected === linkKey(entry.id)) this.selected = userKey(entry.id);
    this.linked = null;
    await this.#check([entry]);
    return true;
  }

  /** Loads a user scenario into the form. */
  editUserScenario(id: string): void {
    const entry = this.userScenarios.find((s) => s.id === id);
    if (entry === undefined) return;
    this.draft = entryDraft(entry);
    this.#untouched();
  }

  /**
   * Copies a preset's edits into the form, under a new id (`<preset>-copy`); saved, it is a user scenario
   * (unsourced: the edits are the user's from then on).
   */
  async startFromPreset(id: string): Promise<void> {
    const entry = await this.#ask((api) => api.presetEntry(id));
    if (entry === null) return;
    this.draft = entryDraft({ ...entry, id: `${id}-copy` });
    this.#untouched();
  }

  /** Clears the form. */
  resetDraft(): void {
    this.draft = emptyDraft();
    this.#untouched();
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
    const missing = this.missing;
    const found = missing === null ? undefined : result.scenarios.find((s) => s.id === missing);
    // The file brings the scenario the link named: select and run it, as the link meant.
    this.selected = found !== undefined ? userKey(found.id) : first !== undefined ? userKey(first.id) : this.selected;
    if (found !== undefined) this.missing = null;
    await this.#check(result.scenarios);
    if (found !== undefined) await this.run();
    return true;
  }

  /** Checks scenarios against the dataset, keeping each one's error (or clearing it) in `userErrors`. */
  async #check(entries: readonly ScenarioEntry[]): Promise<void> {
    const results = await Promise.all(
      entries.map(
        async (entry) => [entry.id, await this.#ask((api) => api.checkScenario(JSON.stringify(entry)))] as const,
      ),
    );
    const errors: Record<string, ErrorBody> = { ...this.userErrors };
    for (const [id, failure] of results) {
      if (failure === null) delete errors[id];
      else errors[id] = failure;
    }
    this.userErrors = errors;
  }

  #setUserScenarios(list: readonly ScenarioEntry[]): void {
    this.userScenarios = list;
    saveUserScenarios(this.#storage, list);
  }
}
