import type { Map as MapLibreMap } from 'maplibre-gl';
import { createContext } from 'svelte';

/** What a map layer component gets from the `MapView` it is rendered in. */
export interface MapContext {
  /** The MapLibre map, its style loaded (layer components are only rendered once it is). */
  readonly map: MapLibreMap;
  /**
   * Tells the map view that something new is being drawn, so it reports itself not ready (`data-ready="false"`)
   * until MapLibre is next idle. Call it after adding a source or setting its data, and after changing what a
   * layer shows (filter, visibility, paint).
   */
  drawing(): void;
  /**
   * Whether the map's frames are read back on the main thread, each a long task (software compositing: 55–320 ms
   * a frame with SwiftShader): even the fastest frame of the load took over 50 ms after MapLibre drew it
   * (`watch-first-frames.ts`). `false` until the map is first idle.
   */
  readonly framesReadBack: boolean;
}

/** The map of the enclosing `MapView`, shared through Svelte context with the layer components in its `layers`. */
export const [getMapContext, setMapContext] = createContext<MapContext>();
