import type { AddLayerObject, DistributiveOmit, FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';

/** A layer drawn from a `GeoJsonLayers` source: a MapLibre line, circle or fill layer, without its `source`. */
export type GeoJsonLayer = DistributiveOmit<Extract<AddLayerObject, { type: 'line' | 'circle' | 'fill' }>, 'source'>;

type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];
type PaintValue = Parameters<MapLibreMap['setPaintProperty']>[2];
type LayoutName = Parameters<MapLibreMap['setLayoutProperty']>[1];
type LayoutValue = Parameters<MapLibreMap['setLayoutProperty']>[2];

/** One property to set on a layer already on the map. */
export type LayerChange =
  | { readonly kind: 'paint'; readonly layerId: string; readonly name: PaintName; readonly value: PaintValue }
  | { readonly kind: 'layout'; readonly layerId: string; readonly name: LayoutName; readonly value: LayoutValue }
  | { readonly kind: 'filter'; readonly layerId: string; readonly value: FilterSpecification | null };

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The names of the properties that differ between two paint or layout objects. */
function changedNames(before: object | undefined, after: object | undefined): string[] {
  const a: Readonly<Record<string, unknown>> = { ...before };
  const b: Readonly<Record<string, unknown>> = { ...after };
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((name) => !same(a[name], b[name]));
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
    const paint: Readonly<Record<string, unknown>> = { ...layer.paint };
    const layout: Readonly<Record<string, unknown>> = { ...layer.layout };
    return [
      ...changedNames(old.paint, layer.paint).map(
        (name): LayerChange => ({
          kind: 'paint',
          layerId: layer.id,
          name: name as PaintName,
          value: paint[name] as PaintValue,
        }),
      ),
      ...changedNames(old.layout, layer.layout).map(
        (name): LayerChange => ({
          kind: 'layout',
          layerId: layer.id,
          name: name as LayoutName,
          value: layout[name] as LayoutValue,
        }),
      ),
      ...(same(old.filter, layer.filter)
        ? []
        : [{ kind: 'filter' as const, layerId: layer.id, value: layer.filter ?? null }]),
    ];
  });
}
