import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import landUrl from 'world-atlas/land-110m.json?url';

let loading: Promise<FeatureCollection<Polygon | MultiPolygon> | null> | undefined;

/**
 * The land of the small comparison maps: Natural Earth 1:110m (world-atlas `land-110m`, ~50 kB), which the build
 * ships beside the page; fetched once, on the first comparison, never at page load.
 * @returns land polygons, or `null` when the file cannot be read (the maps then draw the legs on the sea alone)
 */
export function loadMiniMapLand(): Promise<FeatureCollection<Polygon | MultiPolygon> | null> {
  loading ??= fetch(landUrl)
    .then((response) => (response.ok ? response.json() : null))
    .then((topology: Topology<{ land: GeometryCollection }> | null) => {
      if (topology?.objects?.land === undefined) return null;
      return feature(topology, topology.objects.land) as FeatureCollection<Polygon | MultiPolygon>;
    })
    .catch(() => null);
  return loading;
}
