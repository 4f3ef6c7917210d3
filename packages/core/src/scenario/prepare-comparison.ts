/**
 * What a scenario comparison routes and assigns on, built once and kept: the routers (the base's, the scenario's,
 * the scenario's without its tariff edits) and the scenario's warm-started assignment. `compareScenario` uses it,
 * and a front end runs `prepareComparison` ahead of the click so the comparison finds it all built.
 */
import { type AssignOptions, assign } from '../flow/assign.js';
import type { AssignmentResult } from '../flow/assignment-result.js';
import type { Network } from '../model/network.js';
import { createRouter, type Router } from '../routing/create-router.js';
import { type AppliedScenario, applyScenario } from './apply-scenario.js';
import type { CompareOptions } from './compare-scenario.js';

/** A scenario without its tariff edits, per applied scenario: the same network object each time, so its graphs are kept. */
const physicalScenarios = new WeakMap<AppliedScenario, AppliedScenario | null>();

/**
 * The scenario without its tariff edits — what re-routing alone costs, kept apart from a market reaction — when it
 * has both tariff and other edits; `undefined` otherwise.
 */
function physicalScenario(base: Network, applied: AppliedScenario): AppliedScenario | undefined {
  let physical = physicalScenarios.get(applied);
  if (physical === undefined) {
    const tariffEdits = applied.scenario.edits.filter((e) => e.kind === 'set-tariff').length;
    physical =
      tariffEdits > 0 && tariffEdits < applied.scenario.edits.length
        ? applyScenario(base, {
            ...applied.scenario,
            edits: applied.scenario.edits.filter((e) => e.kind !== 'set-tariff'),
          })
        : null;
    physicalScenarios.set(applied, physical);
  }
  return physical ?? undefined;
}

/** The routers a comparison routes on: the base's, the scenario's, and the scenario's without its tariff edits. */
export function comparisonRouters(
  base: Network,
  applied: AppliedScenario,
  options: Pick<CompareOptions, 'baseRouter' | 'graphCache'>,
): { baseRouter: Router; scenarioRouter: Router; physical?: AppliedScenario; physicalRouter?: Router } {
  const cached = options.graphCache === undefined ? {} : { graphCache: options.graphCache };
  const baseRouter = options.baseRouter ?? createRouter(base, cached);
  const scenarioRouter = applied.network === base ? baseRouter : createRouter(applied.network, cached);
  const physical = physicalScenario(base, applied);
  if (physical === undefined) return { baseRouter, scenarioRouter };
  const physicalRouter = physical.network === base ? baseRouter : createRouter(physical.network, cached);
  return { baseRouter, scenarioRouter, physical, physicalRouter };
}

/**
 * The scenario's default assignments (no options: what every front end asks), per applied scenario and base result
 * it started from: `assign` is pure, so a comparison prepared ahead ({@link prepareComparison}) and the comparison
 * itself are one run. Held as long as both are (a preset's applied scenario lives with its network).
 */
const keptScenarioAssignments = new WeakMap<AppliedScenario, WeakMap<AssignmentResult, AssignmentResult>>();

/**
 * The scenario's assignment, its equilibrium started from the base's flows (most of them stay where they were:
 * `AssignOptions.warmStart`); the default one kept ({@link keptScenarioAssignments}).
 */
export function scenarioAssignment(
  applied: AppliedScenario,
  scenarioRouter: Router,
  baseResult: AssignmentResult,
  assignOptions: Omit<AssignOptions, 'prepared' | 'costing'>,
): AssignmentResult {
  const defaults = Object.keys(assignOptions).length === 0;
  const kept = defaults ? keptScenarioAssignments.get(applied)?.get(baseResult) : undefined;
  if (kept !== undefined) return kept;
  const result = assign(applied.network, {
    ...assignOptions,
    prepared: scenarioRouter.graph([...applied.avoidPassages]),
    costing: applied.costing,
    warmStart: baseResult,
  });
  if (defaults) {
    let byBase = keptScenarioAssignments.get(applied);
    if (byBase === undefined) {
      byBase = new WeakMap();
      keptScenarioAssignments.set(applied, byBase);
    }
    byBase.set(baseResult, result);
  }
  return result;
}

/**
 * Compiles the routing graphs a comparison of this scenario will route and assign on (the scenario's network with
 * its passages closed; without its tariff edits, for the re-routing cost), into the graph cache given, and, given the
 * base's default assignment, runs the scenario's (kept with the applied scenario), so that a later
 * {@link compareScenario} with the same cache, applied scenario and base assignment finds them. What a front end runs
 * ahead of the click (the dashboard, for the preset shown): the comparison's figures are the same either way.
 *
 * @param base - the base network
 * @param applied - the scenario applied to it (the same object the comparison will get)
 * @param options - the graph cache to compile into, the base router, the base's default assignment
 * @example
 * ```ts
 * import { createGraphCache } from '@corridor/core/graph';
 * import { applyScenario, prepareComparison } from '@corridor/core/scenario';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const graphCache = createGraphCache();
 * const redSea = fujianNetwork.scenarios.find((scenario) => scenario.id === 'red-sea-closure');
 * if (redSea) prepareComparison(fujianNetwork, applyScenario(fujianNetwork, redSea), { graphCache });
 * console.log(graphCache.size); // → 2
 * ```
 */
export function prepareComparison(
  base: Network,
  applied: AppliedScenario,
  options: Pick<CompareOptions, 'baseRouter' | 'graphCache' | 'baseAssignment'>,
): void {
  const { scenarioRouter, physicalRouter } = comparisonRouters(base, applied, options);
  const avoid = [...applied.avoidPassages];
  scenarioRouter.graph(avoid);
  physicalRouter?.graph(avoid);
  if (options.baseAssignment !== undefined) scenarioAssignment(applied, scenarioRouter, options.baseAssignment, {});
}
