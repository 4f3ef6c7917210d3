import { defineView } from '../view-module';
import { PlannerState } from './planner-state.svelte';
import RouteMapLayers from './RouteMapLayers.svelte';
import RoutePanel from './RoutePanel.svelte';
import { ROUTE_WARM_UP } from './route-layers';
import { messages } from './route-messages';
import { ROUTE_URL_KEYS } from './route-url';

/** The Route planner: a query form, the options, the Pareto chart and the itinerary; the chosen route on the map. */
export const routeView = defineView({
  id: 'route',
  messages: [messages],
  url: ROUTE_URL_KEYS,
  create: (shell, fromUrl) => new PlannerState(shell.ask, fromUrl, shell.datasetSwitches),
  urlState: (planner) => planner.urlState,
  show: (planner) => planner.start(),
  focus: (planner) => planner.focus,
  // Before a route is drawn (the first screen), the shell draws the whole network.
  networkBackdrop: (planner) => planner.selectedOption === null,
  // The first screen: its components stay in the entry script.
  components: { Panel: RoutePanel, MapLayers: RouteMapLayers, mapWarmUp: [ROUTE_WARM_UP] },
});
