import { VectorTile, type VectorTileFeature } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import countriesJson from 'world-atlas/countries-50m.json?raw';
import { basemapFile } from './basemap-file';
import { basemapGeometry, isCountriesTopology } from './basemap-geometry';
import { BASEMAP_TILE_LAYER, BASEMAP_TILE_MAX_ZOOM } from './basemap-tile-format';
import { type BasemapTile, basemapTiles } from './basemap-tiles';

const topology: unknown = JSON.parse(countriesJson);
if (!isCountriesTopology(topology)) throw new Error('world-atlas/countries-50m.json is not a countries topology');
const file = basemapFile(basemapGeometry(topology));
const tiles = basemapTiles(file);

/** The tile at an address, or a failure naming it. */
function tileAt(z: number, x: number, y: number): BasemapTile {
  const tile = tiles.find((candidate) => candidate.z === z && candidate.x === x && candidate.y === y);
  if (tile === undefined) throw new Error(`no tile ${z}/${x}/${y}`);
  return tile;
}

/** The features of a tile's basemap layer, decoded as MapLibre's worker decodes them. */
function featuresOf(tile: BasemapTile): VectorTileFeature[] {
  const layer = new VectorTile(new PbfReader(tile.bytes)).layers[BASEMAP_TILE_LAYER];
  if (layer === undefined) return [];
  return Array.from({ length: layer.length }, (_, index) => layer.feature(index));
}

/** Where a longitude and latitude fall at a zoom (web mercator): the tile, and the point in its extent's units. */
function tilePointOf(longitudeDeg: number, latitudeDeg: number, z: number, extent: number) {
  const latitudeRad = (latitudeDeg * Math.PI) / 180;
  const worldX = ((longitudeDeg + 180) / 360) * 2 ** z;
  const worldY = ((1 - Math.log(Math.tan(latitudeRad) + 1 / Math.cos(latitudeRad)) / Math.PI) / 2) * 2 ** z;
  const x = Math.floor(worldX);
  const y = Math.floor(worldY);
  return { x, y, pointX: (worldX - x) * extent, pointY: (worldY - y) * extent };
}

/** Whether a point lies inside a polygon feature's rings (even-odd, so holes count as outside). */
function featureContains(feature: VectorTileFeature, pointX: number, pointY: number): boolean {
  let inside = false;
  for (const ring of feature.loadGeometry()) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (a === undefined || b === undefined) continue;
      const crosses = a.y > pointY !== b.y > pointY && pointX < ((b.x - a.x) * (pointY - a.y)) / (b.y - a.y) + a.x;
      if (crosses) inside = !inside;
    }
  }
  return inside;
}

/** Whether a place falls on a land feature of its tile at the zoom the basemap is cut at. */
function isLandAt(longitudeDeg: number, latitudeDeg: number): boolean {
  const z = BASEMAP_TILE_MAX_ZOOM;
  const { x, y } = tilePointOf(longitudeDeg, latitudeDeg, z, 1);
  const land = featuresOf(tileAt(z, x, y)).filter((feature) => feature.properties.kind === 'land');
  return land.some((feature) => {
    const { pointX, pointY } = tilePointOf(longitudeDeg, latitudeDeg, z, feature.extent);
    return featureContains(feature, pointX, pointY);
  });
}

describe('basemapTiles on world-atlas countries-50m', () => {
  it('cuts every tile of zooms 0 to BASEMAP_TILE_MAX_ZOOM once, open sea included', () => {
    const addresses = new Set(tiles.map(({ z, x, y }) => `${z}/${x}/${y}`));
    const pyramid = Array.from({ length: BASEMAP_TILE_MAX_ZOOM + 1 }, (_, z) => 4 ** z).reduce((a, b) => a + b);
    expect(addresses.size).toBe(tiles.length);
    expect(tiles.length).toBe(pyramid);
    for (const { z, x, y } of tiles) {
      expect(Math.max(x, y)).toBeLessThan(2 ** z);
    }
  });

  it('covers the world at zoom 0, with land on every continent and the borders', () => {
    const features = featuresOf(tileAt(0, 0, 0));
    const land = features.filter((feature) => feature.properties.kind === 'land');
    expect(features.some((feature) => feature.properties.kind === 'border')).toBe(true);
    const positions = land.flatMap((feature) => {
      const shape = feature.toGeoJSON(0, 0, 0).geometry;
      if (shape.type === 'Polygon') return shape.coordinates.flat();
      return shape.type === 'MultiPolygon' ? shape.coordinates.flat(2) : [];
    });
    const longitudes = positions.map(([longitudeDeg = Number.NaN]) => longitudeDeg);
    const latitudes = positions.map(([, latitudeDeg = Number.NaN]) => latitudeDeg);
    expect(Math.min(...longitudes)).toBeLessThan(-179);
    expect(Math.max(...longitudes)).toBeGreaterThan(179);
    expect(Math.min(...latitudes)).toBeLessThan(-80); // Antarctica
    expect(Math.max(...latitudes)).toBeGreaterThan(80); // Greenland
  });

  it('puts Xiamen on land and the middle of the Taiwan Strait at sea, at the zoom the basemap is cut at', () => {
    // Xiamen's mainland (Tong'an district): Xiamen Island itself is too small for Natural Earth 1:50m.
    expect(isLandAt(118.1, 24.7)).toBe(true);
    expect(isLandAt(119.5, 24.2)).toBe(false);
  });

  it('gives a tile of open sea an empty layer, never a missing tile', () => {
    const { x, y } = tilePointOf(-140, -40, BASEMAP_TILE_MAX_ZOOM, 1); // the South Pacific
    expect(featuresOf(tileAt(BASEMAP_TILE_MAX_ZOOM, x, y))).toEqual([]);
  });

  it('gives the same bytes for the same basemap', () => {
    const again = basemapTiles(file);
    expect(again.length).toBe(tiles.length);
    expect(
      again.every((tile, index) => Buffer.compare(tile.bytes, tiles[index]?.bytes ?? new Uint8Array()) === 0),
    ).toBe(true);
  });
});
