import type { Feature, LineString } from 'geojson';
import type { AddLayerObject, Map as MapLibreMap } from 'maplibre-gl';
import type { GeoJsonLayer } from '../ui/geojson-layer';

/**
 * Layers a view will draw later, and properties their paint can be evaluated on: what the map compiles the
 * shaders of ahead of time (see {@link warmLayerPrograms}).
 */
export interface LayerWarmUp {
  /** The layers as the view adds them (ids, filters and exact values do not matter; what is data-driven does). */
  readonly layers: readonly GeoJsonLayer[];
  /** A value for every feature property the layers' paint reads (a missing one would be warned about). */
  readonly properties: Readonly<Record<string, string | number>>;
}

/** The opacity that hides a warm-up layer yet still draws it (MapLibre skips a layer whose opacity is 0). */
const INVISIBLE_OPACITY = 1e-4;

const OPACITY_PROPERTIES: Readonly<Record<GeoJsonLayer['type'], readonly string[]>> = {
  line: ['line-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  fill: ['fill-opacity'],
};

/**
 * The layer made invisible, keeping every paint property's kind: MapLibre compiles one shader per layer type and
 * per set of data-driven properties, so a copy whose opacity stays a constant uses the very program the real
 * layer will. Its filter goes (filters do not choose the program). `null` for a layer with a data-driven
 * opacity, which a constant would not stand for.
 */
export function invisibleCopy(layer: GeoJsonLayer, id: string, source: string): AddLayerObject | null {
  const paint: Record<string, unknown> = { ...layer.paint };
  for (const name of OPACITY_PROPERTIES[layer.type]) {
    const value = paint[name];
    if (value !== undefined && typeof value !== 'number') return null;
    paint[name] = INVISIBLE_OPACITY;
  }
  const { filter: _filter, ...rest } = layer;
  return { ...rest, id, source, paint } as AddLayerObject;
}

/**
 * The properties of every warm-up on one feature, so that all the copies draw from one source (each source is
 * tiled apart, and each tile's arrival is a frame).
 * @throws when two warm-ups give one property values of different types: a copy might then read the wrong one
 */
export function mergedProperties(warmUps: readonly LayerWarmUp[]): Record<string, string | number> {
  const merged: Record<string, string | number> = {};
  for (const { properties } of warmUps) {
    for (const [name, value] of Object.entries(properties)) {
      const before = merged[name];
      if (before !== undefined && typeof before !== typeof value) {
        throw new Error(`warmLayerPrograms: the warm-ups give "${name}" a ${typeof before} and a ${typeof value}`);
      }
      merged[name] = value;
    }
  }
  return merged;
}

/** A short line across the middle of the map: in view, so the tile holding it is drawn (its ends draw circles). */
function sampleFeature(map: MapLibreMap, properties: LayerWarmUp['properties']): Feature<LineString> {
  const { x, y } = map.project(map.getCenter());
  const end = (dx: number) => map.unproject([x + dx, y]).toArray();
  return {
    type: 'Feature',
    properties: { ...properties },
    geometry: { type: 'LineString', coordinates: [end(-8), end(8)] },
  };
}

/**
 * Has MapLibre compile the shaders of layers the views will draw, now, while the page is idle: draws invisible
 * copies of them once, in one frame. MapLibre compiles a layer's shader the first time it draws it, and the link
 * makes the main thread wait for the GPU process to finish the frames queued before it: with software WebGL, the
 * first route or flow drawn after a click was one task of 130–340 ms, nearly all of it `getProgramParameter`.
 * Programs are per map, not per layer, so the real layers then find theirs in MapLibre's cache. The copies draw
 * one short line in the middle of the map, at an opacity no pixel shows.
 *
 * Every frame costs a whole redraw, so the warm-ups given share one frame and one source (each source's tiles
 * arrive apart, each arrival a frame), and the copies are not removed in a frame of their own: they go when the map
 * next loads data or moves, in the frame that change draws anyway.
 * @param map - a map whose style has loaded
 * @param warmUps - the layers to compile, and the properties they read (see {@link mergedProperties})
 * @param prefix - makes the temporary source and layer ids unique on the map
 * @returns a promise settled once the copies have been drawn (or the map was removed meanwhile)
 * @example
 * await warmLayerPrograms(map, [ROUTE_WARM_UP, FLOW_LEGS_WARM_UP], 'warm-up-0');
 */
export function warmLayerPrograms(map: MapLibreMap, warmUps: readonly LayerWarmUp[], prefix: string): Promise<void> {
  const sourceId = `${prefix}:source`;
  const layerIds: string[] = [];
  map.addSource(sourceId, { type: 'geojson', data: sampleFeature(map, mergedProperties(warmUps)) });
  for (const [index, layer] of warmUps.flatMap((warmUp) => warmUp.layers).entries()) {
    const copy = invisibleCopy(layer, `${prefix}:${index}`, sourceId);
    if (copy === null) continue;
    map.addLayer(copy);
    layerIds.push(copy.id);
  }
  const remove = () => {
    map.off('dataloading', remove);
    map.off('movestart', remove);
    // The map may have been removed meanwhile; nothing is left to clean then.
    for (const id of [...layerIds].reverse()) if (map.getLayer(id) !== undefined) map.removeLayer(id);
    if (map.getSource(sourceId) !== undefined) map.removeSource(sourceId);
  };
  return new Promise((resolve) => {
    map.once('idle', () => {
      map.on('dataloading', remove);
      map.on('movestart', remove);
      resolve();
    });
    map.triggerRepaint();
  });
}
