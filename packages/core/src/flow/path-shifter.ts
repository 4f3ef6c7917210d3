import { type AssignmentProblem, delayFactor, delaySlope, elementVolumes, loadedCosts } from './assignment-problem.js';
import { type FlowState, type PathFlow, totalEdgeFlow } from './path-flows.js';

/** Below this share of its OD pair's demand a path's flow is dropped (it is no longer used). */
const DROP_SHARE = 1e-9;

/** What one call of {@link PathShifter.equilibrate} did. */
export interface PathShiftOutcome {
  /** Passes over every OD pair. */
  readonly passes: number;
  /** Flow moved between paths, summed over the passes (units per week). */
  readonly shiftedPerWeek: number;
  /**
   * Relative gap within the known paths at the start of the last pass: (cost of the flows − cost with each
   * OD pair's flow on its cheapest known path) ÷ cost of the flows.
   */
  readonly pathSetGap: number;
}

/**
 * Gradient projection on known paths (Jayakrishnan et al. 1994; Chen, Lee & Jayakrishnan 2002): for each
 * OD pair in turn, flow moves from every dearer path to its cheapest known path by the Newton step (cost
 * difference ÷ the summed slopes of the edges the two paths do not share), clipped to the path's flow, and
 * the element volumes and edge costs are updated at once (Gauss–Seidel), so the next OD pair sees them.
 * No search runs here: the paths come from column generation (the shortest paths of each outer iteration).
 *
 * Its scratch (edge costs per class, element volumes, edge marks, the element → edges incidence) is
 * allocated once per assignment and refreshed from the flow state on each call (STYLE.md 12).
 */
export class PathShifter {
  private readonly problem: AssignmentProblem;
  /** Per class, generalized cost per compiled edge at `volume`. */
  readonly costs: Float64Array[];
  private volume: Float64Array;
  /** CSR from element to the compiled edges it loads: whose costs change with its volume. */
  private readonly elementEdgeOffsets: Uint32Array;
  private readonly elementEdgeIds: Uint32Array;
  /** Marks on the edges of the cheapest path / of the path shifted from (stamps, never cleared). */
  private readonly onBest: Uint32Array;
  private readonly onPath: Uint32Array;
  private stamp = 0;

  /**
   * @param problem - the assignment problem every call works on
   */
  constructor(problem: AssignmentProblem) {
    this.problem = problem;
    const edgeCount = problem.prepared.edges.length;
    this.costs = problem.classes.map(() => new Float64Array(edgeCount));
    this.volume = new Float64Array(problem.elements.length);
    const offsets = new Uint32Array(problem.elements.length + 1);
    problem.elements.forEach((element, k) => {
      offsets[k + 1] = (offsets[k] as number) + element.edges.length;
    });
    const ids = new Uint32Array(offsets[problem.elements.length] as number);
    problem.elements.forEach((element, k) => {
      ids.set(element.edges, offsets[k] as number);
    });
    this.elementEdgeOffsets = offsets;
    this.elementEdgeIds = ids;
    this.onBest = new Uint32Array(edgeCount);
    this.onPath = new Uint32Array(edgeCount);
  }

  /**
   * Prices every edge at the flows of `state` (element volumes, then the BPR costs of each class).
   *
   * @param state - the running assignment's flows
   * @returns per class, the edge costs (the shifter's own arrays, valid until its next call)
   */
  price(state: FlowState): Float64Array[] {
    this.volume = elementVolumes(this.problem, totalEdgeFlow(state));
    this.problem.classes.forEach((_, c) => {
      loadedCosts(this.problem, c, this.volume, this.costs[c] as Float64Array);
    });
    return this.costs;
  }

  /**
   * Passes of gradient projection over every OD pair's known paths, until the gap within the known paths
   * is at most `pathSetGap` or `maxPasses` are done. Starts by pricing the edges at `state`'s flows.
   *
   * @param state - flows, changed in place (the running assignment's own)
   * @param maxPasses - most passes over all OD pairs
   * @param pathSetGap - stop once the relative gap within the known paths is at most this
   */
  equilibrate(state: FlowState, maxPasses: number, pathSetGap: number): PathShiftOutcome {
    this.price(state);
    let shiftedPerWeek = 0;
    let gap = Number.POSITIVE_INFINITY;
    let passes = 0;
    while (passes < maxPasses) {
      let total = 0;
      let excess = 0;
      for (let i = 0; i < this.problem.ods.length; i++) {
        const od = this.problem.ods[i];
        const paths = state.pathFlows[i];
        if (od === undefined || paths === undefined || paths.size === 0) continue;
        const step = this.shiftOd(state, od.classIndex, od.od.amountPerWeek, paths);
        total += step.total;
        excess += step.excess;
        shiftedPerWeek += step.shifted;
      }
      passes++;
      gap = total > 0 ? excess / total : 0;
      if (gap <= pathSetGap) break;
    }
    return { passes, shiftedPerWeek, pathSetGap: gap };
  }

  /**
   * Loads `amount` of one OD pair's flow on a path: its path flow, edge flows, element volumes and the
   * costs they set (so the next path found sees them).
   *
   * @param state - flows, changed in place
   * @param od - index in `problem.ods`
   * @param edges - the path's compiled edge ids
   * @param amount - units per week
   */
  load(state: FlowState, od: number, edges: readonly number[], amount: number): void {
    this.move(state, this.problem.ods[od]?.classIndex ?? 0, edges, amount);
    const paths = state.pathFlows[od] as Map<string, PathFlow>;
    const key = edges.join(',');
    const existing = paths.get(key);
    if (existing === undefined) paths.set(key, { edges, flowPerWeek: amount });
    else existing.flowPerWeek += amount;
  }

  /** Cost of a path for a class at the current volumes. */
  private pathCost(cost: Float64Array, edges: readonly number[]): number {
    let sum = 0;
    for (let j = 0; j < edges.length; j++) sum += cost[edges[j] as number] as number;
    return sum;
  }

  /** One OD pair: shift towards its cheapest known path; returns its flow-weighted cost and excess before. */
  private shiftOd(
    state: FlowState,
    classIndex: number,
    demandPerWeek: number,
    paths: Map<string, PathFlow>,
  ): { total: number; excess: number; shifted: number } {
    const cost = this.costs[classIndex] as Float64Array;
    let best: PathFlow | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    let total = 0;
    let used = 0;
    for (const path of paths.values()) {
      const c = this.pathCost(cost, path.edges);
      total += path.flowPerWeek * c;
      used += path.flowPerWeek;
      if (c < bestCost) {
        bestCost = c;
        best = path;
      }
    }
    const excess = total - used * bestCost;
    if (best === undefined || paths.size === 1) return { total, excess, shifted: 0 };
    const stamp = ++this.stamp;
    const { onBest, onPath } = this;
    for (const e of best.edges) onBest[e] = stamp;
    let shifted = 0;
    for (const path of paths.values()) {
      if (path === best || path.flowPerWeek <= 0) continue;
      let difference = 0;
      let slope = 0;
      for (const e of path.edges) {
        onPath[e] = stamp;
        if (onBest[e] === stamp) continue;
        difference += cost[e] as number;
        slope += this.edgeSlope(classIndex, e);
      }
      for (const e of best.edges) {
        if (onPath[e] === stamp) continue;
        difference -= cost[e] as number;
        slope += this.edgeSlope(classIndex, e);
      }
      if (difference <= 0) continue;
      const amount = slope > 0 ? Math.min(path.flowPerWeek, difference / slope) : path.flowPerWeek;
      this.move(state, classIndex, path.edges, -amount);
      this.move(state, classIndex, best.edges, amount);
      path.flowPerWeek -= amount;
      best.flowPerWeek += amount;
      shifted += amount;
    }
    for (const [key, path] of paths) {
      if (path === best || path.flowPerWeek > DROP_SHARE * demandPerWeek) continue;
      if (path.flowPerWeek > 0) {
        this.move(state, classIndex, path.edges, -path.flowPerWeek);
        this.move(state, classIndex, best.edges, path.flowPerWeek);
        best.flowPerWeek += path.flowPerWeek;
      }
      paths.delete(key);
    }
    return { total, excess, shifted };
  }

  /** d cost / d flow of one edge for a class: how fast its price rises as one more unit loads its elements. */
  private edgeSlope(classIndex: number, e: number): number {
    const { problem, volume } = this;
    const setup = problem.classes[classIndex];
    return setup === undefined
      ? 0
      : setup.perHour * (problem.delayBaseHours[e] as number) * delaySlope(problem, e, volume);
  }

  /** Adds `amount` of a class's flow along a path: edge flows, element volumes, and the costs they set. */
  private move(state: FlowState, classIndex: number, edges: readonly number[], amount: number): void {
    const { problem, volume, elementEdgeOffsets, elementEdgeIds } = this;
    const flows = state.classFlows[classIndex] as Float64Array;
    for (const e of edges) {
      flows[e] = (flows[e] as number) + amount;
      for (let i = problem.edgeElementOffsets[e] as number; i < (problem.edgeElementOffsets[e + 1] as number); i++) {
        const k = problem.edgeElementIds[i] as number;
        volume[k] = (volume[k] as number) + amount;
        for (let j = elementEdgeOffsets[k] as number; j < (elementEdgeOffsets[k + 1] as number); j++)
          this.reprice(elementEdgeIds[j] as number);
      }
    }
  }

  /** Recomputes one edge's cost for every class at the current volumes (the per-edge form of `loadedCosts`). */
  private reprice(e: number): void {
    const { problem, volume } = this;
    const delay = (problem.delayBaseHours[e] as number) * delayFactor(problem, e, volume);
    problem.classes.forEach((setup, c) => {
      (this.costs[c] as Float64Array)[e] = (setup.baseCost[e] as number) + setup.perHour * delay;
    });
  }
}
