import { LRUCache } from 'lru-cache';
import type { CostingOverrides } from '../costing/costing-defaults.js';
import { type AssignOptions, assign } from '../flow/assign.js';
import type { AssignmentResult } from '../flow/assignment-result.js';
import type { DemandFlow, Network } from '../model/network.js';
import type { Router } from '../routing/create-router.js';

/** Most assignments of the dataset's own demand an engine keeps: one per method and gap asked is the common case. */
export const MAX_KEPT_ASSIGNMENTS = 4;

/** An engine's assignment: its options as read from a request, a caller's demand, a progress callback. */
export type EngineAssignment = Pick<AssignOptions, 'method' | 'gap' | 'maxIterations' | 'onIteration'> & {
  /** A caller's demand (checked); absent: the dataset's, and then the result is kept. */
  readonly demand?: readonly DemandFlow[];
};

/** Runs an engine's assignments, keeping those of the dataset's own demand. */
export interface KeptAssignments {
  /** The result: kept from an earlier run with the same options, else run now (and kept, for the dataset's demand). */
  run(assignment: EngineAssignment): AssignmentResult;
}

/**
 * An engine's assignments on its base network, kept by their options: `assign` is pure, so the same run asked again
 * — a utilization view run twice, or a scenario's "before" after a utilization run — is answered without running
 * it. A kept answer calls no `onIteration` (there are no iterations to follow). Least recently used out first.
 *
 * @param network - the engine's network
 * @param router - the engine's router, whose compiled base graph the runs share
 * @param costing - the engine's costing overrides
 * @returns the runner
 * @example
 * const assignments = keptAssignments(network, router);
 * assignments.run({}) === assignments.run({ method: 'equilibrium' }); // true: one run, kept
 */
export function keptAssignments(network: Network, router: Router, costing?: CostingOverrides): KeptAssignments {
  const kept = new LRUCache<string, AssignmentResult>({ max: MAX_KEPT_ASSIGNMENTS });
  return {
    run({ demand, onIteration, ...options }) {
      // Defaults spelled out, so that `{}` and `{ method: 'equilibrium' }` are one run.
      const key =
        demand === undefined
          ? JSON.stringify([options.method ?? 'equilibrium', options.gap ?? null, options.maxIterations ?? null])
          : undefined;
      const found = key === undefined ? undefined : kept.get(key);
      if (found !== undefined) return found;
      const result = assign(network, {
        ...options,
        ...(costing === undefined ? {} : { costing }),
        ...(demand === undefined ? {} : { demand }),
        ...(onIteration === undefined ? {} : { onIteration }),
        prepared: router.graph([]),
      });
      if (key !== undefined) kept.set(key, result);
      return result;
    },
  };
}
