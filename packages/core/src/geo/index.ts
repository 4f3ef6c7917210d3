export { DEFAULT_MAX_SEGMENT_KM, greatCirclePath, pathLengthKm } from './great-circle-path.js';
export {
  type InfrastructureDistance,
  type InfrastructureDistanceOptions,
  type InfrastructureDistanceProperties,
  infrastructureDistance,
  infrastructureDistanceFeature,
  type NoInfrastructurePath,
} from './infrastructure-distance.js';
export {
  buildInfrastructureGraphs,
  type InfrastructureGraphs,
  type NodeAttributes,
  type WayAttributes,
  type WayGraph,
} from './infrastructure-graphs.js';
export { type InfrastructurePath, infrastructurePath, type PathOptions } from './infrastructure-path.js';
export { type NetworkFeature, type NetworkPart, networkGeoJson } from './network-geojson.js';
export { gaugeChangeCrossings, type ServiceLegGeometry, serviceLegs } from './service-legs.js';
