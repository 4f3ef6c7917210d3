// Section 4b of `pnpm bench` alone: the world-scale equilibrium (bench/world-assignment-section.ts), to the
// gap unless BENCH_WORLD_ASSIGNMENT_ITERATIONS caps it. Run after `pnpm --filter @corridor/bench exec tsc -p
// tsconfig.json`: `node --expose-gc bench/dist/run-world-assignment.js`. BENCH_WORLD_ASSIGNMENT_THREADS sets the
// searching threads (default: available parallelism; 1 = the library's one-thread search round).
import { availableParallelism } from 'node:os';
import { runWorldAssignmentSection } from './world-assignment-section.js';
import { buildWorld } from './world-network-benchmarks.js';

const WORLD_SEED = 20_240_601;
const maxIterations = Number(process.env.BENCH_WORLD_ASSIGNMENT_ITERATIONS ?? 200);
const threads = Number(process.env.BENCH_WORLD_ASSIGNMENT_THREADS ?? availableParallelism());

const world = buildWorld(WORLD_SEED);
console.log(
  `World network: ${world.compiled.nodeCount.toLocaleString('en')} nodes, ${world.compiled.edgeCount.toLocaleString('en')} edges (seed ${WORLD_SEED})`,
);
await runWorldAssignmentSection(world, maxIterations, threads);
