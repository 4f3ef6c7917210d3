import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromVectorTileJs, GeoJSONWrapper } from '@maplibre/vt-pbf';
import type { BasemapFile } from './basemap-file';
import { BASEMAP_TILE_LAYER, BASEMAP_TILE_MAX_ZOOM } from './basemap-tile-format.js';

/** MapLibre's tile extent, and its GeoJSON source's buffer (128 px) and tolerance (0.375 px) in that extent (512 px). */
const EXTENT = 8192;
const UNITS_PER_PIXEL = EXTENT / 512;
const BUFFER = 128 * UNITS_PER_PIXEL;
const TOLERANCE = 0.375 * UNITS_PER_PIXEL;

/** One tile of the basemap: its address and its Mapbox Vector Tile bytes. */
export interface BasemapTile {
  readonly z: number;
  readonly x: number;
  readonly y: number;
  readonly bytes: Uint8Array;
}

/**
 * Cuts the basemap file into Mapbox Vector Tiles for zooms 0 to {@link BASEMAP_TILE_MAX_ZOOM}, the way MapLibre's
 * worker tiles a GeoJSON source (`@maplibre/geojson-vt` with MapLibre's extent, buffer and tolerance, encoded by
 * `@maplibre/vt-pbf`), so the build does once what every page load did on the worker: parse 1.5 MB of JSON and index
 * the world before the first tile. Every tile of the pyramid is returned, a tile of open sea as an empty layer, so
 * the map never asks for a tile that is not there.
 * @param file - the basemap's land and borders (`basemapFile`), each feature's `kind` kept as a property
 * @returns every tile, zoom by zoom, row-major within a zoom; the same input gives the same bytes
 * @example
 * const tiles = basemapTiles(basemapFile(basemapGeometry(topology)));
 * tiles[0]; // { z: 0, x: 0, y: 0, bytes: Uint8Array [...] }
 */
export function basemapTiles(file: BasemapFile): BasemapTile[] {
  const index = new GeoJSONVT(file, {
    maxZoom: BASEMAP_TILE_MAX_ZOOM,
    indexMaxZoom: BASEMAP_TILE_MAX_ZOOM,
    extent: EXTENT,
    buffer: BUFFER,
    tolerance: TOLERANCE,
  });
  const tiles: BasemapTile[] = [];
  for (let z = 0; z <= BASEMAP_TILE_MAX_ZOOM; z++) {
    const size = 2 ** z;
    for (let x = 0; x < size; x++) {
      for (let y = 0; y < size; y++) {
        // What `fromGeojsonVt` does, but a tile of open sea (no tile in the index) still gets its empty layer.
        const layer = new GeoJSONWrapper(index.getTile(z, x, y)?.features ?? [], { version: 2, extent: EXTENT });
        layer.name = BASEMAP_TILE_LAYER;
        const bytes = fromVectorTileJs({ layers: { [BASEMAP_TILE_LAYER]: layer } });
        tiles.push({ z, x, y, bytes });
      }
    }
  }
  return tiles;
}
