/** Runs `step` in a later task; returns a function that cancels it. */
export type LaterTask = (step: () => void) => () => void;

/** A later task by `setTimeout(…, 0)`: the browser may draw a frame and handle input before it runs. */
export const nextTask: LaterTask = (step) => {
  const timer = setTimeout(step, 0);
  return () => clearTimeout(timer);
};

/**
 * A count that grows by `step` in each task until it reaches a total: a panel of results draws its parts (or a long
 * table its rows) over several short tasks instead of one long one, so the main thread stays free for input and for
 * the map between them (issue 17's budget: no task over 50 ms). The first `step` is there at once.
 * @example
 * const drawn = new GrowingCount(80);
 * drawn.restart(rows.length); // drawn.count: 80 now, 160 a task later, … up to rows.length
 */
export class GrowingCount {
  /** How many are drawn now. */
  count = $state(0);

  readonly #step: number;
  readonly #later: LaterTask;
  #cancel: (() => void) | undefined;

  /**
   * @param step - how many more each task (at least 1)
   * @param later - schedules the next step (default {@link nextTask}; tests pass their own)
   */
  constructor(step: number, later: LaterTask = nextTask) {
    this.#step = Math.max(1, Math.floor(step));
    this.#later = later;
  }

  /**
   * Starts again from one step, growing up to `total` (a total of 0 shows none). Reads no state, so an effect may
   * call it without depending on the count it sets.
   */
  restart(total: number): void {
    this.stop();
    let count = Math.min(this.#step, total);
    this.count = count;
    const grow = () => {
      count = Math.min(count + this.#step, total);
      this.count = count;
      this.#cancel = count < total ? this.#later(grow) : undefined;
    };
    if (count < total) this.#cancel = this.#later(grow);
  }

  /** Shows everything up to `total` at once (e.g. when the user asks for more than is drawn). */
  finish(total: number): void {
    this.stop();
    this.count = total;
  }

  /** Stops growing where it is. */
  stop(): void {
    this.#cancel?.();
    this.#cancel = undefined;
  }
}
