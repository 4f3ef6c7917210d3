export { type EndpointOption, endpointOptions } from '../model/endpoint-options.js';
export { foldText, queryWords } from '../model/fold-text.js';
export {
  createEndpointSearch,
  type EndpointSearch,
  MAX_ENDPOINT_MATCHES,
  searchEndpoints,
} from '../model/search-endpoints.js';
export { answerJson, roundForWire } from './answer-json.js';
export {
  type AssignmentAnswer,
  type AssignRun,
  createEngine,
  type Engine,
  type EngineOptions,
  type MaxFlowAnswer,
  type RouteGeoJson,
} from './create-engine.js';
export { type DistanceAnswer, type DistanceCrossing, distanceAnswer } from './distance-answer.js';
export { type ErrorBody, errorBody } from './error-body.js';
export { lookupIssue } from './lookup-issue.js';
export { type ReadDistanceRequest, readDistanceRequest } from './read-distance-request.js';
export { MAX_REQUEST_DEPTH, readRequest } from './read-request.js';
export { type ReadRouteRequest, readRouteRequest, stopOf } from './read-route-request.js';
export {
  type AssignRequest,
  AssignRequestSchema,
  type DistanceRequest,
  DistanceRequestSchema,
  EndpointSchema,
  MAX_NAME_LENGTH,
  type MaxFlowRequest,
  MaxFlowRequestSchema,
  type PlacesRequest,
  PlacesRequestSchema,
  type RouteRequest,
  RouteRequestSchema,
  type ScenarioCompareRequest,
  ScenarioCompareRequestSchema,
} from './request-schemas.js';
export { type ItineraryAnswer, type LegAnswer, type RouteAnswer, type RouteEnds, routeAnswer } from './route-answer.js';
export type { CompareRun } from './scenario-comparison.js';
export {
  COMPARED_MODES,
  DEFAULT_ROUTE_PAIRS,
  DEFAULT_SCENARIO_OBJECTIVE,
  runScenarioComparison,
  type ScenarioAnswer,
  type ScenarioAssignmentAnswer,
  type ScenarioInput,
  type ScenarioRouteAnswer,
} from './scenario-comparison.js';
