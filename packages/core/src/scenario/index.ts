export { type AppliedScenario, applyScenario, type SuspendedService } from './apply-scenario.js';
export {
  type AssignmentComparison,
  BOTTLENECK_MARGIN,
  type CompareOptions,
  type CostSplit,
  compareScenario,
  FULL_UTILIZATION,
  type RouteComparison,
  type RouteSide,
  type ScenarioComparison,
  type Shift,
  type UtilizationTerms,
  WORSENED_BOTTLENECK_POINTS,
  worsenedBottlenecks,
} from './compare-scenario.js';
export { type DescribeOptions, describeComparison } from './describe-comparison.js';
export { PASSAGE_NAMES } from './passage-names.js';
export { prepareComparison } from './prepare-comparison.js';
export { regionModeShares } from './region-mode-shares.js';
