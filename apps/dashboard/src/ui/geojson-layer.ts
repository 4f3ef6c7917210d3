import type { AddLayerObject, DistributiveOmit, FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';

/** A layer drawn from a `GeoJsonLayers` source: a MapLibre line, circle or fill layer, without its `source`. */
export type GeoJsonLayer = DistributiveOmit<Extract<AddLayerObject, { type: 'line' | 'circle' | 'fill' }>, 'source'>;

/** One property to set on a layer already on the map (`value` `undefined`: back to MapLibre's default). */
export type LayerChange =
  | { readonly kind: 'paint' | 'layout'; readonly layerId: string; readonly name: string; readonly value: unknown }
  | { readonly kind: 'filter'; readonly layerId: string; readonly value: FilterSpecification | null };

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The paint or layout properties that differ between two versions of a layer. */
function propertyChanges(
  kind: 'paint' | 'layout',
  layerId: string,
  before: object | undefined,
  after: object | undefined,
): LayerChange[] {
  const a: Readonly<Record<string, unknown>> = { ...before };
  const b: Readonly<Record<string, unknown>> = { ...after };
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((name) => !same(a[name], b[name]))
    .map((name) => ({ kind, layerId, name, value: b[name] }));
}

/**
 * What to set on the map to turn layers drawn as `before` into `after`: each paint or layout property and each
 * filter that differs (a property left out is set to `undefined`, MapLibre's default). Layers are matched by id;
 * a layer in only one of the lists is ignored (a `GeoJsonLayers` keeps its layers for its lifetime).
 * @param before - the layers as last applied
 * @param after - the layers wanted now
 * @returns the changes, in layer order, paint before layout before filter
 * @example
 * layerChanges(
 *   [{ id: 'legs', type: 'line', paint: { 'line-width': 2 } }],
 *   [{ id: 'legs', type: 'line', paint: { 'line-width': 4 } }],
 * ); // [{ kind: 'paint', layerId: 'legs', name: 'line-width', value: 4 }]
 */
export function layerChanges(before: readonly GeoJsonLayer[], after: readonly GeoJsonLayer[]): LayerChange[] {
  const previous = new Map(before.map((layer) => [layer.id, layer]));
  return after.flatMap((layer): LayerChange[] => {
    const old = previous.get(layer.id);
    if (old === undefined) return [];
    return [
      ...propertyChanges('paint', layer.id, old.paint, layer.paint),
      ...propertyChanges('layout', layer.id, old.layout, layer.layout),
      ...(same(old.filter, layer.filter)
        ? []
        : [{ kind: 'filter' as const, layerId: layer.id, value: layer.filter ?? null }]),
    ];
  });
}

/**
 * Sets one change on the map.
 * @param map - the map the layer is on
 * @param change - from {@link layerChanges}
 */
export function applyLayerChange(map: MapLibreMap, change: LayerChange): void {
  if (change.kind === 'filter') map.setFilter(change.layerId, change.value);
  // The names and values come from a typed GeoJsonLayer, read back through Object.keys.
  else if (change.kind === 'paint')
    map.setPaintProperty(change.layerId, change.name as PaintName, change.value as PaintValue);
  else map.setLayoutProperty(change.layerId, change.name as LayoutName, change.value as LayoutValue);
}

type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];
type PaintValue = Parameters<MapLibreMap['setPaintProperty']>[2];
type LayoutName = Parameters<MapLibreMap['setLayoutProperty']>[1];
type LayoutValue = Parameters<MapLibreMap['setLayoutProperty']>[2];
