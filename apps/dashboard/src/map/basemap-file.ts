import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { BasemapGeometry } from './basemap-geometry';

/** What a feature of the basemap file is: land (filled, outlined as coast) or the borders between countries. */
export type BasemapFeatureKind = 'land' | 'border';

/** The basemap as one GeoJSON collection: land and borders in one source, told apart by their `kind` property. */
export type BasemapFile = FeatureCollection<Polygon | MultiPolygon | MultiLineString, { kind: BasemapFeatureKind }>;

/**
 * Decimal places kept in the file's coordinates: world-atlas quantizes its 1:50m topology to 1e5 steps across the
 * world (0.0036° of longitude), so four decimals (0.0001°, ~11 m) lose nothing it holds.
 */
const COORDINATE_DECIMALS = 4;

const round = (value: number): number => Number(value.toFixed(COORDINATE_DECIMALS));
const roundLine = (line: Position[]): Position[] => line.map((position) => position.map(round));

/**
 * Packs the basemap's land and borders into one GeoJSON collection, which the dashboard's build cuts into vector
 * tiles (`basemap-tiles.ts`, `vite.config.ts`): one source instead of two, so MapLibre draws one tile batch, not
 * two, for each camera (each batch it receives is one more frame to draw).
 * @param geometry - land and borders from `basemapGeometry`
 * @returns one feature collection, land first, each feature marked with its `kind`, coordinates rounded
 * @example
 * const file = basemapFile(basemapGeometry(topology));
 * file.features.at(-1)?.properties.kind; // 'border'
 */
export function basemapFile(geometry: BasemapGeometry): BasemapFile {
  const land = geometry.land.features.map(
    ({ geometry: shape }): Feature<Polygon | MultiPolygon, { kind: BasemapFeatureKind }> => ({
      type: 'Feature',
      properties: { kind: 'land' },
      geometry:
        shape.type === 'Polygon'
          ? { type: 'Polygon', coordinates: shape.coordinates.map(roundLine) }
          : { type: 'MultiPolygon', coordinates: shape.coordinates.map((polygon) => polygon.map(roundLine)) },
    }),
  );
  const borders: Feature<MultiLineString, { kind: BasemapFeatureKind }> = {
    type: 'Feature',
    properties: { kind: 'border' },
    geometry: { type: 'MultiLineString', coordinates: geometry.borders.geometry.coordinates.map(roundLine) },
  };
  return { type: 'FeatureCollection', features: [...land, borders] };
}
