export { type CountryLookup, prepareCountryLookup, setCountryLookup } from './country-lookup.js';
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
export {
  type ItineraryFeature,
  type ItineraryFeatureOptions,
  type ItineraryFeatureProperties,
  type ItineraryLegProperties,
  type ItineraryStopProperties,
  itineraryFeatures,
} from './itinerary-features.js';
export { legCountriesKey, legCountriesTable, registerLegCountries } from './leg-countries.js';
export {
  type NetworkFeature,
  type NetworkFeatureOptions,
  type NetworkPart,
  networkFeatures,
  networkGeoJson,
} from './network-features.js';
export {
  gaugeChangeCrossings,
  registerServiceLegs,
  type ServiceLegGeometry,
  serviceLegs,
} from './service-legs.js';
export { type AntimeridianOptions, lineGeometry, type SplitLine, splitAntimeridian } from './split-antimeridian.js';
export { unwrapLongitudes } from './unwrap-longitudes.js';
