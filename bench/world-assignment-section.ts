// Section 4b of `pnpm bench` (and all of `bench/run-world-assignment.ts`): the world-scale equilibrium,
// printed with wall time, process CPU time, machine load, iterations, gap, memory and the per-iteration
// split between the searches and the rest.
import { loadavg } from 'node:os';
import { parallelOdPaths } from './parallel-od-paths.js';
import { collectGarbage } from './timing.js';
import { runWorldEquilibrium, worldAssignmentProblem } from './world-assignment.js';
import type { World } from './world-network-benchmarks.js';

/** The benchmark problem: zones, destinations per zone, target gap (issue 5), and the calibration. */
export const WORLD_ASSIGNMENT = {
  zones: 1_000,
  destinationsPerZone: 20,
  gap: 1e-3,
  calibrationOrigins: 50,
  congestedQuantile: 0.999,
} as const;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/**
 * Builds the world assignment problem, runs the equilibrium to the gap or the cap, prints it, and returns
 * the figures for `.reports/bench.json`.
 *
 * @param world - the generated, compiled world network
 * @param maxIterations - iteration cap
 * @param threads - searching threads (1: the library's one-thread search round; more: worker threads)
 */
export async function runWorldAssignmentSection(world: World, maxIterations: number, threads: number) {
  collectGarbage();
  const problem = worldAssignmentProblem(world, { seed: world.seed + 2, ...WORLD_ASSIGNMENT });
  console.log(
    `   b. World network, ${problem.zones.toLocaleString('en')} zones × ${WORLD_ASSIGNMENT.destinationsPerZone} destinations = ` +
      `${problem.ods.toLocaleString('en')} OD pairs, ${problem.demandTeuPerWeek.toLocaleString('en')} TEU/week; ` +
      `capacity element on every edge (${Math.round(problem.capacityScale).toLocaleString('en')} × U(0.5, 1.5) TEU/week); ` +
      `gap ${WORLD_ASSIGNMENT.gap}, at most ${maxIterations} iterations (BENCH_WORLD_ASSIGNMENT_ITERATIONS); target < 60 s`,
  );
  console.log(
    `      problem built in ${seconds(problem.buildMs)} (${WORLD_ASSIGNMENT.calibrationOrigins} sampled searches set the capacity scale)`,
  );
  const parallel = threads > 1 ? parallelOdPaths(problem.problem, threads) : undefined;
  console.log(
    `      search rounds on ${threads} thread${threads > 1 ? 's (main + worker_threads, bench/parallel-od-paths.ts)' : ''}`,
  );
  const loadBefore = load();
  const run = runWorldEquilibrium(
    problem,
    WORLD_ASSIGNMENT.gap,
    maxIterations,
    (record, ms, split) =>
      console.log(
        `      iteration ${String(record.iteration).padStart(3)}  ${record.phase.padEnd(19)} gap ${record.relativeGap.toExponential(2)}  ` +
          `moved ${record.step.toFixed(4)}  ${seconds(split.iterationMs)} (searches ${seconds(split.searchMs)}, ` +
          `rest ${seconds(split.iterationMs - split.searchMs)})  total ${seconds(ms)}`,
      ),
    parallel,
  );
  await parallel?.close();
  const loadAfter = load();
  const reached = run.relativeGap <= WORLD_ASSIGNMENT.gap;
  console.log(
    `      ${seconds(run.ms)} wall, ${seconds(run.cpuMs)} CPU; ${run.iterations} iterations, gap ${run.relativeGap.toExponential(2)} ` +
      `(${reached ? 'reached' : `NOT reached: target ${WORLD_ASSIGNMENT.gap}`}); ` +
      `${run.searches.toLocaleString('en')} one-to-many searches (the start's, then one per origin per iteration) took ${seconds(run.searchMs)} ` +
      `(${(run.searchMs / Math.max(1, run.searches)).toFixed(1)} ms a search, wall), ` +
      `the rest ${seconds(run.ms - run.searchMs)}`,
  );
  console.log(
    `      peak heapUsed ${Math.round(run.peakHeapUsedMb)} MB, rss ${Math.round(run.peakRssMb)} MB (process max ${Math.round(run.maxRssMb)} MB); ` +
      `load average before ${loadBefore}, after ${loadAfter}; target < 60 s: ${reached && run.ms < 60_000 ? 'met' : 'MISSED'}`,
  );
  return {
    zones: problem.zones,
    ods: problem.ods,
    demandTeuPerWeek: problem.demandTeuPerWeek,
    gapTarget: WORLD_ASSIGNMENT.gap,
    maxIterations,
    buildMs: problem.buildMs,
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadAfter,
    ...run,
  };
}
