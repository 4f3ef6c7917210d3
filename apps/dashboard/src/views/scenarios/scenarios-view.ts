import { defineView } from '../view-module';
import { messages as compareMessages } from './scenario-compare-messages';
import { messages as formMessages } from './scenario-form-messages';
import { messages } from './scenario-messages';
import { messages as resultMessages } from './scenario-result-messages';
import { messages as routeMessages } from './scenario-route-messages';
import { ScenarioState } from './scenario-state.svelte';
import { SCENARIOS_URL_KEYS } from './scenarios-url';

/** Scenarios: presets and the user's own, run and compared before and after; the changed flows on the map. */
export const scenariosView = defineView({
  id: 'scenarios',
  messages: [messages, formMessages, resultMessages, routeMessages, compareMessages],
  url: SCENARIOS_URL_KEYS,
  create: (shell, fromUrl) => new ScenarioState(shell.ask, fromUrl, shell.storage, shell.datasetSwitches),
  urlState: (scenarios) => scenarios.urlState,
  show: (scenarios) => void scenarios.start(),
  focus: (scenarios) => scenarios.focus,
  // Not the first screen: its components (and their d3 charts) are a chunk of their own, loaded on demand.
  components: () => import('./scenarios-components'),
});
