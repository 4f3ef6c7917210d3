export { type AppliedScenario, applyScenario, type SuspendedService } from './apply-scenario.js';
export {
  type AssignmentComparison,
  type CompareOptions,
  compareScenario,
  type RouteComparison,
  type RouteSide,
  type ScenarioComparison,
  type Shift,
  WORSENED_BOTTLENECK_POINTS,
  worsenedBottlenecks,
} from './compare-scenario.js';
export { describeComparison } from './describe-comparison.js';
