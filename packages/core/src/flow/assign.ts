import { type CostingOverrides, resolveCosting } from '../costing/costing-defaults.js';
import { buildInfrastructureGraphs } from '../geo/infrastructure-graphs.js';
import { type PreparedGraph, prepareGraph } from '../graph/prepare-graph.js';
import { CorridorError, type InputIssue, type InputIssueCode, type InputIssueParams } from '../model/corridor-error.js';
import type { DemandFlow, Network } from '../model/network.js';
import {
  assignmentProblem,
  elementVolumes,
  HARD_CAPACITY_KINDS,
  loadedCosts,
  type VolumeDelay,
} from './assignment-problem.js';
import { ASSIGNMENT_METHODS, type AssignmentMethod, type AssignmentResult } from './assignment-result.js';
import type { ElementKind } from './capacity-elements.js';
import { capacityRestrained } from './capacity-restrained.js';
import { odDemands } from './demand-classes.js';
import { frankWolfe, type IterationRecord, type MethodOutcome } from './frank-wolfe.js';
import { allOrNothing, totalEdgeFlow } from './path-flows.js';
import { relativeGap } from './relative-gap.js';
import { shortestOdPaths } from './shortest-od-paths.js';
import { summariseAssignment } from './summarise-assignment.js';

/** Options of {@link assign}; every one has a default. */
export interface AssignOptions {
  /**
   * `aon`, `capacity` (incremental loading), `equilibrium` (hard capacities on service legs; default) or
   * `equilibrium-uncapped` (unconstrained demand: the same equilibrium with no hard capacity).
   */
  readonly method?: AssignmentMethod;
  /** The demand matrix (default: the network's `demand`). */
  readonly demand?: readonly DemandFlow[];
  /** Equilibrium: stop at this relative gap (default 1e-4). */
  readonly gap?: number;
  /** Equilibrium: most iterations (default 200). */
  readonly maxIterations?: number;
  /** Equilibrium: rounds of path equilibration after Frank–Wolfe (default 10; 0 for plain Frank–Wolfe). */
  readonly pathRounds?: number;
  /**
   * `equilibrium`: the kinds of element whose capacity is hard (default `HARD_CAPACITY_KINDS`, the
   * service legs). Add `border-crossing` to stop trains at a crossing's capacity instead of queueing them;
   * `corridorCapacity` takes the same option, so the two stay consistent.
   */
  readonly hardKinds?: readonly ElementKind[];
  /** Capacity-restrained: slices of the demand (default 10). */
  readonly increments?: number;
  readonly volumeDelay?: VolumeDelay;
  readonly teuPerTrain?: number;
  readonly costing?: CostingOverrides;
  /** A compiled graph to reuse (from a router or a scenario); built when absent. */
  readonly prepared?: PreparedGraph;
  /**
   * Equilibrium: an earlier equilibrium's result to start from (a warm start: its path flows carried over by edge,
   * instead of loading the demand from nothing), e.g. a scenario's base assignment; it may be another network's.
   * The run stops at the same `gap`; the figures then differ from a cold start's within that tolerance.
   */
  readonly warmStart?: AssignmentResult;
  /** Called after each equilibrium iteration (for a progress bar). */
  readonly onIteration?: (record: IterationRecord) => void;
}

/**
 * Which elements each method keeps within capacity: the equilibrium the service legs; all-or-nothing and
 * the uncapped equilibrium none; capacity-restrained loading every element with a capacity.
 */
const HARD_KINDS_OF: Readonly<Record<AssignmentMethod, readonly ElementKind[]>> = {
  aon: [],
  capacity: ['service-leg', 'terminal', 'border-crossing'],
  equilibrium: HARD_CAPACITY_KINDS,
  'equilibrium-uncapped': [],
};

function checkOptions(options: AssignOptions): void {
  const issues: InputIssue[] = [];
  const bad = (
    field: string,
    value: unknown,
    message: string,
    fix: string,
    code: InputIssueCode,
    params: InputIssueParams,
  ) => issues.push({ file: 'assign', field, value: String(value), code, params, message, fix });
  if (options.method !== undefined && !ASSIGNMENT_METHODS.includes(options.method)) {
    bad('method', options.method, 'unknown method', `use one of ${ASSIGNMENT_METHODS.join(', ')}`, 'not-allowed', {
      allowed: ASSIGNMENT_METHODS.join(', '),
    });
  }
  if (options.gap !== undefined && !(options.gap > 0 && options.gap < 1))
    bad('gap', options.gap, 'must be between 0 and 1', 'e.g. 1e-4', 'out-of-range', {
      min: 0,
      exclusiveMin: true,
      max: 1,
      exclusiveMax: true,
    });
  for (const field of ['maxIterations', 'increments'] as const) {
    const value = options[field];
    if (value !== undefined && !(Number.isInteger(value) && value >= 1 && value <= 100_000)) {
      bad(field, value, 'must be a whole number from 1 to 100000', 'e.g. 100', 'out-of-range', {
        min: 1,
        max: 100_000,
      });
    }
  }
  if (issues.length > 0) throw new CorridorError('invalid-argument', 'assign: invalid options', issues);
}

/**
 * Assigns a demand matrix (containers in TEU per week, air cargo in tonnes per week) to the network's
 * services (docs/architecture.md, "The life of an assignment"): all-or-nothing, capacity-restrained, or user equilibrium by path-based
 * Frank–Wolfe with a BPR volume-delay function on service legs, terminals and border crossings. The
 * default equilibrium keeps every service leg within what its trains, ships or flights offer (hard
 * capacities, augmented Lagrangian; excess demand shifts or is unserved with its reason); terminals and
 * border crossings queue (soft). `equilibrium-uncapped` drops the hard capacities (unconstrained demand).
 * Pure: the network is never changed; results are typed arrays by compiled edge plus readable summaries.
 *
 * @param network - a validated network
 * @param options - method, demand, gap, iterations, costing
 * @returns flows, utilization, unserved demand, totals and the convergence history
 * @throws CorridorError `invalid-argument` for bad options
 * @example
 * ```ts
 * import { assign } from '@corridor/core/flow';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const result = assign(fujianNetwork, { method: 'equilibrium', gap: 1e-4 });
 * console.log(result.iterations, result.relativeGap < 1e-4, Math.round(result.totals.servedTeuPerWeek)); // → 9 true 25886
 * const malaszewicze = result.elements.find((e) => e.id === 'border-crossing:brest_malaszewicze');
 * console.log(malaszewicze?.nameEn, malaszewicze?.utilization?.toFixed(2)); // → Brest / Małaszewicze 0.27
 * ```
 */
export function assign(network: Network, options: AssignOptions = {}): AssignmentResult {
  checkOptions(options);
  const method = options.method ?? 'equilibrium';
  const costing = resolveCosting(options.costing);
  const prepared = options.prepared ?? prepareGraph(network, buildInfrastructureGraphs(network), new Set());
  const problem = assignmentProblem(prepared, network, odDemands(options.demand ?? network.demand), costing, {
    hardKinds: method === 'equilibrium' ? (options.hardKinds ?? HARD_KINDS_OF[method]) : HARD_KINDS_OF[method],
    ...(options.volumeDelay === undefined ? {} : { volumeDelay: options.volumeDelay }),
    ...(options.teuPerTrain === undefined ? {} : { teuPerTrain: options.teuPerTrain }),
  });
  const blocked = problem.classes.map((c) => c.blocked);
  const free = shortestOdPaths(
    problem,
    problem.classes.map((c) => c.baseCost),
    blocked,
  );
  const noPath = Uint8Array.from(free.paths, (p) => (p === null ? 1 : 0));
  let outcome: MethodOutcome;
  if (method === 'aon') {
    const state = allOrNothing(problem, free);
    const volume = elementVolumes(problem, totalEdgeFlow(state));
    const costs = problem.classes.map((_, c) =>
      loadedCosts(problem, c, volume, new Float64Array(prepared.edges.length)),
    );
    const gap = relativeGap(problem, state, costs, shortestOdPaths(problem, costs, blocked));
    outcome = {
      state,
      relativeGap: gap,
      iterations: 1,
      history: [{ iteration: 1, relativeGap: gap, step: 0, phase: 'frank-wolfe' }],
    };
  } else if (method === 'capacity') {
    outcome = capacityRestrained(problem, options.increments ?? 10);
  } else {
    outcome = frankWolfe(problem, {
      gap: options.gap ?? 1e-4,
      maxIterations: options.maxIterations ?? 200,
      pathRounds: options.pathRounds ?? 10,
      ...(options.warmStart === undefined
        ? {}
        : {
            warmStart: {
              problem: options.warmStart.problem,
              state: options.warmStart.state,
              ...(options.warmStart.prices === undefined ? {} : { prices: options.warmStart.prices }),
            },
          }),
      ...(options.onIteration === undefined ? {} : { onIteration: options.onIteration }),
    });
  }
  return summariseAssignment(network, problem, method, outcome, noPath);
}
