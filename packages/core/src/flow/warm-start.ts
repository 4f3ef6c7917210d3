import type { AssignmentProblem } from './assignment-problem.js';
import type { CapacityPrices } from './capacity-prices.js';
import type { OdDemand } from './demand-classes.js';
import { emptyFlows, type FlowState } from './path-flows.js';
import type { PathShifter } from './path-shifter.js';
import type { OdPaths } from './shortest-od-paths.js';

/**
 * The flows of an earlier equilibrium to start from: its problem (graph and OD pairs) and its path flows. The
 * problem may be another network's — a scenario starts from its base — since paths are carried over by the
 * routing graph's edge keys (`ride:service:forward:2`, …), which name the same edge in any graph built from the
 * same service.
 */
export interface WarmStart {
  readonly problem: AssignmentProblem;
  readonly state: FlowState;
  /** Its hard capacities' multipliers at the end (a capped run): the new run's start from them, by element id. */
  readonly prices?: CapacityPrices;
}

/** The search round the start needs for the OD pairs whose flow found no carried path. */
type FindOdPaths = (
  problem: AssignmentProblem,
  costs: readonly Float64Array[],
  blocked: readonly Uint8Array[],
  only: readonly number[],
) => OdPaths;

const odKey = (od: OdDemand) => `${od.cargo}|${od.fromPlaceId}|${od.toPlaceId}`;

/** Per edge of `from`'s graph, the same edge's id in `to`'s graph, or -1 where `to` has none. */
function edgeMap(from: AssignmentProblem, to: AssignmentProblem): Int32Array {
  const fromKeys = from.prepared.compiled.edgeKeys;
  if (from.prepared === to.prepared) return Int32Array.from(fromKeys, (_, e) => e);
  const index = new Map(to.prepared.compiled.edgeKeys.map((key, e) => [key, e]));
  return Int32Array.from(fromKeys, (key) => index.get(key) ?? -1);
}

/**
 * The starting flows of an equilibrium from an earlier one's (a warm start, instead of loading the demand from
 * nothing): each OD pair keeps the paths it used there that still exist and are open to its class, with their
 * flows scaled to its demand now, and, where the problem has hard capacities, its unserved share; what is left
 * (the flow of paths the change removed — a closed passage's, a withdrawn service's — or of a pair the earlier run
 * did not have) is loaded on its shortest path at the costs the carried flows leave, one search per origin. The
 * equilibrium's iterations then run to the same gap as from a cold start: only the start differs.
 *
 * @param problem - the problem to solve
 * @param shifter - its path shifter (loads the flows, prices the edges)
 * @param findOdPaths - the search round
 * @param warm - the earlier equilibrium
 * @returns the flows to start from
 */
export function warmStartFlows(
  problem: AssignmentProblem,
  shifter: PathShifter,
  findOdPaths: FindOdPaths,
  warm: WarmStart,
): FlowState {
  const state = emptyFlows(problem);
  const blocked = problem.classes.map((c) => c.blocked);
  const capped = problem.hard?.includes(1) === true;
  const edges = edgeMap(warm.problem, problem);
  const earlier = new Map(warm.problem.ods.map((od, j) => [odKey(od.od), j]));
  const left = new Float64Array(problem.ods.length);
  const pending: number[] = [];
  problem.ods.forEach((od, i) => {
    const amount = od.od.amountPerWeek;
    if (od.from < 0 || od.to < 0) {
      state.unserved[i] = amount;
      return;
    }
    const j = earlier.get(odKey(od.od));
    const was = j === undefined ? undefined : warm.problem.ods[j];
    const scale = was === undefined || !(was.od.amountPerWeek > 0) ? 0 : amount / was.od.amountPerWeek;
    let carried = 0;
    if (j !== undefined && scale > 0) {
      const closed = blocked[od.classIndex] as Uint8Array;
      for (const path of warm.state.pathFlows[j]?.values() ?? []) {
        const mapped = path.edges.map((e) => edges[e] as number);
        if (path.flowPerWeek <= 0 || mapped.some((e) => e < 0 || closed[e] === 1)) continue;
        shifter.load(state, i, mapped, path.flowPerWeek * scale);
        carried += path.flowPerWeek * scale;
      }
      if (capped) {
        state.unserved[i] = Math.max(0, Math.min(amount - carried, (warm.state.unserved[j] as number) * scale));
        carried += state.unserved[i] as number;
      }
    }
    // A share of a unit per million is rounding, not flow to place.
    if (amount - carried > amount * 1e-9) {
      left[i] = amount - carried;
      pending.push(i);
    }
  });
  if (pending.length === 0) return state;
  const found = findOdPaths(problem, shifter.price(state), blocked, pending);
  for (const i of pending) {
    const path = found.paths[i];
    if (path === null || path === undefined) state.unserved[i] = (state.unserved[i] as number) + (left[i] as number);
    else shifter.load(state, i, path, left[i] as number);
  }
  return state;
}

/**
 * Starts a capped run's multipliers from an earlier run's, element by element id (the prices a full train charged
 * there are the best guess of what it charges now); elements the earlier run did not have keep their start.
 *
 * @param problem - the problem to solve
 * @param prices - its starting prices, changed in place
 * @param warm - the earlier equilibrium
 */
export function warmStartPrices(problem: AssignmentProblem, prices: CapacityPrices, warm: WarmStart): void {
  if (warm.prices === undefined) return;
  const earlier = new Map(warm.problem.elements.map((element, k) => [element.id, k]));
  problem.elements.forEach((element, k) => {
    const j = earlier.get(element.id);
    if (j === undefined || problem.hard?.[k] !== 1) return;
    prices.multiplier[k] = warm.prices?.multiplier[j] ?? 0;
  });
}
