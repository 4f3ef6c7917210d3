import type { MapOptions } from 'maplibre-gl';
import { BORDER_COLOR, COAST_COLOR, LAND_COLOR, SEA_COLOR } from './basemap-colors';
import type { BasemapGeometry } from './basemap-geometry';

/** A MapLibre style document (maplibre-gl does not re-export the style-spec type itself). */
export type StyleSpecification = Exclude<MapOptions['style'], string | undefined>;

/** Highest zoom the basemap is drawn for; Natural Earth 1:50m gets blocky beyond it. */
export const BASEMAP_MAX_ZOOM = 10;

/**
 * Builds the offline basemap style: sea as the background, Natural Earth land, coastlines and country borders.
 * Everything is inline GeoJSON — no tiles, glyphs or sprites, hence no symbol layers and no request anywhere.
 * @param geometry - land and borders from {@link basemapGeometry}
 * @returns a complete style for `new Map({ style })`
 * @example
 * new MapLibreMap({ container, style: basemapStyle(await loadBasemapGeometry()) });
 */
export function basemapStyle(geometry: BasemapGeometry): StyleSpecification {
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: geometry.land, maxzoom: BASEMAP_MAX_ZOOM },
      borders: { type: 'geojson', data: geometry.borders, maxzoom: BASEMAP_MAX_ZOOM },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA_COLOR } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': LAND_COLOR } },
      {
        id: 'coast',
        type: 'line',
        source: 'land',
        paint: { 'line-color': COAST_COLOR, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 8, 1.2] },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': BORDER_COLOR,
          'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 4, 1, 8, 1.8],
        },
      },
    ],
  };
}
