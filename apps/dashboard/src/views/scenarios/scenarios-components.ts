/**
 * The Scenarios view's components, imported dynamically by `scenarios-view.ts`: everything they import that the entry script
 * does not is a chunk of its own, fetched when the view is first shown (or prefetched when the page is idle).
 */
export { default as MapLayers } from './ScenariosMapLayers.svelte';
export { default as Panel } from './ScenariosPanel.svelte';
