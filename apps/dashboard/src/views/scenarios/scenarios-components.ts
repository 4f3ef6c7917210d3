/**
 * The Scenarios view's components, imported dynamically by `scenarios-view.ts`: everything they import that the entry script
 * does not is a chunk of its own, fetched when the view is first shown (or prefetched when the page is idle).
 */
import { DELTA_LEGS_WARM_UP } from './delta-leg-layers';

export { default as MapLayers } from './ScenariosMapLayers.svelte';
export { default as Panel } from './ScenariosPanel.svelte';

/** The changed legs' layer, compiled while the page is idle (see `ViewComponents.mapWarmUp`). */
export const mapWarmUp = [DELTA_LEGS_WARM_UP];
