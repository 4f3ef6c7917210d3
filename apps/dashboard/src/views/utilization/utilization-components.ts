/**
 * The Corridor utilization view's components, imported dynamically by `utilization-view.ts`: everything they import that the entry script
 * does not is a chunk of its own, fetched when the view is first shown (or prefetched when the page is idle).
 */
import { FLOW_LEGS_WARM_UP } from './flow-leg-layers';
import { FLOW_NODES_WARM_UP } from './flow-node-layers';

export { default as MapLayers } from './UtilizationMapLayers.svelte';
export { default as Panel } from './UtilizationPanel.svelte';

/** The flow map's layers, compiled while the page is idle (see `ViewComponents.mapWarmUp`). */
export const mapWarmUp = [FLOW_LEGS_WARM_UP, FLOW_NODES_WARM_UP];
