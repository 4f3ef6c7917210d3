// The kernel's alternative, kept for the benchmark only: Dijkstra with a lazy-deletion binary heap (a flat
// Float64Array of keys and a Uint32Array of nodes, no position index; a node is pushed again on every
// improvement and stale entries are skipped when popped), as in mourner's flatqueue. Same tie-break as the
// kernel (key, then push order). `pnpm bench` times it beside ShortestPathSearch's indexed heap, which is
// the one Corridor ships because it measured faster here (see README "Performance").
import type { CompiledGraph } from '@corridor/core/graph';

/** One-to-all / one-to-one Dijkstra over a lazy-deletion heap; scratch allocated once, reset per query. */
export class LazyHeapSearch {
  readonly distances: Float64Array;
  private readonly predecessor: Int32Array;
  private readonly heapNodes: Uint32Array;
  private readonly heapKeys: Float64Array;
  private readonly heapSequences: Float64Array;
  private readonly touched: Uint32Array;
  private touchedCount = 0;
  private length = 0;
  private sequence = 0;

  constructor(private readonly graph: CompiledGraph) {
    this.distances = new Float64Array(graph.nodeCount).fill(Number.POSITIVE_INFINITY);
    this.predecessor = new Int32Array(graph.nodeCount).fill(-1);
    const capacity = graph.edgeCount + graph.nodeCount;
    this.heapNodes = new Uint32Array(capacity);
    this.heapKeys = new Float64Array(capacity);
    this.heapSequences = new Float64Array(capacity);
    this.touched = new Uint32Array(graph.nodeCount);
  }

  /** Runs from `source`; stops when `target` (if ≥ 0) is settled. */
  run(source: number, weights: Float64Array, target = -1): void {
    const { offsets, targets } = this.graph;
    const { distances: dist, predecessor: pred, heapNodes: nodes, heapKeys: keys, touched } = this;
    for (let i = 0; i < this.touchedCount; i++) {
      const v = touched[i] as number;
      dist[v] = Number.POSITIVE_INFINITY;
      pred[v] = -1;
    }
    let touchedCount = 0;
    this.length = 0;
    this.sequence = 0;

    dist[source] = 0;
    touched[touchedCount++] = source;
    this.push(source, 0);
    while (this.length > 0) {
      const u = nodes[0] as number;
      const du = keys[0] as number;
      this.pop();
      if (du > (dist[u] as number)) continue; // stale entry
      if (u === target) break;
      const end = offsets[u + 1] as number;
      for (let e = offsets[u] as number; e < end; e++) {
        const candidate = du + (weights[e] as number);
        const v = targets[e] as number;
        const dv = dist[v] as number;
        if (candidate < dv) {
          if (dv === Number.POSITIVE_INFINITY) touched[touchedCount++] = v;
          dist[v] = candidate;
          pred[v] = e;
          this.push(v, candidate);
        }
      }
    }
    this.touchedCount = touchedCount;
  }
  private push(node: number, key: number): void {
    const { heapNodes: nodes, heapKeys: keys, heapSequences: seqs } = this;
    let slot = this.length++;
    const seq = this.sequence++;
    while (slot > 0) {
      const parent = (slot - 1) >> 1;
      const parentKey = keys[parent] as number;
      if (parentKey < key || (parentKey === key && (seqs[parent] as number) < seq)) break;
      nodes[slot] = nodes[parent] as number;
      keys[slot] = parentKey;
      seqs[slot] = seqs[parent] as number;
      slot = parent;
    }
    nodes[slot] = node;
    keys[slot] = key;
    seqs[slot] = seq;
  }

  /** Removes the root (read `heapNodes[0]`, `heapKeys[0]` before). */
  private pop(): void {
    const { heapNodes: nodes, heapKeys: keys, heapSequences: seqs } = this;
    const length = --this.length;
    if (length === 0) return;
    const node = nodes[length] as number;
    const key = keys[length] as number;
    const seq = seqs[length] as number;
    let slot = 0;
    const half = length >> 1;
    while (slot < half) {
      let child = 2 * slot + 1;
      let childKey = keys[child] as number;
      const right = child + 1;
      if (right < length) {
        const rightKey = keys[right] as number;
        if (rightKey < childKey || (rightKey === childKey && (seqs[right] as number) < (seqs[child] as number))) {
          child = right;
          childKey = rightKey;
        }
      }
      if (key < childKey || (key === childKey && seq < (seqs[child] as number))) break;
      nodes[slot] = nodes[child] as number;
      keys[slot] = childKey;
      seqs[slot] = seqs[child] as number;
      slot = child;
    }
    nodes[slot] = node;
    keys[slot] = key;
    seqs[slot] = seq;
  }
}
