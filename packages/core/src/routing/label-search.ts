import type { CompiledGraph } from '../graph/compiled-graph.js';
import { LabelQueue } from './label-queue.js';

/** A timed search: the clock moves through edges, and boarding waits for the run's next departure. */
export interface TimedEdges {
  /** Hours per edge without any wait (moving, dwelling, handling, road). */
  readonly hours: Float64Array;
  /** For a board edge: when it departs if the box is ready at `readyMs`. */
  readonly departure: (edge: number, readyMs: number) => number;
  readonly departMs: number;
}

/** What a label search needs besides the graph. */
export interface LabelSearchInput {
  readonly graph: CompiledGraph;
  /** 1 on edges that board a service (each counts one boarding). */
  readonly isBoard: Uint8Array;
  /** Objective weight per edge, ≥ 0 (ignored by a timed search, whose objective is arrival time). */
  readonly weights: Float64Array;
  /** 1 on edges that may not be used. */
  readonly blocked: Uint8Array;
  readonly sources: readonly { readonly node: number; readonly cost: number }[];
  /** 1 on target nodes; the search stops at the first target settled. */
  readonly isTarget: Uint8Array;
  /** Most boardings allowed (transfers + 1); `Infinity` for no limit. */
  readonly maxBoardings: number;
  readonly timed?: TimedEdges;
}

/** A path found by a label search: compiled edge ids in order, and the objective value. */
export interface LabelPath {
  readonly edges: number[];
  readonly cost: number;
  readonly source: number;
  readonly target: number;
}

/**
 * Dijkstra over (node, boardings so far) states, for what the plain kernel cannot do: a cap on transfers
 * and time-dependent (timetabled, FIFO) boarding. A label is dropped when the same node was reached at
 * no greater cost with no more boardings. Exact: label-setting on non-negative costs.
 *
 * @param input - graph, weights, constraints, sources and targets
 * @returns the best path to any target, or `null` when none exists under the constraints
 */
export function labelSearch(input: LabelSearchInput): LabelPath | null {
  const { graph, isBoard, weights, blocked, isTarget, timed } = input;
  const layers = Number.isFinite(input.maxBoardings) ? input.maxBoardings + 1 : 1;
  const capped = Number.isFinite(input.maxBoardings);
  const best = new Float64Array(graph.nodeCount * layers).fill(Number.POSITIVE_INFINITY);
  let node = new Uint32Array(256);
  let parent = new Int32Array(256);
  let via = new Int32Array(256);
  let cost = new Float64Array(256);
  let boards = new Uint16Array(256);
  let count = 0;
  const queue = new LabelQueue();
  const dominated = (v: number, b: number, c: number) => {
    for (let k = 0; k <= (capped ? b : 0); k++) if ((best[v * layers + k] as number) <= c) return true;
    return false;
  };
  const add = (v: number, from: number, edge: number, c: number, b: number) => {
    if (dominated(v, capped ? b : 0, c)) return;
    if (count === node.length) {
      const grow = <T extends Uint32Array | Int32Array | Float64Array | Uint16Array>(a: T, make: (n: number) => T) => {
        const out = make(a.length * 2);
        out.set(a);
        return out;
      };
      node = grow(node, (n) => new Uint32Array(n));
      parent = grow(parent, (n) => new Int32Array(n));
      via = grow(via, (n) => new Int32Array(n));
      cost = grow(cost, (n) => new Float64Array(n));
      boards = grow(boards, (n) => new Uint16Array(n));
    }
    best[v * layers + (capped ? b : 0)] = c;
    node[count] = v;
    parent[count] = from;
    via[count] = edge;
    cost[count] = c;
    boards[count] = b;
    queue.push(count, c);
    count++;
  };
  for (const { node: v, cost: c } of input.sources) add(v, -1, -1, c, 0);
  const { offsets, targets } = graph;
  for (let label = queue.pop(); label !== -1; label = queue.pop()) {
    const u = node[label] as number;
    const c = cost[label] as number;
    const b = boards[label] as number;
    if ((best[u * layers + (capped ? b : 0)] as number) < c) continue; // stale
    if (isTarget[u] === 1) return unwind(label, parent, via, node, c);
    for (let e = offsets[u] as number, end = offsets[u + 1] as number; e < end; e++) {
      if (blocked[e] === 1) continue;
      const nb = b + (isBoard[e] as number);
      if (nb > input.maxBoardings) continue;
      let next: number;
      if (timed === undefined) {
        next = c + (weights[e] as number);
      } else {
        const readyMs = timed.departMs + (c + (timed.hours[e] as number)) * 3_600_000;
        next =
          isBoard[e] === 1
            ? (timed.departure(e, readyMs) - timed.departMs) / 3_600_000
            : c + (timed.hours[e] as number);
      }
      if (next === Number.POSITIVE_INFINITY) continue;
      add(targets[e] as number, label, e, next, Math.min(nb, 65535));
    }
  }
  return null;
}

function unwind(label: number, parent: Int32Array, via: Int32Array, node: Uint32Array, c: number): LabelPath {
  const edges: number[] = [];
  const target = node[label] as number;
  let at = label;
  while ((parent[at] as number) !== -1) {
    edges.push(via[at] as number);
    at = parent[at] as number;
  }
  return { edges: edges.reverse(), cost: c, source: node[at] as number, target };
}
