export { CORE_VERSION } from './core-version.js';
export type { CorridorErrorCode, InputIssue, InputIssueCode, InputIssueParams } from './corridor-error.js';
export { CorridorError, formatIssue, INPUT_ISSUE_CODES } from './corridor-error.js';
export { csvTextCell } from './csv-cell.js';
export type {
  HubOperationEmissions,
  LegEmissions,
  TransportChainEmissions,
  TransportOperationEmissions,
} from './emissions.js';
export { HUB_TTW_NOT_MODELLED } from './emissions.js';
export { type EndpointOption, endpointOptions } from './endpoint-options.js';
export { excerpt, MAX_EXCERPT_LENGTH } from './excerpt.js';
export {
  MAX_DEMAND_TEU_PER_WEEK,
  MAX_DEMAND_TONNES_PER_WEEK,
  MAX_SCENARIO_DELAY_HOURS,
  MAX_SCENARIO_FACTOR,
  MAX_SCENARIO_G_PER_TONNE_KM,
  MAX_SCENARIO_USD_PER_TEU,
  MAX_SCENARIO_USD_PER_TONNE,
  MIN_SCENARIO_FACTOR,
} from './flow-limits.js';
export { foldText, queryWords } from './fold-text.js';
export { EARTH_RADIUS_KM, greatCircleKm } from './great-circle-km.js';
export type {
  BorderCrossing,
  ContainerType,
  Endpoint,
  Itinerary,
  ItineraryLeg,
  ItineraryStop,
  ItineraryWait,
  LegCostBreakdown,
  LegReeferCharge,
  NoRoute,
  NoRouteCode,
  NoRouteNote,
  Objective,
  OptionReason,
  OptionReasonCode,
  OptionReasonParams,
  RouteQuery,
  RouteResult,
  Snap,
  Totals,
} from './itinerary.js';
export { CONTAINER_TYPES, OBJECTIVES } from './itinerary.js';
export { jsonDepth } from './json-depth.js';
export type {
  CalibrationPeriod,
  CalibrationTarget,
  CargoClass,
  Corridor,
  DemandFlow,
  GaugeMm,
  LonLat,
  Mode,
  Network,
  PairTariff,
  PassageId,
  Place,
  RailJunction,
  RailTrack,
  RegisteredSource,
  RoadLink,
  SeaLane,
  SeaWaypoint,
  Service,
  ServiceStop,
  Sourced,
  Tariff,
  Terminal,
  TerminalKind,
  UnitCapacity,
  VehicleClass,
  Weekday,
  WeeklyDeparture,
} from './network.js';
export {
  CALIBRATION_PERIODS,
  CARGO_CLASSES,
  FORMAT_VERSION,
  GAUGES_MM,
  MODES,
  PASSAGE_IDS,
  TERMINAL_KINDS,
  VEHICLE_CLASSES,
} from './network.js';
export { once } from './once.js';
export { dearestFares, type FareProblem, type FareUnit, pairTariff, type RunFares, runFares } from './pair-fares.js';
export { parseDepart } from './parse-depart.js';
export { MAX_ALTERNATIVES, MAX_SHIPMENT_TEU, MAX_SHIPMENT_TONNES, MAX_TRANSFERS } from './query-limits.js';
export { roundTo } from './round-to.js';
export type { Scenario, ScenarioEdit } from './scenario.js';
export { SCENARIO_EDIT_KINDS } from './scenario.js';
export {
  createEndpointSearch,
  type EndpointSearch,
  MAX_ENDPOINT_MATCHES,
  searchEndpoints,
} from './search-endpoints.js';
export type { Confidence, Source } from './source.js';
export { didYouMean, suggest } from './suggest.js';
export {
  DEFAULT_TONNES_PER_EMPTY_TEU,
  DEFAULT_TONNES_PER_LOADED_TEU,
  feuToTeu,
  HOURS_PER_DAY,
  HOURS_PER_WEEK,
  KM_PER_NAUTICAL_MILE,
  kmToNauticalMiles,
  TEU_PER_FEU,
} from './units.js';
export { ANTIMERIDIAN_JUMP_DEG, countAntimeridianJumps, unwrapLine, unwrapRing } from './unwrap-ring.js';
