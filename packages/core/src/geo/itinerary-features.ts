import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { Itinerary, ItineraryLeg, ItineraryStop } from '../model/itinerary.js';
import type { Mode, PassageId } from '../model/network.js';
import { roundTo } from '../model/round-to.js';
import { type AntimeridianOptions, lineGeometry, type SplitLine, splitAntimeridian } from './split-antimeridian.js';

/** Properties of a leg's line in {@link itineraryFeatures}. Figures are rounded: km and hours to 0.1, USD and kg to 1. */
export interface ItineraryLegProperties {
  readonly kind: 'route-leg';
  /** The itinerary's index in its answer (0-based; see {@link ItineraryFeatureOptions.itinerary}). */
  readonly itinerary: number;
  /** The leg's index in the itinerary (0-based). */
  readonly leg: number;
  readonly mode: Mode;
  /** Service id; `null` for a road haul. */
  readonly service: string | null;
  readonly serviceName: string | null;
  /** Place or terminal ids, and their English names. */
  readonly from: string;
  readonly to: string;
  readonly fromName: string;
  readonly toName: string;
  /** ISO 8601 UTC in a timed search; `null` otherwise. */
  readonly departure: string | null;
  readonly arrival: string | null;
  readonly distanceKm: number;
  readonly durationHours: number;
  readonly costUsd: number;
  readonly co2eKg: number;
  readonly passages: readonly PassageId[];
  readonly countries: readonly string[];
  /** Terminal ids of the border crossings passed on the leg. */
  readonly borderCrossings: readonly string[];
  /** First- or last-mile trucking, or a transfer between two terminals of one place (`ItineraryLeg.drayage`). */
  readonly drayage: boolean;
}

/** Properties of a stop's point in {@link itineraryFeatures}: the start, and where each leg ends. */
export interface ItineraryStopProperties {
  readonly kind: 'route-stop';
  readonly itinerary: number;
  /** 0 for the start, `l + 1` for the end of leg `l`. */
  readonly stop: number;
  /** The mode of the leg arriving (of the first leg, at the start). */
  readonly mode: Mode;
  /** Place or terminal id, and its English name. */
  readonly at: string;
  readonly name: string;
}

/** The properties of an itinerary's GeoJSON feature: a leg's or a stop's. */
export type ItineraryFeatureProperties = ItineraryLegProperties | ItineraryStopProperties;

/** A feature of {@link itineraryFeatures}: a leg's line, or a stop's point. */
export type ItineraryFeature<Line extends LineString | MultiLineString = LineString | MultiLineString> = Feature<
  Line | Point,
  ItineraryFeatureProperties
>;

/** Options of {@link itineraryFeatures}. */
export interface ItineraryFeatureOptions extends AntimeridianOptions {
  /**
   * The itinerary's index among several drawn in one collection (alternatives, a Pareto front): written in
   * each feature's `itinerary` property and its id, so that ids stay unique. Default 0.
   */
  readonly itinerary?: number;
  /** Add a point at the start and at each leg's end, where the cargo changes vehicle. Default `true`. */
  readonly stops?: boolean;
}

const tenth = (x: number) => roundTo(x, 1) || 0;
const whole = (x: number) => Math.round(x) || 0;

function legProperties(leg: ItineraryLeg, itinerary: number, index: number): ItineraryLegProperties {
  return {
    kind: 'route-leg',
    itinerary,
    leg: index,
    mode: leg.mode,
    service: leg.service ?? null,
    serviceName: leg.serviceName ?? null,
    from: leg.from.id,
    to: leg.to.id,
    fromName: leg.from.nameEn,
    toName: leg.to.nameEn,
    departure: leg.departure ?? null,
    arrival: leg.arrival ?? null,
    distanceKm: tenth(leg.distanceKm),
    durationHours: tenth(leg.durationHours),
    costUsd: whole(leg.costUsd),
    co2eKg: whole(leg.co2eKg),
    passages: [...leg.passages],
    countries: [...leg.countries],
    borderCrossings: [...leg.borderCrossings],
    drayage: leg.drayage === true,
  };
}

function stopFeature(
  stop: ItineraryStop,
  position: readonly number[] | undefined,
  mode: Mode,
  itinerary: number,
  index: number,
  split: boolean,
): Feature<Point, ItineraryStopProperties> {
  // The point sits where the line ends (its longitude unwrapped like the line's), or at the stop.
  const [lon = stop.position[0], lat = stop.position[1]] = position ?? stop.position;
  const coordinates = split ? (splitAntimeridian([[lon, lat]])[0]?.[0] ?? [lon, lat]) : [lon, lat];
  return {
    type: 'Feature',
    id: `itinerary:${itinerary}:stop:${index}`,
    geometry: { type: 'Point', coordinates },
    properties: { kind: 'route-stop', itinerary, stop: index, mode, at: stop.id, name: stop.nameEn },
  };
}

/**
 * An itinerary as GeoJSON (RFC 7946): one line per leg along its geometry, then (unless `stops: false`) a point
 * at the start and at each leg's end. Every feature has a stable `id`, `itinerary:<i>:leg:<l>` or
 * `itinerary:<i>:stop:<s>`, unique within an answer's collection when each itinerary is given its index. Lines
 * keep the library's continuous longitudes (MapLibre draws Xiamen–Los Angeles as one line) unless
 * `splitAntimeridian` cuts them at ±180°.
 *
 * @param itinerary - a route from `route()` or `pareto()`
 * @param options - the itinerary's index, whether to add stops, whether to cut at the antimeridian
 * @returns a new FeatureCollection; the itinerary is not mutated
 * @example
 * ```ts
 * import { itineraryFeatures } from '@corridor/core/geo';
 * import { createRouter } from '@corridor/core/routing';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const result = createRouter(fujianNetwork).route({ from: 'Xiamen', to: 'Los Angeles', modes: ['sea'] });
 * if ('itineraries' in result && result.itineraries[0]) {
 *   const collection = itineraryFeatures(result.itineraries[0], { splitAntimeridian: true });
 *   console.log(collection.features.map((feature) => feature.geometry.type)); // → [ 'LineString', 'MultiLineString', 'LineString', 'Point', 'Point', 'Point', 'Point' ]
 * }
 * ```
 */
export function itineraryFeatures<O extends ItineraryFeatureOptions = Record<never, never>>(
  itinerary: Itinerary,
  options?: O,
): FeatureCollection<SplitLine<O> | Point, ItineraryFeatureProperties> {
  const index = options?.itinerary ?? 0;
  const features: ItineraryFeature<SplitLine<O>>[] = itinerary.legs.map((leg, l) => ({
    type: 'Feature',
    id: `itinerary:${index}:leg:${l}`,
    geometry: lineGeometry(leg.geometry.coordinates, options),
    properties: legProperties(leg, index, l),
  }));
  const first = itinerary.legs[0];
  if (options?.stops !== false && first !== undefined) {
    const split = options?.splitAntimeridian === true;
    features.push(stopFeature(first.from, first.geometry.coordinates[0], first.mode, index, 0, split));
    itinerary.legs.forEach((leg, l) => {
      features.push(stopFeature(leg.to, leg.geometry.coordinates.at(-1), leg.mode, index, l + 1, split));
    });
  }
  return { type: 'FeatureCollection', features };
}
