import { NetworkDisplay } from '../../map/network-display.svelte';
import { defineView } from '../view-module';
import { messages } from './data-messages';
import type { DataViewState } from './data-view-state';
import { DatasetState } from './dataset-state.svelte';

/** Data: the dataset's overview, its tables and sources, and loading the user's own; the network on the map. */
export const dataView = defineView({
  id: 'data',
  messages: [messages],
  create: (shell): DataViewState => ({
    dataset: new DatasetState(shell.ask, shell.datasetSwitches),
    display: new NetworkDisplay(),
  }),
  show: ({ dataset }) => dataset.ensureLoaded(),
  focus: ({ dataset }) => dataset.focus,
  // Not the first screen: its components (and their d3 charts) are a chunk of their own, loaded on demand.
  components: () => import('./data-components'),
});
