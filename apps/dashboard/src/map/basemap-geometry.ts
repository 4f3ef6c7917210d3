import { unwrapLine, unwrapRing } from '@corridor/core/model';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A world-atlas `countries-*.json` topology: country polygons plus their merged `land`. */
export type CountriesTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

/** What the basemap draws, as GeoJSON ready for MapLibre. */
export interface BasemapGeometry {
  /** Natural Earth land, rings repaired at the antimeridian. */
  readonly land: FeatureCollection<Polygon | MultiPolygon>;
  /** Borders between countries (shared edges only, so no coastline is drawn twice). */
  readonly borders: Feature<MultiLineString>;
}

/**
 * Checks that a parsed JSON value has the shape of a world-atlas countries topology, before it is trusted.
 * @param value - anything, e.g. the body of a fetched file
 * @returns `true` for a TopoJSON `Topology` with `countries` and `land` geometry collections
 */
export function isCountriesTopology(value: unknown): value is CountriesTopology {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { type?: unknown; arcs?: unknown; objects?: Record<string, { type?: unknown }> };
  return (
    candidate.type === 'Topology' &&
    Array.isArray(candidate.arcs) &&
    typeof candidate.objects === 'object' &&
    candidate.objects !== null &&
    candidate.objects.countries?.type === 'GeometryCollection' &&
    candidate.objects.land?.type === 'GeometryCollection'
  );
}

function repairPolygon(rings: Position[][]): Position[][] {
  return rings.map(unwrapRing);
}

/**
 * Converts a world-atlas countries topology into the basemap's GeoJSON: land polygons (repaired at the
 * antimeridian by {@link unwrapRing}) and the mesh of borders between countries.
 * @param topology - `world-atlas/countries-50m.json` or `countries-110m.json`
 * @returns land and borders; the topology is not mutated
 * @example
 * const { land, borders } = basemapGeometry(topology);
 */
export function basemapGeometry(topology: CountriesTopology): BasemapGeometry {
  const landFeatures: Feature<Polygon | MultiPolygon>[] = [];
  for (const { geometry, properties } of feature(topology, topology.objects.land).features) {
    if (geometry.type === 'Polygon') {
      landFeatures.push({
        type: 'Feature',
        properties,
        geometry: { type: 'Polygon', coordinates: repairPolygon(geometry.coordinates) },
      });
    } else if (geometry.type === 'MultiPolygon') {
      const coordinates = geometry.coordinates.map(repairPolygon);
      landFeatures.push({ type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates } });
    }
  }
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  return {
    land: { type: 'FeatureCollection', features: landFeatures },
    borders: {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiLineString', coordinates: borders.coordinates.map(unwrapLine) },
    },
  };
}
