export { combineWeights } from './combine-weights.js';
export {
  COSTING_SOURCES,
  type Costing,
  type CostingOverrides,
  DEFAULT_COSTING,
  DEFAULT_EMISSION_G_PER_TONNE_KM,
  resolveCosting,
  type SourcedValue,
} from './costing-defaults.js';
export { type CriteriaArrays, criteriaArrays } from './criteria-arrays.js';
export { type EdgeCriteria, edgeCriteria } from './edge-criteria.js';
export { type LegRate, legRate, ratesAsOf } from './leg-rate.js';
export { type ObjectiveWeights, objectiveWeights } from './objective-weights.js';
export { resolveShipment, type Shipment } from './shipment.js';
