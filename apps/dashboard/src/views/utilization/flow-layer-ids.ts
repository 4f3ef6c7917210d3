/** MapLibre ids of the flow map's sources and layers (the legs layer yields clicks to the nodes drawn over it). */
export const FLOW_LAYER_IDS = {
  legsSource: 'flow-legs',
  legsCasing: 'flow-legs-casing',
  legs: 'flow-legs-line',
  legsAir: 'flow-legs-air',
  legsSelected: 'flow-legs-selected',
  nodesSource: 'flow-nodes',
  nodes: 'flow-nodes-circle',
  nodesSelected: 'flow-nodes-selected',
} as const;
