// The search round of an equilibrium iteration split over worker threads: every worker (and the main
// thread) takes (class, origin) groups from a shared counter and runs the library's search kernel on the
// same breadth-first copy of the compiled graph (`odSearch`), held once in SharedArrayBuffers; edge costs are
// copied into shared arrays once per round. Node-only (worker_threads), so it lives here, not in the browser-safe core. Each search is the one
// shortestOdPaths runs, so the result is identical to it whichever thread ran which origin.
import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import {
  type AssignmentProblem,
  odGroups as libraryOdGroups,
  type OdPathFinder,
  type OdPaths,
  odSearch,
} from '@corridor/core/flow';
import { type BreadthFirstGraph, gatherEdgeValues, originalEdges, ShortestPathSearch } from '@corridor/core/graph';

/** Slots of the control array shared with the workers. */
export const CONTROL = { round: 0, nextGroup: 1, done: 2, stop: 3, queued: 4 } as const;

/** The OD pairs grouped by (class, origin), as flat arrays a worker can read. */
export interface OdGroups {
  readonly count: number;
  readonly origin: Int32Array;
  readonly classIndex: Int32Array;
  /** CSR from group to its OD pairs (indices into `problem.ods`) and their destinations. */
  readonly odOffsets: Int32Array;
  readonly ods: Int32Array;
  readonly to: Int32Array;
}

/** What a worker gets at start: shared graph, per-class costs and masks, the groups, the control array. */
export interface WorkerSetup {
  /** The breadth-first copy's counts and arrays (all its searches and `gatherEdgeValues` read). */
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly offsets: Uint32Array;
  readonly targets: Uint32Array;
  readonly sources: Uint32Array;
  readonly nodeOf: Uint32Array;
  readonly originalEdge: Uint32Array;
  readonly weights: Float64Array[];
  readonly blocked: Uint8Array[];
  readonly groups: OdGroups;
  readonly control: Int32Array;
  /** The groups to run this round (the first `control[queued]`): all, or those a start batch needs. */
  readonly queue: Int32Array;
  readonly port: MessagePort;
}

/** One worker's answers for one round: per OD it searched, the cost and the path (edges in `edges`). */
export interface RoundResult {
  readonly ods: Int32Array;
  readonly costs: Float64Array;
  /** Per answered OD, start of its path in `edges`; -1 = no path. Paths are consecutive. */
  readonly pathStarts: Int32Array;
  readonly pathLengths: Int32Array;
  readonly edges: Int32Array;
}

/** The groups of `shortestOdPaths`, class by class (each thread then sets a class's costs once a round). */
export function odGroups(problem: AssignmentProblem): OdGroups {
  const classOf = (group: number[]) => problem.ods[group[0] as number]?.classIndex ?? 0;
  const groups = libraryOdGroups(problem).sort((a, b) => classOf(a) - classOf(b));
  const odOffsets = new Int32Array(new SharedArrayBuffer(4 * (groups.length + 1)));
  groups.forEach((g, k) => {
    odOffsets[k + 1] = (odOffsets[k] as number) + g.length;
  });
  const shared = (length: number) => new Int32Array(new SharedArrayBuffer(4 * Math.max(1, length)));
  const ods = shared(odOffsets[groups.length] as number);
  const to = shared(ods.length);
  const origin = shared(groups.length);
  const classIndex = shared(groups.length);
  groups.forEach((g, k) => {
    const first = problem.ods[g[0] as number];
    origin[k] = first?.from ?? 0;
    classIndex[k] = first?.classIndex ?? 0;
    g.forEach((i, j) => {
      ods[(odOffsets[k] as number) + j] = i;
      to[(odOffsets[k] as number) + j] = problem.ods[i]?.to ?? 0;
    });
  });
  return { count: groups.length, origin, classIndex, odOffsets, ods, to };
}

/** A thread's search: the kernel on the breadth-first copy, and its weight scratch. */
export interface ThreadSearch {
  readonly graph: BreadthFirstGraph;
  readonly search: ShortestPathSearch;
  readonly weights: Float64Array;
}

/**
 * The search of a worker on the shared arrays (the kernel reads only the CSR arrays and counts).
 *
 * @param setup - the shared breadth-first copy
 */
export function workerSearch(setup: WorkerSetup): ThreadSearch {
  const graph = {
    nodeCount: setup.nodeCount,
    edgeCount: setup.edgeCount,
    offsets: setup.offsets,
    targets: setup.targets,
    sources: setup.sources,
    nodeOf: setup.nodeOf,
    originalEdge: setup.originalEdge,
  } as unknown as BreadthFirstGraph;
  return { graph, search: new ShortestPathSearch(graph), weights: new Float64Array(setup.edgeCount) };
}

/**
 * Runs groups from the shared counter until none are left, writing answers into `out`.
 *
 * @param thread - this thread's search on the shared graph
 * @param setup - shared arrays
 * @param out - collects (od, cost, path) answers
 */
export function runGroups(
  thread: ThreadSearch,
  setup: Pick<WorkerSetup, 'weights' | 'blocked' | 'groups' | 'control' | 'queue'>,
  out: (od: number, cost: number, path: number[] | null) => void,
): void {
  const { groups, control } = setup;
  const { graph, search, weights } = thread;
  const { nodeOf } = graph;
  let pricedClass = -1;
  for (;;) {
    const k = Atomics.add(control, CONTROL.nextGroup, 1);
    if (k >= Atomics.load(control, CONTROL.queued)) return;
    const g = setup.queue[k] as number;
    const c = groups.classIndex[g] as number;
    const start = groups.odOffsets[g] as number;
    const end = groups.odOffsets[g + 1] as number;
    if (c !== pricedClass) {
      gatherEdgeValues(graph, setup.weights[c] as Float64Array, setup.blocked[c] as Uint8Array, weights);
      pricedClass = c;
    }
    const destinations = Array.from(groups.to.subarray(start, end), (to) => nodeOf[to] as number);
    search.run([nodeOf[groups.origin[g] as number] as number], weights, { targets: destinations });
    for (let j = start; j < end; j++) {
      const to = destinations[j - start] as number;
      const path = search.pathEdges(to);
      out(
        groups.ods[j] as number,
        path === null ? Number.POSITIVE_INFINITY : search.distance(to),
        path === null ? null : originalEdges(graph, path),
      );
    }
  }
}

/** A search-round finder over worker threads, and how to stop them. */
export interface ParallelOdPaths {
  readonly find: OdPathFinder;
  /** Threads searching, the main one included. */
  readonly threads: number;
  close(): Promise<void>;
}

/**
 * Starts `threads − 1` workers for one assignment problem (its graph, OD pairs and classes are fixed).
 *
 * @param problem - the problem whose rounds the finder answers
 * @param threads - searching threads including the main one (default: available parallelism)
 */
export function parallelOdPaths(problem: AssignmentProblem, threads = availableParallelism()): ParallelOdPaths {
  const main = odSearch(problem.prepared.compiled);
  const bfs = main.graph;
  const copy = <T extends Uint32Array | Float64Array | Uint8Array>(array: T, make: (b: SharedArrayBuffer) => T) => {
    const shared = make(new SharedArrayBuffer(array.byteLength));
    shared.set(array as never);
    return shared;
  };
  const offsets = copy(bfs.offsets, (b) => new Uint32Array(b));
  const targets = copy(bfs.targets, (b) => new Uint32Array(b));
  const sources = copy(bfs.sources, (b) => new Uint32Array(b));
  const nodeOf = copy(bfs.nodeOf, (b) => new Uint32Array(b));
  const originalEdge = copy(bfs.originalEdge, (b) => new Uint32Array(b));
  const weights = problem.classes.map(() => new Float64Array(new SharedArrayBuffer(8 * bfs.edgeCount)));
  const blocked = problem.classes.map(() => new Uint8Array(new SharedArrayBuffer(bfs.edgeCount)));
  const groups = odGroups(problem);
  const control = new Int32Array(new SharedArrayBuffer(4 * 5));
  const queue = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, groups.count)));
  const groupOf = new Int32Array(problem.ods.length).fill(-1);
  for (let g = 0; g < groups.count; g++) {
    for (let j = groups.odOffsets[g] as number; j < (groups.odOffsets[g + 1] as number); j++)
      groupOf[groups.ods[j] as number] = g;
  }
  const queued = new Uint8Array(groups.count);
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  for (let w = 1; w < threads; w++) {
    const channel = new MessageChannel();
    const setup: WorkerSetup = {
      nodeCount: bfs.nodeCount,
      edgeCount: bfs.edgeCount,
      offsets,
      targets,
      sources,
      nodeOf,
      originalEdge,
      weights,
      blocked,
      groups,
      control,
      queue,
      port: channel.port2,
    };
    workers.push(
      new Worker(new URL('./od-path-worker.js', import.meta.url), { workerData: setup, transferList: [channel.port2] }),
    );
    ports.push(channel.port1);
  }
  const find: OdPathFinder = (_problem, costs, masks, only) => {
    let length = 0;
    if (only === undefined) {
      for (let g = 0; g < groups.count; g++) queue[length++] = g;
    } else {
      queued.fill(0);
      for (const i of only) {
        const g = groupOf[i] as number;
        if (g >= 0 && queued[g] === 0) {
          queued[g] = 1;
          queue[length++] = g;
        }
      }
    }
    Atomics.store(control, CONTROL.queued, length);
    costs.forEach((cost, c) => {
      (weights[c] as Float64Array).set(cost);
      (blocked[c] as Uint8Array).set(masks[c] as Uint8Array);
    });
    Atomics.store(control, CONTROL.nextGroup, 0);
    Atomics.store(control, CONTROL.done, 0);
    Atomics.add(control, CONTROL.round, 1);
    Atomics.notify(control, CONTROL.round);
    const paths: (readonly number[] | null)[] = problem.ods.map(() => null);
    const pathCosts = new Float64Array(problem.ods.length).fill(Number.POSITIVE_INFINITY);
    runGroups(main, { weights, blocked, groups, control, queue }, (od, cost, path) => {
      paths[od] = path;
      if (path !== null) pathCosts[od] = cost;
    });
    for (;;) {
      const done = Atomics.load(control, CONTROL.done);
      if (done >= workers.length) break;
      Atomics.wait(control, CONTROL.done, done);
    }
    for (const port of ports) {
      const message = receiveMessageOnPort(port);
      if (message === undefined) throw new Error('parallelOdPaths: a worker finished without its answers');
      const result = message.message as RoundResult;
      for (let j = 0; j < result.ods.length; j++) {
        const od = result.ods[j] as number;
        const start = result.pathStarts[j] as number;
        if (start < 0) continue;
        paths[od] = Array.from(result.edges.subarray(start, start + (result.pathLengths[j] as number)));
        pathCosts[od] = result.costs[j] as number;
      }
    }
    return { paths, costs: pathCosts } satisfies OdPaths;
  };
  return {
    find,
    threads,
    close: async () => {
      Atomics.store(control, CONTROL.stop, 1);
      Atomics.add(control, CONTROL.round, 1);
      Atomics.notify(control, CONTROL.round);
      for (const port of ports) port.close();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
