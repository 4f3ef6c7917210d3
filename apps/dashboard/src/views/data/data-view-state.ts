import type { DatasetState } from './dataset-state.svelte';
import type { NetworkDisplay } from './network-display.svelte';

/** The Data view's state: the network shown, and which parts of it the map draws. */
export interface DataViewState {
  readonly dataset: DatasetState;
  readonly display: NetworkDisplay;
}
