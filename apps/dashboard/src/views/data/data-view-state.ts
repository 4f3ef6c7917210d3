import type { NetworkDisplay } from '../../map/network-display.svelte';
import type { DatasetState } from './dataset-state.svelte';

/** The Data view's state: the network shown, and which parts of it the map draws. */
export interface DataViewState {
  readonly dataset: DatasetState;
  readonly display: NetworkDisplay;
}
