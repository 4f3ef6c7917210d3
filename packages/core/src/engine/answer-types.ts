/**
 * Every type the engine answers with, in one module: what the server's OpenAPI document describes its responses
 * from (generated JSON Schemas), and what a client of the HTTP API may import to type them.
 */

export type { EndpointOption } from '../model/endpoint-options.js';
export type { Source } from '../model/source.js';
export type { AssignmentAnswer, MaxFlowAnswer } from './create-engine.js';
export type { DistanceAnswer } from './distance-answer.js';
export type { ErrorBody } from './error-body.js';
export type { RouteAnswer } from './route-answer.js';
export type { ScenarioAnswer } from './scenario-comparison.js';
