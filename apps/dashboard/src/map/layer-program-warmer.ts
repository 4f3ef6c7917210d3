import type { WhenIdle } from '../ui/browser-idle';
import type { LayerWarmUp } from './warm-layer-programs';

/** Draws warm-ups on the map in one frame: `warmLayerPrograms` in the page, a fake in tests. */
export type WarmLayers = (warmUps: readonly LayerWarmUp[], prefix: string) => Promise<void>;

/**
 * Warms the layer programs of the views (see `warmLayerPrograms`) when the browser is next idle, all the warm-ups
 * queued by then in one frame; warm-ups added later go in a later frame. Each frame is a whole redraw: with GPU
 * compositing and SwiftShader, one frame per view was a task of 165–346 ms each, all four in one frame a single
 * task of ~210 ms. A warm-up added twice is drawn once; after {@link stop} nothing more is drawn.
 * @example
 * const warmer = new LayerProgramWarmer((warmUp, prefix) => warmLayerPrograms(map, warmUp, prefix), browserIdle);
 * warmer.add([ROUTE_WARM_UP]);
 */
export class LayerProgramWarmer {
  readonly #warm: WarmLayers;
  readonly #whenIdle: WhenIdle;
  readonly #seen = new Set<LayerWarmUp>();
  readonly #queue: LayerWarmUp[] = [];
  #draining = false;
  #stopped = false;
  #drawn = 0;
  #frames = 0;

  constructor(warm: WarmLayers, whenIdle: WhenIdle) {
    this.#warm = warm;
    this.#whenIdle = whenIdle;
  }

  /** Queues the warm-ups not seen before. */
  add(warmUps: readonly LayerWarmUp[]): void {
    for (const warmUp of warmUps) {
      if (this.#seen.has(warmUp)) continue;
      this.#seen.add(warmUp);
      this.#queue.push(warmUp);
    }
    void this.#drain();
  }

  /** Draws nothing more (the map is going away). */
  stop(): void {
    this.#stopped = true;
    this.#queue.length = 0;
  }

  /** How many warm-ups have been drawn. */
  get drawn(): number {
    return this.#drawn;
  }

  async #drain(): Promise<void> {
    if (this.#draining) return;
    this.#draining = true;
    while (this.#queue.length > 0 && !this.#stopped) {
      await new Promise<void>((resolve) => this.#whenIdle(resolve));
      if (this.#stopped) break;
      const batch = this.#queue.splice(0);
      // A warm-up that fails (a lost WebGL context) costs only its head start; the views draw as before.
      await this.#warm(batch, `warm-up-${this.#frames}`).catch(() => undefined);
      this.#frames += 1;
      this.#drawn += batch.length;
    }
    this.#draining = false;
  }
}
