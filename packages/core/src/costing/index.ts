export { combineWeights } from './combine-weights.js';
export {
  COSTING_SOURCES,
  type Costing,
  type CostingOverrides,
  DEFAULT_COSTING,
  DEFAULT_EMISSION_G_PER_TONNE_KM,
  type PerVehicleField,
  resolveCosting,
  type SourcedValue,
} from './costing-defaults.js';
export { type CriteriaArrays, criteriaArrays } from './criteria-arrays.js';
export { type EdgeCriteria, edgeCriteria } from './edge-criteria.js';
export { type LegRate, legRate, ratesAsOf } from './leg-rate.js';
export { type ObjectiveWeights, objectiveWeights } from './objective-weights.js';
export {
  hubOperationEmissions,
  sumTransportOperations,
  transportOperationEmissions,
} from './operation-emissions.js';
export { legReeferCharge, REEFER_SURCHARGE_SOURCES, type ReeferSurchargeSource } from './reefer-surcharge.js';
export { resolveShipment, type Shipment } from './shipment.js';
export {
  DEFAULT_TTW_SHARE_OF_WTW,
  ENERGY_CARRIERS,
  type EnergyCarrier,
  TTW_SHARE_BY_ENERGY_CARRIER,
  ttwShareOfEnergyMix,
} from './ttw-share.js';
