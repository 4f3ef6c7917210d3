// The slow twin of bench/parallel-od-paths.ts (STYLE.md 15): on the world problem, at loaded costs, the
// search round split over worker threads returns exactly what the library's one-thread shortestOdPaths
// returns — every OD pair's path edge by edge and its cost to the last bit — for a full round and for a
// subset (as the incremental start asks). Exits 1 on any difference. Run after building the bench:
// `node bench/dist/check-parallel-od-paths.js`.
import { availableParallelism } from 'node:os';
import { shortestOdPaths } from '@corridor/core/flow';
import { parallelOdPaths } from './parallel-od-paths.js';
import { mulberry32 } from './timing.js';
import { worldAssignmentProblem } from './world-assignment.js';
import { WORLD_ASSIGNMENT } from './world-assignment-section.js';
import { buildWorld } from './world-network-benchmarks.js';

const world = buildWorld(20_240_601);
const { problem } = worldAssignmentProblem(world, { seed: world.seed + 2, ...WORLD_ASSIGNMENT, zones: 200 });
// Loaded-looking costs: free-flow hours stretched by a seeded random factor per edge.
const random = mulberry32(11);
const costs = problem.classes.map((c) => c.baseCost.map((hours) => hours * (1 + 2 * random())));
const blocked = problem.classes.map((c) => c.blocked);
const parallel = parallelOdPaths(problem, Math.max(2, availableParallelism()));
let differences = 0;
let compared = 0;
const subset = problem.ods.map((_, i) => i).filter((i) => i % 7 === 0);
for (const only of [undefined, subset]) {
  const expected = shortestOdPaths(problem, costs, blocked, only);
  const actual = parallel.find(problem, costs, blocked, only);
  problem.ods.forEach((_, i) => {
    compared++;
    const same =
      Object.is(expected.costs[i], actual.costs[i]) &&
      JSON.stringify(expected.paths[i]) === JSON.stringify(actual.paths[i]);
    if (!same) differences++;
  });
}
await parallel.close();
console.log(
  `parallelOdPaths on ${parallel.threads} threads vs shortestOdPaths, ${problem.ods.length.toLocaleString('en')} OD pairs, ` +
    `full round and a subset: ${compared - differences}/${compared} identical (path and cost)`,
);
if (differences > 0) process.exit(1);
