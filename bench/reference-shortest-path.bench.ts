// The reference every Corridor search kernel is measured against: graphology-shortest-path on a
// generated grid. Routing (issue 4) adds its compiled-graph kernel to this file, so vitest prints
// the ratio between the two on the same queries.
import { dijkstra } from 'graphology-shortest-path';
import { bench, describe } from 'vitest';
import { gridNetwork } from './grid-network.js';

const side = 150; // 22,500 nodes, 89,400 directed edges
const graph = gridNetwork(side);
const from = '0';
const to = String(side * side - 1);

describe(`point-to-point shortest path on a ${side}×${side} grid`, () => {
  bench('graphology-shortest-path dijkstra.bidirectional', () => {
    dijkstra.bidirectional(graph, from, to, 'distanceKm');
  });

  bench('graphology-shortest-path dijkstra.singleSource (whole tree)', () => {
    dijkstra.singleSource(graph, from, 'distanceKm');
  });
});
