import type { Mode } from '@corridor/core/model';
import { proxy } from 'comlink';
import type {
  AssignmentMethod,
  AssignmentProgress,
  AssignmentSummary,
  Bottleneck,
  ElementDetail,
  ErrorBody,
} from '../../engine/utilization-api';
import { type MapFocus, nextFocusSerial, TERMINAL_FOCUS_ZOOM } from '../../map/map-focus';
import { type DatasetSwitches, datasetWatch } from '../dataset-switches.svelte';
import { sessionRuns } from '../scenarios/session-runs.svelte';
import type { EngineAsk, RequestStatus } from '../view-module';
import type { UtilizationUrlState } from './utilization-url';

/** The bottleneck form's fields. */
export class BottleneckDraft {
  from = $state('region:fujian');
  to = $state('region:eu');
  modes: Record<Exclude<Mode, 'air'>, boolean> = $state({ sea: false, rail: true, road: true });
}

/**
 * The Corridor utilization view: the method, the last assignment run in the worker (with its progress while it
 * runs), the selected element's detail, and the bottleneck question and answer. An answer overtaken by a later
 * request is dropped. The method of the last run and the selected element are what the URL keeps
 * ({@link UtilizationState.urlState}).
 * @example
 * const utilization = new UtilizationState(ask, null);
 * await utilization.run('equilibrium');
 * await utilization.select('border-crossing:brest_malaszewicze');
 */
export class UtilizationState {
  /** The method the picker shows. */
  method: AssignmentMethod = $state('equilibrium');
  status: RequestStatus = $state('idle');
  /** The last iteration reported by the running equilibrium. */
  progress: AssignmentProgress | null = $state.raw(null);
  summary: AssignmentSummary | null = $state.raw(null);
  error: ErrorBody | null = $state.raw(null);
  /** The selected element or `corridor:<id>`. */
  selected: string | null = $state(null);
  detail: ElementDetail | null = $state.raw(null);
  detailStatus: RequestStatus = $state('idle');
  detailError: ErrorBody | null = $state.raw(null);
  /** The last request to move the map to the selected element. */
  focus: MapFocus | null = $state.raw(null);
  regions: readonly string[] = $state.raw([]);
  readonly bottleneckDraft = new BottleneckDraft();
  bottleneck: Bottleneck | null = $state.raw(null);
  bottleneckStatus: RequestStatus = $state('idle');
  bottleneckError: ErrorBody | null = $state.raw(null);

  readonly #ask: EngineAsk;
  #runs = 0;
  #details = 0;
  #bottlenecks = 0;
  #pending: UtilizationUrlState | null;
  #started = false;
  readonly #dataset: { changed(): boolean };

  /**
   * @param ask - calls the engine
   * @param initial - a run from the URL, made once {@link UtilizationState.start} is called
   */
  constructor(ask: EngineAsk, initial: UtilizationUrlState | null, switches?: DatasetSwitches) {
    this.#ask = ask;
    this.#dataset = datasetWatch(switches);
    this.#pending = initial;
    if (initial !== null) {
      this.method = initial.method;
      this.selected = initial.element;
    }
  }

  /** What the URL keeps: the method of the run shown and the selected element. */
  get urlState(): UtilizationUrlState | null {
    const method = this.summary?.method ?? this.#pending?.method;
    return method === undefined ? null : { method, element: this.selected };
  }

  /** Fetches the regions and makes the run from the URL, the first time the view is shown. */
  start(): void {
    if (this.#dataset.changed()) this.#forgetDataset();
    if (!this.#started) {
      this.#started = true;
      this.#ask((api) => api.regions()).then(
        (regions) => {
          this.regions = regions;
        },
        () => undefined,
      );
    }
    const pending = this.#pending;
    if (pending === null) {
      // Nothing to run yet: the worker runs the picked method's assignment now, so the click finds it done.
      if (this.summary === null) this.#ask((api) => api.prepareAssignment(this.method)).catch(() => undefined);
      return;
    }
    this.#pending = null;
    void this.run(pending.method, pending.element);
  }

  /** Drops every answer about the dataset that was switched away from; the method picked stays. */
  #forgetDataset(): void {
    // Answers still on their way are about the old dataset, and so are the session's scenario runs (the trend).
    sessionRuns.clear();
    this.#runs += 1;
    this.#details += 1;
    this.#bottlenecks += 1;
    this.#started = false;
    this.#pending = null;
    this.regions = [];
    this.status = 'idle';
    this.progress = null;
    this.summary = null;
    this.error = null;
    this.selected = null;
    this.detail = null;
    this.detailStatus = 'idle';
    this.detailError = null;
    this.bottleneck = null;
    this.bottleneckStatus = 'idle';
    this.bottleneckError = null;
  }

  /**
   * Runs an assignment in the worker, following its iterations; then selects an element if asked.
   * @param method - the method (default: the picker's)
   * @param select - the element to select when the run is done
   */
  async run(method: AssignmentMethod = this.method, select: string | null = this.selected): Promise<void> {
    const generation = ++this.#runs;
    this.method = method;
    this.status = 'running';
    this.progress = null;
    this.error = null;
    const onProgress = proxy((progress: AssignmentProgress) => {
      if (generation === this.#runs) this.progress = progress;
    });
    try {
      const answer = await this.#ask((api) => api.assign(method, onProgress));
      if (generation !== this.#runs) return;
      if (!answer.ok) {
        this.status = 'failed';
        this.error = answer.error;
        return;
      }
      this.summary = answer.summary;
      this.status = 'done';
    } catch {
      if (generation === this.#runs) this.status = 'failed';
      return;
    }
    if (select !== null) await this.select(select, false);
    else this.clearSelection();
  }

  /**
   * Selects an element (or `corridor:<id>`) of the last run and fetches its detail from the worker.
   * @param id - the element id
   * @param fly - whether to move the map to it
   */
  async select(id: string, fly = true): Promise<void> {
    const generation = ++this.#details;
    this.selected = id;
    this.detailStatus = 'running';
    this.detailError = null;
    try {
      const answer = await this.#ask((api) => api.elementDetail(id));
      if (generation !== this.#details) return;
      if (!answer.ok) {
        this.detail = null;
        this.detailError = answer.error;
        this.detailStatus = 'failed';
        return;
      }
      this.detail = answer.detail;
      this.detailStatus = 'done';
      const bounds = answer.detail.bounds;
      if (fly && bounds !== null) {
        const [west, south, east, north] = bounds;
        this.focus = {
          serial: nextFocusSerial(),
          target:
            west === east && south === north
              ? { kind: 'point', center: [west, south], zoom: Math.min(TERMINAL_FOCUS_ZOOM, 6) }
              : { kind: 'bounds', bounds },
        };
      }
    } catch {
      if (generation === this.#details) this.detailStatus = 'failed';
    }
  }

  /** Closes the detail. */
  clearSelection(): void {
    ++this.#details;
    this.selected = null;
    this.detail = null;
    this.detailStatus = 'idle';
    this.detailError = null;
  }

  /** Computes corridor capacity for the bottleneck form's place sets and modes. */
  async computeBottleneck(): Promise<void> {
    const generation = ++this.#bottlenecks;
    const draft = this.bottleneckDraft;
    const modes = (['sea', 'rail', 'road'] as const).filter((mode) => draft.modes[mode]);
    const query = { from: draft.from, to: draft.to, modes };
    this.bottleneckStatus = 'running';
    this.bottleneckError = null;
    try {
      const answer = await this.#ask((api) => api.bottleneck(query));
      if (generation !== this.#bottlenecks) return;
      if (answer.ok) {
        this.bottleneck = answer.bottleneck;
        this.bottleneckStatus = 'done';
      } else {
        this.bottleneck = null;
        this.bottleneckError = answer.error;
        this.bottleneckStatus = 'failed';
      }
    } catch {
      if (generation === this.#bottlenecks) this.bottleneckStatus = 'failed';
    }
  }
}
