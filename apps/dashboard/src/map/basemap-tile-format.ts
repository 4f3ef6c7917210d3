// What the build's basemap tiles (`basemap-tiles.ts`, Node only) and the style that reads them (`basemap-style.ts`,
// in the page) agree on, apart from the tiling code so that the page's bundle does not carry geojson-vt.

/** The name of the one layer of every basemap tile (the style's `source-layer`). */
export const BASEMAP_TILE_LAYER = 'basemap';

/**
 * The highest zoom the basemap is cut at; the map overzooms these tiles up to `BASEMAP_MAX_ZOOM` (10).
 * At this zoom the tiles keep every point of the source: geojson-vt does not simplify at its `maxZoom`, and a tile
 * unit (360° / 2⁶ / 8192 ≈ 0.0007°) is finer than world-atlas's quantization step of Natural Earth 1:50m (0.0036°,
 * ~400 m), so the overzoomed tiles lose nothing the source holds. At zoom 6 that step is ~0.33 px, about
 * MapLibre's simplification tolerance (0.375 px), so these tiles hold as many points as MapLibre drew there; a lower
 * zoom would draw unsimplified tiles at the zooms the map is used at (4–5), a higher one multiply the files by 4.
 */
export const BASEMAP_TILE_MAX_ZOOM = 6;
