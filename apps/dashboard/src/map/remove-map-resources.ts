import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Removes layers and sources a component added, those still there: after `map.remove()` (the whole map gone)
 * there is nothing left to remove, and nothing is thrown.
 * @param map - the map they were added to
 * @param layerIds - the layers, removed in this order (before the sources they read)
 * @param sourceIds - the sources
 */
export function removeMapResources(map: MapLibreMap, layerIds: readonly string[], sourceIds: readonly string[]): void {
  for (const id of layerIds) if (map.getLayer(id) !== undefined) map.removeLayer(id);
  for (const id of sourceIds) if (map.getSource(id) !== undefined) map.removeSource(id);
}
