import { DirectedGraph } from 'graphology';

/**
 * A generated square grid network with deterministic pseudo-random edge lengths (km), the shape
 * road and rail benchmarks are usually run on. Same `side` and `seed`, same graph.
 *
 * @param side - nodes per side; the graph has side² nodes and about 4·side² directed edges
 * @param seed - seed of the edge lengths (mulberry32)
 */
export function gridNetwork(side: number, seed = 1): DirectedGraph {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const graph = new DirectedGraph();
  for (let i = 0; i < side * side; i++) graph.addNode(String(i));
  const link = (a: number, b: number) => {
    const distanceKm = 10 + 90 * random();
    graph.addEdge(String(a), String(b), { distanceKm });
    graph.addEdge(String(b), String(a), { distanceKm });
  };
  for (let row = 0; row < side; row++) {
    for (let col = 0; col < side; col++) {
      const node = row * side + col;
      if (col + 1 < side) link(node, node + 1);
      if (row + 1 < side) link(node, node + side);
    }
  }
  return graph;
}
