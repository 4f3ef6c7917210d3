/** One step of work done ahead of the user's click: it fills the engine's caches and answers nothing. */
export type PreparationStep = () => void;

/** Runs `task` in a task of its own, after the tasks already queued (the page's requests among them). */
export type Yield = (task: () => void) => void;

/** Work the worker does ahead of the user's clicks, one step per task, so that a request from the page goes first. */
export interface PreparationQueue {
  /**
   * Replaces the steps of `lane` not started yet with `steps`: a superseded preparation (another preset picked
   * meanwhile) is dropped. Lanes run in the order they were first asked for; a step that throws is skipped (the
   * request that needs its work reports the problem).
   * @param lane - what the steps prepare (`assignment`, `scenario`)
   * @param steps - in order
   * @returns settles when the steps have run, or when they were superseded
   */
  prepare(lane: string, steps: readonly PreparationStep[]): Promise<void>;
  /** Drops every step not started (the dataset they were for is no longer the current one). */
  clear(): void;
  /** The steps waiting. */
  readonly pending: number;
}

/**
 * Yields to the messages already queued for this worker: a `MessageChannel` message is queued behind them (a
 * timer may not be, and nested timers are clamped to 4 ms).
 */
export const yieldToMessages: Yield = (task) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    task();
  };
  channel.port2.postMessage(null);
};

interface Lane {
  steps: PreparationStep[];
  settle: () => void;
}

/**
 * A queue of preparations for the engine worker. The worker answers one message at a time, so a preparation run in
 * one piece (~1 s of graphs and assignments) makes a click that arrives meanwhile wait for all of it, including work
 * the click does not need (a preset the user has since left). Run one step per task instead, a request that
 * arrives between steps is answered first, with what is ready and what it computes itself (every step only warms
 * caches that the request would fill the same way, so its answer is the same), and a superseded preset's steps not
 * yet started are dropped.
 * @param yieldTask - how a step is put behind the queued messages (default {@link yieldToMessages})
 * @returns the queue
 * @example
 * const queue = createPreparationQueue();
 * void queue.prepare('scenario', [() => engine.prepareScenario('red-sea-closure', { assignment: false })]);
 * void queue.prepare('scenario', [() => engine.prepareScenario('suez-closure', { assignment: false })]); // replaces it
 */
export function createPreparationQueue(yieldTask: Yield = yieldToMessages): PreparationQueue {
  const lanes = new Map<string, Lane>();
  let scheduled = false;
  const next = (): void => {
    scheduled = false;
    for (const lane of lanes.values()) {
      const step = lane.steps.shift();
      if (step === undefined) continue;
      try {
        step();
      } catch {
        // The request that needs this work runs it again and reports the problem.
      }
      if (lane.steps.length === 0) lane.settle();
      schedule();
      return;
    }
  };
  const schedule = (): void => {
    if (scheduled || ![...lanes.values()].some((lane) => lane.steps.length > 0)) return;
    scheduled = true;
    yieldTask(next);
  };
  return {
    prepare(name, steps) {
      return new Promise<void>((resolve) => {
        const lane = lanes.get(name);
        lane?.settle();
        if (lane === undefined) lanes.set(name, { steps: [...steps], settle: resolve });
        else Object.assign(lane, { steps: [...steps], settle: resolve });
        if (steps.length === 0) resolve();
        schedule();
      });
    },
    clear() {
      for (const lane of lanes.values()) {
        lane.steps = [];
        lane.settle();
      }
    },
    get pending() {
      return [...lanes.values()].reduce((count, lane) => count + lane.steps.length, 0);
    },
  };
}
