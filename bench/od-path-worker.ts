// A worker of bench/parallel-od-paths.ts: waits for a round, runs groups from the shared counter on the
// shared graph, posts its answers, counts itself done.
import { workerData } from 'node:worker_threads';
import { CONTROL, type RoundResult, runGroups, type WorkerSetup, workerSearch } from './parallel-od-paths.js';

const setup = workerData as WorkerSetup;
const { control, port } = setup;
const search = workerSearch(setup);
let round = 0;
for (;;) {
  Atomics.wait(control, CONTROL.round, round);
  round = Atomics.load(control, CONTROL.round);
  if (Atomics.load(control, CONTROL.stop) === 1) break;
  const ods: number[] = [];
  const costs: number[] = [];
  const pathStarts: number[] = [];
  const pathLengths: number[] = [];
  const edges: number[] = [];
  runGroups(search, setup, (od, cost, path) => {
    ods.push(od);
    costs.push(cost);
    pathStarts.push(path === null ? -1 : edges.length);
    pathLengths.push(path?.length ?? 0);
    if (path !== null) for (const e of path) edges.push(e);
  });
  const result: RoundResult = {
    ods: Int32Array.from(ods),
    costs: Float64Array.from(costs),
    pathStarts: Int32Array.from(pathStarts),
    pathLengths: Int32Array.from(pathLengths),
    edges: Int32Array.from(edges),
  };
  const buffers = [result.ods, result.costs, result.pathStarts, result.pathLengths, result.edges].map(
    (array) => array.buffer as ArrayBuffer,
  );
  port.postMessage(result, buffers);
  Atomics.add(control, CONTROL.done, 1);
  Atomics.notify(control, CONTROL.done);
}
port.close();
