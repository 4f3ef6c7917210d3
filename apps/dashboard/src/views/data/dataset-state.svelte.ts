import { proxy } from 'comlink';
import type {
  DatasetSummary,
  InputIssue,
  NetworkMapData,
  RegisteredSource,
  ServiceRow,
  TerminalRow,
} from '../../engine/engine-api';
import type { ChosenFile } from '../../engine/upload/read-dataset-files';
import type { ReadProblem } from '../../engine/upload/read-problem';
import type { UploadProgress } from '../../engine/upload/upload-progress';
import { type MapFocus, type MapFocusTarget, nextFocusSerial, TERMINAL_FOCUS_ZOOM } from '../../map/map-focus';
import type { DatasetSwitches } from '../dataset-switches.svelte';
import type { EngineAsk } from '../view-module';

/** How far the current dataset has come from the engine. */
export type DatasetStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** What the map and the tables single out: one terminal or one service. */
export interface NetworkSelection {
  readonly kind: 'terminal' | 'service';
  readonly id: string;
}

/** The state of "load your own dataset". */
export type UploadStatus =
  | { readonly status: 'idle' }
  /** The engine is reading, checking and opening them; `progress` is the last step it told. */
  | { readonly status: 'loading'; readonly progress: UploadProgress }
  /** The files could not be read as a dataset (too many, too large, not UTF-8…); nothing reached the engine. */
  | { readonly status: 'rejected'; readonly problems: readonly ReadProblem[] }
  /** The engine found problems in the files; the dataset shown is unchanged. */
  | { readonly status: 'invalid'; readonly issues: readonly InputIssue[] }
  /** The files are the current dataset now. */
  | { readonly status: 'loaded'; readonly fileCount: number }
  /** The engine stopped answering. */
  | { readonly status: 'failed' };

/**
 * The network the dashboard shows, as the engine worker describes it: summary, map data and the three tables,
 * plus what is selected, where the map was last asked to go, and the state of loading the user's own dataset.
 * Shared by the Data panel (which changes it) and the map layers (which draw it).
 * @example
 * const dataset = new DatasetState((call) => askEngine(engine, call));
 * dataset.ensureLoaded();
 */
export class DatasetState {
  /** How far the current dataset has come from the engine. */
  status: DatasetStatus = $state('idle');
  /** The current dataset at a glance; `null` until it has come. */
  summary: DatasetSummary | null = $state.raw(null);
  /** The network for the map; `null` until it has come. */
  mapData: NetworkMapData | null = $state.raw(null);
  terminals: readonly TerminalRow[] = $state.raw([]);
  services: readonly ServiceRow[] = $state.raw([]);
  sources: readonly RegisteredSource[] = $state.raw([]);
  /** The state of "load your own dataset". */
  upload: UploadStatus = $state.raw({ status: 'idle' });
  /** The terminal or service singled out on the map and in the tables. */
  selection: NetworkSelection | null = $state.raw(null);
  /** The last request to move the map (see {@link MapFocus}). */
  focus: MapFocus | null = $state.raw(null);

  readonly #ask: EngineAsk;
  readonly #switches: DatasetSwitches | undefined;
  #generation = 0;

  /**
   * @param ask - calls the engine
   * @param switches - where each switch of the current dataset is recorded, for the other views
   */
  constructor(ask: EngineAsk, switches?: DatasetSwitches) {
    this.#ask = ask;
    this.#switches = switches;
  }

  /** Whether the user's files are being loaded (the load controls wait meanwhile). */
  get busy(): boolean {
    return this.upload.status === 'loading';
  }

  /** Asks the engine for the current dataset, unless that is done or under way. */
  ensureLoaded(): void {
    if (this.status === 'idle') void this.#refresh();
  }

  /**
   * Has the engine read and load the user's files, following its progress. On success they become the current
   * dataset and the map fits them; otherwise `upload` lists every problem and the current dataset stays. The
   * files cross to the worker unread: the page decodes and parses nothing.
   * @param chosen - the files from the file input or a drop
   */
  async loadFiles(chosen: readonly ChosenFile[]): Promise<void> {
    if (this.busy) return;
    const totalBytes = chosen.reduce((sum, { file }) => sum + file.size, 0);
    this.upload = { status: 'loading', progress: { step: 'reading', doneBytes: 0, totalBytes } };
    const onProgress = proxy((progress: UploadProgress) => {
      if (this.upload.status === 'loading') this.upload = { status: 'loading', progress };
    });
    try {
      const result = await this.#ask((api) => api.loadFiles(chosen, onProgress));
      if (!result.ok) {
        this.upload =
          'problems' in result
            ? { status: 'rejected', problems: result.problems }
            : { status: 'invalid', issues: result.issues };
        return;
      }
      this.#switches?.record();
      this.upload = { status: 'loading', progress: { step: 'opening' } };
      this.selection = null;
      // The summary comes with the map data and the tables, so that everything switches at once.
      await this.#refresh();
      this.upload = { status: 'loaded', fileCount: result.fileCount };
      if (result.summary.bounds !== null) this.#moveMap({ kind: 'bounds', bounds: result.summary.bounds });
    } catch {
      this.upload = { status: 'failed' };
    }
  }

  /** Goes back to the bundled dataset. */
  async useBundled(): Promise<void> {
    if (this.busy) return;
    try {
      await this.#ask((api) => api.useBundledDataset());
      this.#switches?.record();
      this.upload = { status: 'idle' };
      this.selection = null;
      await this.#refresh();
    } catch {
      this.status = 'failed';
    }
  }

  /**
   * Selects a terminal and flies the map to it.
   * @param row - the terminal's row
   */
  showTerminal(row: TerminalRow): void {
    this.selection = { kind: 'terminal', id: row.id };
    this.#moveMap({ kind: 'point', center: row.position, zoom: TERMINAL_FOCUS_ZOOM });
  }

  /**
   * Selects a service and fits the map to its legs.
   * @param row - the service's row
   */
  showService(row: ServiceRow): void {
    this.selection = { kind: 'service', id: row.id };
    if (row.bounds !== null) this.#moveMap({ kind: 'bounds', bounds: row.bounds });
  }

  /** Clears the selection; the map stays where it is. */
  clearSelection(): void {
    this.selection = null;
  }

  #moveMap(target: MapFocusTarget): void {
    this.focus = { serial: nextFocusSerial(), target };
  }

  /** Fetches everything about the current dataset; an answer overtaken by a later refresh is dropped. */
  async #refresh(): Promise<void> {
    const generation = ++this.#generation;
    this.status = 'loading';
    try {
      const [summary, mapData, terminals, services, sources] = await Promise.all([
        this.#ask((api) => api.summary()),
        this.#ask((api) => api.networkGeoJson()),
        this.#ask((api) => api.terminals()),
        this.#ask((api) => api.services()),
        this.#ask((api) => api.sources()),
      ]);
      if (generation !== this.#generation) return;
      this.summary = summary;
      this.mapData = mapData;
      this.terminals = terminals;
      this.services = services;
      this.sources = sources;
      this.status = 'ready';
    } catch {
      if (generation === this.#generation) this.status = 'failed';
    }
  }
}
