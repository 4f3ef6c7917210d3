export { type AssignOptions, assign } from './assign.js';
export {
  type AssignmentProblem,
  assignmentProblem,
  type ClassSetup,
  DEFAULT_VOLUME_DELAY,
  elementVolumes,
  loadedCosts,
  type OdSetup,
  type VolumeDelay,
} from './assignment-problem.js';
export {
  ASSIGNMENT_METHODS,
  type AssignmentMethod,
  type AssignmentResult,
  type AssignmentTotals,
  type CarrierFlow,
  type ElementFlow,
  type ModeShare,
  type OdFlow,
  type OdPathFlow,
  type UnservedDemand,
} from './assignment-result.js';
export { type CalibrationRow, calibrationReport } from './calibration-report.js';
export {
  type CapacityElement,
  type CapacityOptions,
  capacityElements,
  DEFAULT_TEU_PER_TRAIN,
  type ElementKind,
  type FlowUnit,
} from './capacity-elements.js';
export type { CapacityPrices } from './capacity-prices.js';
export { capacityRestrained } from './capacity-restrained.js';
export {
  type CorridorCapacity,
  type CutElement,
  corridorCapacity,
  placeSet,
  type QueueElement,
} from './corridor-capacity.js';
export { type DemandClass, demandClasses, type OdDemand, odDemands } from './demand-classes.js';
export { equilibratePaths } from './equilibrate-paths.js';
export { type FlowFeature, type FlowFeatureProperties, flowFeatures } from './flow-features.js';
export {
  type EquilibriumOptions,
  frankWolfe,
  type IterationRecord,
  type MethodOutcome,
  type OdPathFinder,
} from './frank-wolfe.js';
export { MAX_FLOW_EPSILON, type MaxFlowResult, maxFlow } from './max-flow.js';
export { emptyFlows, type FlowState, type PathFlow } from './path-flows.js';
export type { ShifterPricing } from './path-shifter.js';
export { relativeGap } from './relative-gap.js';
export { type SelectedFlow, selectEdges, selectLink } from './select-link.js';
export { type OdPaths, type OdSearch, odGroups, odSearch, shortestOdPaths } from './shortest-od-paths.js';
export type { WarmStart } from './warm-start.js';
