import { type AssignmentProblem, elementVolumes } from './assignment-problem.js';
import { type FlowState, totalEdgeFlow } from './path-flows.js';

/** Why one OD pair's demand was left unserved. */
export interface UnservedReason {
  /**
   * `no-path`: no chain of services joins the places; `capacity`: every path crosses a full element
   * (`fullElements` holds a set of them whose closing cuts every path); `cost`: a path with room is left,
   * but it costs more than leaving the demand unserved (queues at soft elements).
   */
  readonly reason: 'no-path' | 'capacity' | 'cost';
  /** Ids of the full elements found on the OD pair's paths, cheapest path first. */
  readonly fullElements: readonly string[];
}

/** An element counts as full when its assigned flow is within this share of what it holds for it. */
const FULL_SHARE = 1e-6;

/**
 * Names what blocked each OD pair with unserved demand: at zero-load costs, its cheapest path; the full
 * elements on it (hard ones, or every element with a capacity for capacity-restrained loading) are closed
 * and the search runs again, until no path is left (`capacity`: the closed elements together cut every
 * path) or a path without a full element is found (`cost`). Deterministic: the searches are the routing
 * searches, ties broken as they break them.
 *
 * @param problem - the assignment problem
 * @param state - the final flows
 * @param noPath - 1 per OD pair that has no path even at zero load
 * @param binding - 1 per element that can be full (the run's hard elements)
 * @returns per OD pair, its reason, or `null` when it is fully served
 */
export function unservedReasons(
  problem: AssignmentProblem,
  state: FlowState,
  noPath: Uint8Array,
  binding: Uint8Array,
): (UnservedReason | null)[] {
  const volume = elementVolumes(problem, totalEdgeFlow(state));
  const full = Uint8Array.from(problem.elements, (_, k) => {
    if (binding[k] !== 1) return 0;
    const residual = Math.max(0, (problem.capacity[k] as number) - (problem.background[k] as number));
    return (volume[k] as number) >= residual * (1 - FULL_SHARE) ? 1 : 0;
  });
  const search = problem.prepared.search;
  return problem.ods.map((od, i) => {
    if ((state.unserved[i] as number) <= 1e-9) return null;
    if (noPath[i] === 1 || od.from < 0 || od.to < 0) return { reason: 'no-path', fullElements: [] };
    const setup = problem.classes[od.classIndex];
    if (setup === undefined) return { reason: 'no-path', fullElements: [] };
    const blocked = Uint8Array.from(setup.blocked);
    const found: string[] = [];
    for (;;) {
      search.run([od.from], setup.baseCost, { target: od.to, blocked });
      const path = search.pathEdges(od.to);
      if (path === null) return { reason: 'capacity', fullElements: found };
      const onPath = new Set<number>();
      for (const e of path) {
        for (let j = problem.edgeElementOffsets[e] as number; j < (problem.edgeElementOffsets[e + 1] as number); j++) {
          const k = problem.edgeElementIds[j] as number;
          if (full[k] === 1) onPath.add(k);
        }
      }
      if (onPath.size === 0) return { reason: 'cost', fullElements: found };
      for (const k of [...onPath].sort((a, b) => a - b)) {
        found.push(problem.elements[k]?.id ?? '');
        for (const e of problem.elements[k]?.edges ?? []) blocked[e] = 1;
      }
    }
  });
}
