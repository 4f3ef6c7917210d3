import { defineView } from '../view-module';
import { messages } from './utilization-messages';
import { UtilizationState } from './utilization-state.svelte';
import { UTILIZATION_URL_KEYS } from './utilization-url';

/** Corridor utilization: an assignment's flows against capacity, bottlenecks and calibration; the flow map. */
export const utilizationView = defineView({
  id: 'utilization',
  messages: [messages],
  url: UTILIZATION_URL_KEYS,
  create: (shell, fromUrl) => new UtilizationState(shell.ask, fromUrl, shell.datasetSwitches),
  urlState: (utilization) => utilization.urlState,
  show: (utilization) => utilization.start(),
  focus: (utilization) => utilization.focus,
  // Not the first screen: its components (and their d3 charts) are a chunk of their own, loaded on demand.
  components: () => import('./utilization-components'),
});
