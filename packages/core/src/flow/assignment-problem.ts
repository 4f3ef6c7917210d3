import { combineWeights } from '../costing/combine-weights.js';
import type { Costing } from '../costing/costing-defaults.js';
import { type CriteriaArrays, criteriaArrays } from '../costing/criteria-arrays.js';
import { objectiveWeights } from '../costing/objective-weights.js';
import { routingNodeKey } from '../graph/build-routing-graph.js';
import type { PreparedGraph } from '../graph/prepare-graph.js';
import type { CargoClass, Network } from '../model/network.js';
import { constraintMask } from '../routing/constraint-mask.js';
import { type CapacityElement, type CapacityOptions, capacityElements, type ElementKind } from './capacity-elements.js';
import { type CapacityPrices, capacityPrice, capacityPriceSlope } from './capacity-prices.js';
import { type DemandClass, demandClasses, type OdDemand } from './demand-classes.js';

/** Volume-delay function parameters (BPR form): extra time = base time × alpha × (volume ÷ capacity)^beta. */
export interface VolumeDelay {
  readonly alpha: number;
  readonly beta: number;
}

/** The BPR defaults (Bureau of Public Roads, 1964): alpha 0.15, beta 4 — an assumption for freight elements. */
export const DEFAULT_VOLUME_DELAY: VolumeDelay = { alpha: 0.15, beta: 4 };

/**
 * The kinds of element whose capacity is hard in the default equilibrium: a train or a ship carries at most
 * what it offers, so its legs bind. Terminals and border crossings are soft: boxes queue (handling, dwell)
 * and the volume-delay function prices the queue, as Małaszewicze's 2–3 days grow to 10–16 when congested
 * (the dataset's sources S12–S18). Corridor capacity (`corridorCapacity`) bounds the same kinds, so max-flow and
 * assignment agree.
 */
export const HARD_CAPACITY_KINDS: readonly ElementKind[] = ['service-leg'];

/** One cargo class set up for search. */
export interface ClassSetup {
  readonly demandClass: DemandClass;
  readonly criteria: CriteriaArrays;
  /** Generalized cost per unit of flow at zero load (balanced objective: USD). */
  readonly baseCost: Float64Array;
  /** USD per hour per unit of flow, to price volume-delay hours. */
  readonly perHour: number;
  readonly blocked: Uint8Array;
}

/** One OD pair located on the compiled graph; `from`/`to` are -1 when the place is not on it. */
export interface OdSetup {
  readonly od: OdDemand;
  readonly classIndex: number;
  readonly from: number;
  readonly to: number;
}

/** Everything an assignment method needs, built once per run and never mutated. */
export interface AssignmentProblem {
  readonly prepared: PreparedGraph;
  readonly elements: readonly CapacityElement[];
  readonly capacity: Float64Array;
  /** Background volume per element (never assigned; added to the assigned volume wherever load matters). */
  readonly background: Float64Array;
  /**
   * 1 per element whose capacity is hard (the equilibrium keeps assigned + background within it, or the
   * assigned flow at 0 when background alone fills it); absent or 0 = soft (volume-delay only).
   */
  readonly hard?: Uint8Array;
  /** CSR from compiled edge to the elements it loads. */
  readonly edgeElementOffsets: Uint32Array;
  readonly edgeElementIds: Uint32Array;
  /** Hours of the edge that a loaded element stretches (running, dwell or handling). */
  readonly delayBaseHours: Float64Array;
  readonly classes: readonly ClassSetup[];
  readonly ods: readonly OdSetup[];
  readonly volumeDelay: VolumeDelay;
}

/**
 * Sets up an assignment on a compiled graph: capacity elements and their incidence, per-class costs and
 * masks, and the OD pairs located on the graph.
 *
 * @param prepared - the compiled routing graph (no passages closed, or the scenario's)
 * @param network - its network
 * @param ods - the demand as OD pairs
 * @param costing - resolved costing (value of time and carbon price price the generalized cost)
 * @param options - volume-delay parameters, TEU per train, and which kinds of element are hard (default
 *   `HARD_CAPACITY_KINDS`; `[]` for an uncapped run)
 * @example
 * ```ts
 * import { DEFAULT_COSTING } from '@corridor/core/costing';
 * import { assignmentProblem, odDemands } from '@corridor/core/flow';
 * import { createGraphCache } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const prepared = createGraphCache().prepared(fujianNetwork);
 * const problem = assignmentProblem(prepared, fujianNetwork, odDemands(fujianNetwork.demand), DEFAULT_COSTING);
 * console.log(problem.elements.length, problem.classes.length, problem.ods.length); // → 318 2 148
 * console.log(problem.volumeDelay); // → { alpha: 0.15, beta: 4 }
 * ```
 */
export function assignmentProblem(
  prepared: PreparedGraph,
  network: Network,
  ods: readonly OdDemand[],
  costing: Costing,
  options: CapacityOptions & { volumeDelay?: VolumeDelay; hardKinds?: readonly ElementKind[] } = {},
): AssignmentProblem {
  const hardKinds = new Set(options.hardKinds ?? HARD_CAPACITY_KINDS);
  const elements = capacityElements(prepared, network, options);
  const edgeCount = prepared.edges.length;
  const counts = new Uint32Array(edgeCount + 1);
  for (const element of elements) for (const e of element.edges) counts[e + 1] = (counts[e + 1] as number) + 1;
  const edgeElementOffsets = new Uint32Array(edgeCount + 1);
  for (let e = 0; e < edgeCount; e++)
    edgeElementOffsets[e + 1] = (edgeElementOffsets[e] as number) + (counts[e + 1] as number);
  const fill = Uint32Array.from(edgeElementOffsets);
  const edgeElementIds = new Uint32Array(edgeElementOffsets[edgeCount] as number);
  elements.forEach((element, k) => {
    for (const e of element.edges) edgeElementIds[(fill[e] as number)++] = k;
  });
  const byCargo = demandClasses(costing.tonnesPerTeu);
  const order: CargoClass[] = ['container', 'air-cargo'];
  const classes = order.map((cargo): ClassSetup => {
    const demandClass = byCargo[cargo];
    const criteria = criteriaArrays(prepared, demandClass.shipment, costing);
    const weights = objectiveWeights('balanced', demandClass.shipment, costing);
    return {
      demandClass,
      criteria,
      baseCost: combineWeights(criteria, weights),
      perHour: weights.perHour,
      blocked: constraintMask(prepared, {
        modes: new Set(demandClass.modes),
        avoidTerminals: new Set(),
        avoidCountries: new Set(),
      }),
    };
  });
  const node = (key: string) => prepared.compiled.nodeIndex.get(key) ?? -1;
  return {
    prepared,
    elements,
    capacity: Float64Array.from(elements.map((k) => k.capacityPerWeek)),
    background: Float64Array.from(elements.map((k) => k.backgroundPerWeek)),
    // Only a finite capacity can bind.
    hard: Uint8Array.from(elements, (k) => (hardKinds.has(k.kind) && Number.isFinite(k.capacityPerWeek) ? 1 : 0)),
    edgeElementOffsets,
    edgeElementIds,
    delayBaseHours: Float64Array.from(
      prepared.edges.map((edge) =>
        edge.kind === 'ride' || edge.kind === 'dwell' || edge.kind === 'board' || edge.kind === 'alight'
          ? edge.hours
          : 0,
      ),
    ),
    classes,
    ods: ods.map((od) => ({
      od,
      classIndex: order.indexOf(od.cargo),
      from: node(routingNodeKey.placeOut(od.fromPlaceId)),
      to: node(routingNodeKey.placeIn(od.toPlaceId)),
    })),
    volumeDelay: options.volumeDelay ?? DEFAULT_VOLUME_DELAY,
  };
}

/**
 * Element volumes from edge flows: each element carries the flow of every edge that loads it.
 *
 * @param problem - the assignment problem
 * @param edgeFlow - total flow per compiled edge (all classes; their units never share an element)
 * @example
 * ```ts
 * import { DEFAULT_COSTING } from '@corridor/core/costing';
 * import { assignmentProblem, elementVolumes, odDemands } from '@corridor/core/flow';
 * import { createGraphCache } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const prepared = createGraphCache().prepared(fujianNetwork);
 * const problem = assignmentProblem(prepared, fujianNetwork, odDemands(fujianNetwork.demand), DEFAULT_COSTING);
 * // Put 10 TEU a week on every edge of the first service leg element:
 * const edgeFlow = new Float64Array(prepared.compiled.edgeCount);
 * for (const edge of problem.elements[0]?.edges ?? []) edgeFlow[edge] = 10;
 * const volume = elementVolumes(problem, edgeFlow);
 * console.log(problem.elements[0]?.id, volume[0]); // → service:srm-emirates-wafa:0 10
 * ```
 */
export function elementVolumes(problem: AssignmentProblem, edgeFlow: Float64Array): Float64Array {
  const volume = new Float64Array(problem.elements.length);
  problem.elements.forEach((element, k) => {
    let v = 0;
    for (const e of element.edges) v += edgeFlow[e] as number;
    volume[k] = v;
  });
  return volume;
}

/**
 * Generalized cost per unit of flow on every edge for one class at given element volumes: the base cost
 * plus the volume-delay hours of the elements the edge loads, priced at the class's value of time, plus
 * (with `prices`) the price of the hard capacities it loads.
 *
 * @param problem - the assignment problem
 * @param classIndex - which class
 * @param volume - per element, from {@link elementVolumes}
 * @param out - reused output array
 * @param prices - the capacity prices of an equilibrium run (none: volume-delay only)
 * @example
 * ```ts
 * import { DEFAULT_COSTING } from '@corridor/core/costing';
 * import { assignmentProblem, loadedCosts, odDemands } from '@corridor/core/flow';
 * import { createGraphCache } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const prepared = createGraphCache().prepared(fujianNetwork);
 * const problem = assignmentProblem(prepared, fujianNetwork, odDemands(fujianNetwork.demand), DEFAULT_COSTING);
 * const index = problem.elements.findIndex((e) => e.id === 'border-crossing:brest_malaszewicze');
 * const edge = problem.elements[index]?.edges[0] ?? 0; // a train's dwell at the crossing
 * const volume = new Float64Array(problem.elements.length);
 * const idle = loadedCosts(problem, 0, volume, new Float64Array(prepared.compiled.edgeCount))[edge] ?? 0;
 * volume[index] = 2 * (problem.capacity[index] ?? 0); // twice what the crossing handles
 * const congested = loadedCosts(problem, 0, volume, new Float64Array(prepared.compiled.edgeCount))[edge] ?? 0;
 * console.log(Math.round(idle), Math.round(congested)); // → 126 615
 * ```
 */
export function loadedCosts(
  problem: AssignmentProblem,
  classIndex: number,
  volume: Float64Array,
  out: Float64Array,
  prices?: CapacityPrices,
): Float64Array {
  for (let e = 0; e < out.length; e++) out[e] = edgeCost(problem, classIndex, e, volume, prices);
  return out;
}

/**
 * Generalized cost per unit of flow on one edge for one class: the per-edge form of {@link loadedCosts}.
 *
 * @param problem - the assignment problem
 * @param classIndex - which class
 * @param e - compiled edge id
 * @param volume - per element
 * @param prices - the capacity prices of an equilibrium run (none: volume-delay only)
 */
export function edgeCost(
  problem: AssignmentProblem,
  classIndex: number,
  e: number,
  volume: Float64Array,
  prices?: CapacityPrices,
): number {
  const setup = problem.classes[classIndex];
  if (setup === undefined) return Number.POSITIVE_INFINITY;
  if ((problem.edgeElementOffsets[e] as number) === (problem.edgeElementOffsets[e + 1] as number))
    return setup.baseCost[e] as number;
  const delay = setup.perHour * (problem.delayBaseHours[e] as number) * delayFactor(problem, e, volume);
  return (setup.baseCost[e] as number) + delay + (prices === undefined ? 0 : capacityPrice(problem, prices, e, volume));
}

/**
 * {@link edgeCost} of one edge for every class at once, written to `costs[c][e]`: the delay factor and the capacity
 * price do not depend on the class, so they are computed once (the same operations in the same order as
 * `edgeCost`, so the same bits). The path shifter's hot loop.
 *
 * @param problem - the assignment problem
 * @param e - compiled edge id
 * @param volume - per element
 * @param costs - per class, the edge costs to write
 * @param prices - the capacity prices of an equilibrium run (none: volume-delay only)
 */
export function edgeCostsOfClasses(
  problem: AssignmentProblem,
  e: number,
  volume: Float64Array,
  costs: readonly Float64Array[],
  prices?: CapacityPrices,
): void {
  const { classes } = problem;
  if ((problem.edgeElementOffsets[e] as number) === (problem.edgeElementOffsets[e + 1] as number)) {
    for (let c = 0; c < classes.length; c++)
      (costs[c] as Float64Array)[e] = (classes[c] as ClassSetup).baseCost[e] as number;
    return;
  }
  const factor = delayFactor(problem, e, volume);
  const price = prices === undefined ? 0 : capacityPrice(problem, prices, e, volume);
  const baseHours = problem.delayBaseHours[e] as number;
  for (let c = 0; c < classes.length; c++) {
    const setup = classes[c] as ClassSetup;
    (costs[c] as Float64Array)[e] = (setup.baseCost[e] as number) + setup.perHour * baseHours * factor + price;
  }
}

/**
 * d {@link edgeCost} / d flow: how fast one edge's price rises as one more unit loads its elements.
 *
 * @param problem - the assignment problem
 * @param classIndex - which class
 * @param e - compiled edge id
 * @param volume - per element
 * @param prices - the capacity prices of an equilibrium run (none: volume-delay only)
 * @param joining - the slope for flow joining the edge (a hard capacity's price counts from where it
 *   starts; default: for flow leaving it)
 */
export function edgeSlope(
  problem: AssignmentProblem,
  classIndex: number,
  e: number,
  volume: Float64Array,
  prices?: CapacityPrices,
  joining = false,
): number {
  const setup = problem.classes[classIndex];
  if (setup === undefined) return 0;
  if ((problem.edgeElementOffsets[e] as number) === (problem.edgeElementOffsets[e + 1] as number)) return 0;
  const delay = setup.perHour * (problem.delayBaseHours[e] as number) * delaySlope(problem, e, volume);
  return delay + (prices === undefined ? 0 : capacityPriceSlope(problem, prices, e, volume, joining));
}

/**
 * The volume-delay factor of one edge: Σ alpha × ((volume + background) ÷ capacity)^beta over the
 * capacity-bearing elements it loads — the one place background traffic enters the delay.
 *
 * @param problem - the assignment problem
 * @param e - compiled edge id
 * @param volume - per element, from {@link elementVolumes}
 * @returns the factor the edge's base delay hours are multiplied by
 */
export function delayFactor(problem: AssignmentProblem, e: number, volume: Float64Array): number {
  const { alpha, beta } = problem.volumeDelay;
  const { edgeElementOffsets, edgeElementIds, capacity, background } = problem;
  let factor = 0;
  for (let i = edgeElementOffsets[e] as number, end = edgeElementOffsets[e + 1] as number; i < end; i++) {
    const k = edgeElementIds[i] as number;
    const c = capacity[k] as number;
    if (c > 0 && Number.isFinite(c))
      factor += alpha * (((volume[k] as number) + (background[k] as number)) / c) ** beta;
  }
  return factor;
}

/**
 * d {@link delayFactor} / d flow of one edge: how fast the factor rises as one more unit loads its elements.
 *
 * @param problem - the assignment problem
 * @param e - compiled edge id
 * @param volume - per element
 * @returns the derivative, per unit of flow
 */
export function delaySlope(problem: AssignmentProblem, e: number, volume: Float64Array): number {
  const { alpha, beta } = problem.volumeDelay;
  const { edgeElementOffsets, edgeElementIds, capacity, background } = problem;
  let slope = 0;
  for (let i = edgeElementOffsets[e] as number, end = edgeElementOffsets[e + 1] as number; i < end; i++) {
    const k = edgeElementIds[i] as number;
    const c = capacity[k] as number;
    if (c > 0 && Number.isFinite(c))
      slope += (alpha * beta * (((volume[k] as number) + (background[k] as number)) / c) ** (beta - 1)) / c;
  }
  return slope;
}
