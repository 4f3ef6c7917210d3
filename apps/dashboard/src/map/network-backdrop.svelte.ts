import type { DatasetSummary, NetworkMapData } from '../engine/engine-api';
import type { DatasetSwitches } from '../views/dataset-switches.svelte';
import type { EngineAsk } from '../views/view-module';
import { NetworkDisplay } from './network-display.svelte';

/**
 * The whole network drawn under a view that draws nothing of its own (the first screen: the Route planner before
 * a route): the current dataset's summary and map features, asked of the worker once (the same `networkGeoJson`
 * the Data view draws; the page builds no GeoJSON), asked again after a dataset switch, and which modes show.
 * @example
 * const backdrop = new NetworkBackdrop(shell.ask, shell.datasetSwitches);
 * backdrop.ensureLoaded(); // then `backdrop.mapData` and `backdrop.summary` come
 */
export class NetworkBackdrop {
  /** The current dataset at a glance; `null` until it has come. */
  summary: DatasetSummary | null = $state.raw(null);
  /** The network's features; `null` until they have come. */
  mapData: NetworkMapData | null = $state.raw(null);
  /** What the legend's checkboxes show. */
  readonly display = new NetworkDisplay();

  readonly #ask: EngineAsk;
  readonly #switches: DatasetSwitches | undefined;
  /** The dataset switch count the data shown (or asked for) belongs to; `-1` before the first ask. */
  #loadedFor = -1;

  /**
   * @param ask - calls the engine
   * @param switches - the dataset's switches: after one, the network is asked for again
   */
  constructor(ask: EngineAsk, switches?: DatasetSwitches) {
    this.#ask = ask;
    this.#switches = switches;
  }

  /** Asks the worker for the current dataset's network, unless it has it or has asked already. */
  ensureLoaded(): void {
    const current = this.#switches?.count ?? 0;
    if (this.#loadedFor === current) return;
    this.#loadedFor = current;
    void this.#load(current);
  }

  async #load(forSwitch: number): Promise<void> {
    try {
      const [summary, mapData] = await Promise.all([
        this.#ask((api) => api.summary()),
        this.#ask((api) => api.networkGeoJson()),
      ]);
      // An answer overtaken by a later switch is about a dataset the engine no longer has.
      if (forSwitch !== this.#loadedFor) return;
      this.summary = summary;
      this.mapData = mapData;
    } catch {
      // The worker stopped answering: the first screen stays a plain basemap, and the next call asks again.
      if (forSwitch === this.#loadedFor) this.#loadedFor = -1;
    }
  }
}
