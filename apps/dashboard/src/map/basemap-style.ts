import type { FilterSpecification, MapOptions } from 'maplibre-gl';
import { BORDER_COLOR, COAST_COLOR, LAND_COLOR, SEA_COLOR } from './basemap-colors';
import type { BasemapFeatureKind } from './basemap-file';
import { BASEMAP_TILE_LAYER, BASEMAP_TILE_MAX_ZOOM } from './basemap-tile-format';

/** A MapLibre style document (maplibre-gl does not re-export the style-spec type itself). */
export type StyleSpecification = Exclude<MapOptions['style'], string | undefined>;

/** Highest zoom the basemap is drawn for; Natural Earth 1:50m gets blocky beyond it. */
export const BASEMAP_MAX_ZOOM = 10;

/** The filter that keeps the basemap's features of one kind. */
function kindIs(kind: BasemapFeatureKind): FilterSpecification {
  return ['==', ['get', 'kind'], kind];
}

/**
 * Builds the offline basemap style: sea as the background, Natural Earth land, coastlines and country borders.
 * Everything is vector tiles cut at build time (`basemap-tiles.ts`) and served beside the page — no glyphs or
 * sprites, hence no symbol layers and no request off the host. MapLibre's worker fetches and decodes only the tiles in
 * view, so none of it passes through the page's main thread and nothing indexes the world; land and borders are one
 * source (told apart by `kind`), so a load draws fewer partial frames. Beyond zoom {@link BASEMAP_TILE_MAX_ZOOM} the
 * map overzooms the last tiles, which hold every point of the source.
 * @param tileFolderUrl - the absolute URL of the tile folder, ending in `/` (`virtual:corridor/basemap-tiles-url`,
 *   resolved against the page)
 * @returns a complete style for `new Map({ style })`
 * @example
 * new MapLibreMap({ container, style: basemapStyle(new URL(basemapTilesUrl, location.href).href) });
 */
export function basemapStyle(tileFolderUrl: string): StyleSpecification {
  return {
    version: 8,
    sources: {
      basemap: { type: 'vector', tiles: [`${tileFolderUrl}{z}/{x}/{y}.pbf`], maxzoom: BASEMAP_TILE_MAX_ZOOM },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA_COLOR } },
      {
        id: 'land',
        type: 'fill',
        source: 'basemap',
        'source-layer': BASEMAP_TILE_LAYER,
        filter: kindIs('land'),
        paint: { 'fill-color': LAND_COLOR },
      },
      {
        id: 'coast',
        type: 'line',
        source: 'basemap',
        'source-layer': BASEMAP_TILE_LAYER,
        filter: kindIs('land'),
        paint: { 'line-color': COAST_COLOR, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 8, 1.2] },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'basemap',
        'source-layer': BASEMAP_TILE_LAYER,
        filter: kindIs('border'),
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': BORDER_COLOR,
          'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 4, 1, 8, 1.8],
        },
      },
    ],
  };
}
