import type { CargoClass, Mode } from '../model/network.js';
import type { AssignmentProblem } from './assignment-problem.js';
import type { CapacityElement, FlowUnit } from './capacity-elements.js';
import type { CapacityPrices } from './capacity-prices.js';
import type { IterationRecord } from './frank-wolfe.js';
import type { FlowState } from './path-flows.js';

/**
 * Assignment methods (docs/architecture.md, "The life of an assignment"): all-or-nothing; capacity-restrained incremental loading; user
 * equilibrium with hard capacities on service legs (the default); and the same equilibrium uncapped —
 * "unconstrained demand", every box on its way whatever the trains offer, full elements only slower.
 */
export const ASSIGNMENT_METHODS = ['aon', 'capacity', 'equilibrium', 'equilibrium-uncapped'] as const;
/** How an assignment loads the demand: all-or-nothing, capacity-restrained, or an equilibrium. */
export type AssignmentMethod = (typeof ASSIGNMENT_METHODS)[number];

/** Flow on one capacity-bearing element (its identity as in {@link CapacityElement}). */
export interface ElementFlow extends Pick<CapacityElement, 'id' | 'kind' | 'nameEn' | 'nameZh' | 'mode' | 'unit'> {
  /** Assigned (Fujian) flow only. */
  readonly flowPerWeek: number;
  /** Other traffic on the element, never assigned (border crossings; 0 elsewhere). */
  readonly backgroundPerWeek: number;
  /** `null` where the dataset gives no capacity. */
  readonly capacityPerWeek: number | null;
  /** (Flow + background) ÷ capacity; `null` without a capacity. */
  readonly utilization: number | null;
  /**
   * `hard`: the run kept flow + background within the capacity (service legs in the default equilibrium;
   * every element with a capacity in capacity-restrained loading); `soft`: a full element only queues.
   */
  readonly capacityKind: 'hard' | 'soft';
  /**
   * The equilibrium's multiplier of a hard capacity: what one more unit would pay to get on it (generalized
   * USD per TEU or per tonne); 0 when it has room; `null` where the method has none.
   */
  readonly shadowPricePerUnit: number | null;
}

/** What a service or corridor carried in the week: boardings, against the capacity it offers. */
export interface CarrierFlow {
  readonly id: string;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly unit: FlowUnit;
  /** Units boarded per week (a box on two legs counts once). */
  readonly carriedPerWeek: number;
  /** Departures × unit capacity, per week, summed over its services. */
  readonly capacityPerWeek: number | null;
  /** Units × km carried per week over its service legs (the load factor's numerator). */
  readonly carriedUnitKmPerWeek: number;
  /** Units × km offered per week over its service legs (capacity × leg km; the denominator); `null` without a capacity. */
  readonly offeredUnitKmPerWeek: number | null;
  /** Load factor: {@link carriedUnitKmPerWeek} ÷ {@link offeredUnitKmPerWeek}; never above the peak leg. */
  readonly utilization: number | null;
  /** The fullest leg of its services. */
  readonly peakLegUtilization: number | null;
}

/** Demand of one OD pair that could not be served. */
export interface UnservedDemand {
  readonly from: string;
  readonly to: string;
  readonly cargo: CargoClass;
  readonly unit: FlowUnit;
  readonly amountPerWeek: number;
  /**
   * `no-path`: no chain of services joins them; `capacity`: every path crosses a full element (named in
   * `fullElements`); `cost`: a path with room is left but dearer than leaving the demand unserved.
   */
  readonly reason: 'no-path' | 'capacity' | 'cost';
  /** Ids of the full elements that together cut every path of the pair, cheapest path's first. */
  readonly fullElements: readonly string[];
}

/** Share of a class's served demand by main mode (the mode of the path's longest ride). */
export interface ModeShare {
  readonly cargo: CargoClass;
  readonly mode: Mode;
  readonly amountPerWeek: number;
  readonly share: number;
}

/** Weekly totals over the assigned flows (costs and emissions per the generalized costing). */
export interface AssignmentTotals {
  readonly servedTeuPerWeek: number;
  readonly servedTonnesPerWeek: number;
  readonly unservedTeuPerWeek: number;
  readonly unservedTonnesPerWeek: number;
  readonly costUsdPerWeek: number;
  readonly co2eKgPerWeek: number;
  /** Container TEU × hours door to door (average waits included), per week. */
  readonly teuHoursPerWeek: number;
  readonly tonneHoursPerWeek: number;
  readonly teuKmPerWeek: number;
  readonly tonneKmPerWeek: number;
}

/** One path of an OD pair with its flow. */
export interface OdPathFlow {
  readonly flowPerWeek: number;
  /** The modes in the order ridden (road to and from the terminals included). */
  readonly modes: readonly Mode[];
  /** The mode of the longest ride, as the mode split counts it. */
  readonly mainMode: Mode;
  readonly services: readonly string[];
  /** Compiled edge ids. */
  readonly edges: readonly number[];
}

/** The assignment of one OD pair. */
export interface OdFlow {
  readonly from: string;
  readonly to: string;
  readonly cargo: CargoClass;
  readonly unit: FlowUnit;
  readonly demandPerWeek: number;
  readonly servedPerWeek: number;
  readonly paths: readonly OdPathFlow[];
}

/** The result of an assignment: readable summaries, and typed arrays indexed by compiled edge id. */
export interface AssignmentResult {
  readonly method: AssignmentMethod;
  /**
   * `hard`: service legs never carry more than they offer (excess demand shifts or is unserved);
   * `uncapped`: unconstrained demand, capacities only slow the flow (`equilibrium-uncapped`, `aon`);
   * `all-hard`: every element with a capacity is kept within it (`capacity`).
   */
  readonly capacityRule: 'hard' | 'uncapped' | 'all-hard';
  /** Relative gap reached (equilibrium; for AON the gap of its flows; NaN for capacity-restrained). */
  readonly relativeGap: number;
  readonly iterations: number;
  readonly history: readonly IterationRecord[];
  readonly totals: AssignmentTotals;
  readonly elements: readonly ElementFlow[];
  readonly services: readonly CarrierFlow[];
  readonly corridors: readonly CarrierFlow[];
  readonly modeSplit: readonly ModeShare[];
  readonly unserved: readonly UnservedDemand[];
  readonly ods: readonly OdFlow[];
  /** Flow per compiled edge: containers in TEU per week, air cargo in tonnes per week. */
  readonly edgeFlowTeu: Float64Array;
  readonly edgeFlowTonnes: Float64Array;
  /** The problem it solved (graph, elements, classes), for select-link and drawing. */
  readonly problem: AssignmentProblem;
  /** @internal the flows as the method left them. */
  readonly state: FlowState;
  /** @internal the hard capacities' multipliers at the end (a capped equilibrium), for a warm start. */
  readonly prices?: CapacityPrices;
}
