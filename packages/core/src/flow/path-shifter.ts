import { type AssignmentProblem, edgeCostsOfClasses, edgeSlope, elementVolumes } from './assignment-problem.js';
import { type CapacityPrices, capacityPriceRoom } from './capacity-prices.js';
import { type FlowState, type PathFlow, totalEdgeFlow } from './path-flows.js';

/** Below this share of its OD pair's demand a path's flow is dropped (it is no longer used). */
const DROP_SHARE = 1e-9;
/** A shift that overshot is halved at most this many times (then 1/64 of it stays). */
const MAX_HALVINGS = 6;

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
  /** The flows' cost at the start of the last pass, unserved demand at its cost (generalized USD per week). */
  readonly costPerWeek: number;
}

/** What a `PathShifter` prices besides the volume-delay. */
export interface ShifterPricing {
  /** Prices of the hard capacities (augmented Lagrangian); none: volume-delay only. */
  readonly prices?: CapacityPrices;
  /**
   * Per OD pair, the generalized cost per unit of leaving it unserved (the "unserved" dummy path, taken
   * only when every real path costs more); Infinity or absent: demand is always served.
   */
  readonly unservedCost?: Float64Array;
}

/**
 * Gradient projection on known paths (Jayakrishnan et al. 1994; Chen, Lee & Jayakrishnan 2002): for each
 * OD pair in turn, flow moves from every dearer path to its cheapest known path by the Newton step (cost
 * difference ÷ the summed slopes of the edges the two paths do not share), clipped to the path's flow, and
 * the element volumes and edge costs are updated at once (Gauss–Seidel), so the next OD pair sees them.
 * No search runs here: the paths come from column generation (the shortest paths of each outer iteration).
 * With capacity prices, an edge also costs the price of the hard capacities it loads; with an unserved
 * cost, each OD pair also has a dummy path of that constant cost (no edges), which takes flow when every
 * real path costs more, and gives it back when one costs less.
 *
 * Its scratch (edge costs per class, element volumes, edge marks, the element → edges incidence) is
 * allocated once per assignment and refreshed from the flow state on each call.
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
  /** The edges a move reprices (each once: marked with the move's stamp). */
  private readonly repriceMark: Uint32Array;
  private readonly toReprice: Uint32Array;
  private repriceStamp = 0;
  private readonly prices: CapacityPrices | undefined;
  private readonly lagrangianPrices: CapacityPrices | undefined;
  private readonly unservedCost: Float64Array | undefined;

  /**
   * @param problem - the assignment problem every call works on
   * @param pricing - capacity prices and unserved costs (default: none, the uncapped equilibrium)
   */
  constructor(problem: AssignmentProblem, pricing: ShifterPricing = {}) {
    this.problem = problem;
    this.prices = pricing.prices;
    // The same multipliers (shared, so updates show), with no penalty: each hard element costs its multiplier.
    this.lagrangianPrices =
      pricing.prices === undefined
        ? undefined
        : { ...pricing.prices, penalty: new Float64Array(pricing.prices.penalty.length) };
    this.unservedCost = pricing.unservedCost;
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
    this.repriceMark = new Uint32Array(edgeCount);
    this.toReprice = new Uint32Array(edgeCount);
  }

  /**
   * Prices every edge at the flows of `state` (element volumes, then the BPR costs of each class, plus the
   * hard capacities' prices).
   *
   * @param state - the running assignment's flows
   * @param lagrangian - price each hard capacity at its multiplier alone (the Lagrangian costs the gap is
   *   measured on), not at multiplier + penalty × overload (the augmented costs the shifts work on)
   * @returns per class, the edge costs (the shifter's own arrays, valid until its next call)
   */
  price(state: FlowState, lagrangian = false): Float64Array[] {
    this.volume = elementVolumes(this.problem, totalEdgeFlow(state));
    const prices = lagrangian ? this.lagrangianPrices : this.prices;
    // `loadedCosts` of each class, with each edge's delay factor and capacity price computed once for all classes.
    const edgeCount = this.problem.prepared.edges.length;
    for (let e = 0; e < edgeCount; e++) edgeCostsOfClasses(this.problem, e, this.volume, this.costs, prices);
    return this.costs;
  }

  /** Assigned volume per element at the shifter's last prices (its own array, valid until its next call). */
  get volumes(): Float64Array {
    return this.volume;
  }

  /**
   * Path equilibration: `rounds` passes over the OD pairs, each finding its shortest path at the current
   * prices (one search per pair, Gauss–Seidel: each sees the shifts of the pairs before it), adding it to
   * its known paths and shifting towards it. Used after the iterations, so every path an OD pair still
   * uses costs the same as its shortest.
   *
   * @param state - flows, changed in place
   * @param rounds - passes over all OD pairs
   */
  polish(state: FlowState, rounds: number): void {
    this.price(state);
    const search = this.problem.prepared.search;
    for (let round = 0; round < rounds; round++) {
      this.problem.ods.forEach((od, i) => {
        const paths = state.pathFlows[i];
        if (paths === undefined || od.from < 0 || od.to < 0) return;
        if (paths.size === 0 && (state.unserved[i] as number) <= 0) return;
        const c = od.classIndex;
        search.run([od.from], this.costs[c] as Float64Array, {
          target: od.to,
          blocked: this.problem.classes[c]?.blocked as Uint8Array,
        });
        const shortest = search.pathEdges(od.to);
        if (shortest === null) return;
        const key = shortest.join(',');
        if (!paths.has(key)) paths.set(key, { edges: shortest, flowPerWeek: 0 });
        this.shiftOd(state, i, paths);
      });
    }
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
    let costPerWeek = 0;
    while (passes < maxPasses) {
      let total = 0;
      let excess = 0;
      for (let i = 0; i < this.problem.ods.length; i++) {
        const od = this.problem.ods[i];
        const paths = state.pathFlows[i];
        if (od === undefined || paths === undefined || paths.size === 0) continue;
        const step = this.shiftOd(state, i, paths);
        total += step.total;
        excess += step.excess;
        shiftedPerWeek += step.shifted;
      }
      passes++;
      costPerWeek = total;
      gap = total > 0 ? excess / total : 0;
      if (gap <= pathSetGap) break;
    }
    return { passes, shiftedPerWeek, pathSetGap: gap, costPerWeek };
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

  /**
   * One OD pair: shift towards its cheapest known path, or to the unserved dummy when that is cheaper;
   * returns its cost-weighted flow and excess before the shifts. With capacity prices, a path left without
   * flow stays known (see {@link PathShifter.prune}): when the prices move, it may be the one to take flow
   * back; dropping it sent the demand to the dummy and the multipliers up to the dummy's cost, in cycles.
   */
  private shiftOd(
    state: FlowState,
    od: number,
    paths: Map<string, PathFlow>,
  ): { total: number; excess: number; shifted: number } {
    const setup = this.problem.ods[od];
    const classIndex = setup?.classIndex ?? 0;
    const demandPerWeek = setup?.od.amountPerWeek ?? 0;
    const cost = this.costs[classIndex] as Float64Array;
    const unservedCost = this.unservedCost?.[od] ?? Number.POSITIVE_INFINITY;
    const unserved = Number.isFinite(unservedCost) ? (state.unserved[od] as number) : 0;
    let best: PathFlow | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    let total = unserved * (unserved > 0 ? unservedCost : 0);
    let used = unserved;
    for (const path of paths.values()) {
      const c = this.pathCost(cost, path.edges);
      total += path.flowPerWeek * c;
      used += path.flowPerWeek;
      if (c < bestCost) {
        bestCost = c;
        best = path;
      }
    }
    const toDummy = unservedCost < bestCost;
    const excess = total - used * Math.min(bestCost, unservedCost);
    if (best === undefined || (paths.size === 1 && !toDummy && unserved <= 0)) return { total, excess, shifted: 0 };
    const stamp = ++this.stamp;
    const { onBest, onPath } = this;
    if (!toDummy) for (const e of best.edges) onBest[e] = stamp;
    let shifted = 0;
    for (const path of paths.values()) {
      if ((!toDummy && path === best) || path.flowPerWeek <= 0) continue;
      let difference = toDummy ? -unservedCost : 0;
      let slope = 0;
      let room = Number.POSITIVE_INFINITY;
      for (const e of path.edges) {
        onPath[e] = stamp;
        if (onBest[e] === stamp) continue;
        difference += cost[e] as number;
        slope += this.edgeSlope(classIndex, e, false);
      }
      if (!toDummy) {
        for (const e of best.edges) {
          if (onPath[e] === stamp) continue;
          difference -= cost[e] as number;
          slope += this.edgeSlope(classIndex, e, true);
          room = Math.min(room, this.priceRoom(e));
        }
      }
      if (difference <= 0) continue;
      const amount = Math.min(path.flowPerWeek, slope > 0 ? difference / slope : path.flowPerWeek, room);
      // What would be left below the drop share goes too (the path is no longer used).
      const step = path.flowPerWeek - amount <= DROP_SHARE * demandPerWeek ? path.flowPerWeek : amount;
      const shift = (x: number) => {
        this.move(state, classIndex, path.edges, -x);
        path.flowPerWeek -= x;
        if (toDummy) state.unserved[od] = (state.unserved[od] as number) + x;
        else {
          this.move(state, classIndex, best.edges, x);
          best.flowPerWeek += x;
        }
      };
      const after = () => this.pathCost(cost, path.edges) - (toDummy ? unservedCost : this.pathCost(cost, best.edges));
      shifted += this.safeguarded(shift, after, step);
    }
    if (!toDummy && unserved > 0) {
      // The dummy is dearer than the cheapest path: unserved demand boards it, by the Newton step, up to
      // where a capacity on it starts to charge.
      let slope = 0;
      let room = Number.POSITIVE_INFINITY;
      for (const e of best.edges) {
        slope += this.edgeSlope(classIndex, e, true);
        room = Math.min(room, this.priceRoom(e));
      }
      const difference = unservedCost - this.pathCost(cost, best.edges);
      if (difference > 0) {
        const amount = Math.min(unserved, slope > 0 ? difference / slope : unserved, room);
        // Unserved demand that would be left below the drop share is served too (or is exactly 0).
        const step = unserved - amount <= DROP_SHARE * demandPerWeek ? unserved : amount;
        const shift = (x: number) => {
          this.move(state, classIndex, best.edges, x);
          best.flowPerWeek += x;
          state.unserved[od] = (state.unserved[od] as number) - x;
        };
        shifted += this.safeguarded(shift, () => unservedCost - this.pathCost(cost, best.edges), step);
      }
    }
    if (this.prices === undefined) {
      // Without capacity prices nothing can make an emptied path the cheaper one again before the next
      // search finds it: it is forgotten at once, so a long uncapped run keeps only the paths it uses.
      for (const [key, path] of paths) if (path !== best && path.flowPerWeek <= 0) paths.delete(key);
    }
    return { total, excess, shifted };
  }

  /**
   * Makes a Newton shift and takes half of it back while it overshot: while the cost difference it was
   * meant to close came out reversed (the path it left now cheaper than the one it joined). The Newton step
   * reads the slopes where the flow is; on a volume-delay that steepens as it fills (BPR, β = 4, at a
   * crossing already over capacity with its background) it can overshoot many times over, and the shifts
   * of the next OD pairs then swing back and forth instead of settling: a Fujian case with the Suez Canal
   * closed, demand × 2.33 and six services cut stayed at gap 1e-3 for 200 iterations, and reached 3e-5 in
   * 53 with this. Bertsekas & Gafni (1983, "Projected Newton methods and optimization of multicommodity
   * flows", IEEE Transactions on Automatic Control 28(12)) scale such steps; halving is the simplest scaling.
   *
   * @param shift - moves x units (negative: back)
   * @param after - the cost difference after the move (positive: still worth moving more)
   * @param step - the Newton step (units)
   * @returns the units moved
   */
  private safeguarded(shift: (x: number) => void, after: () => number, step: number): number {
    let moved = step;
    shift(moved);
    for (let halving = 0; halving < MAX_HALVINGS && after() < 0; halving++) {
      const back = moved / 2;
      shift(-back);
      moved -= back;
    }
    return moved;
  }

  /**
   * Forgets the paths that carry no flow (each OD pair's used paths and unserved demand stay as they are).
   *
   * @param state - flows, changed in place
   */
  prune(state: FlowState): void {
    for (const paths of state.pathFlows) for (const [key, path] of paths) if (path.flowPerWeek <= 0) paths.delete(key);
  }

  /** d cost / d flow of one edge for a class: how fast its price rises as flow joins (or leaves) it. */
  private edgeSlope(classIndex: number, e: number, joining: boolean): number {
    return edgeSlope(this.problem, classIndex, e, this.volume, this.prices, joining);
  }

  /** Flow edge `e` takes before a free hard capacity on it starts to charge (Infinity: none). */
  private priceRoom(e: number): number {
    return this.prices === undefined
      ? Number.POSITIVE_INFINITY
      : capacityPriceRoom(this.problem, this.prices, e, this.volume);
  }

  /**
   * Adds `amount` of a class's flow along a path: edge flows, element volumes, and the costs they set. Each edge
   * whose elements changed is repriced once, after the last change (nothing reads a cost in between, so the costs
   * are those of repricing at every change; an edge shares elements with many, and was repriced once per change).
   */
  private move(state: FlowState, classIndex: number, edges: readonly number[], amount: number): void {
    const { problem, volume, elementEdgeOffsets, elementEdgeIds, repriceMark, toReprice } = this;
    const flows = state.classFlows[classIndex] as Float64Array;
    const mark = ++this.repriceStamp;
    let count = 0;
    for (const e of edges) {
      flows[e] = (flows[e] as number) + amount;
      for (let i = problem.edgeElementOffsets[e] as number; i < (problem.edgeElementOffsets[e + 1] as number); i++) {
        const k = problem.edgeElementIds[i] as number;
        volume[k] = (volume[k] as number) + amount;
        for (let j = elementEdgeOffsets[k] as number; j < (elementEdgeOffsets[k + 1] as number); j++) {
          const touched = elementEdgeIds[j] as number;
          if (repriceMark[touched] === mark) continue;
          repriceMark[touched] = mark;
          toReprice[count++] = touched;
        }
      }
    }
    for (let i = 0; i < count; i++)
      edgeCostsOfClasses(problem, toReprice[i] as number, volume, this.costs, this.prices);
  }
}
