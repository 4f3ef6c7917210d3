import { NetworkDisplay } from '../../map/network-display.svelte';
import { defineView } from '../view-module';
import DataMapLayers from './DataMapLayers.svelte';
import DataPanel from './DataPanel.svelte';
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
  Panel: DataPanel,
  MapLayers: DataMapLayers,
});
