// `pnpm bench`: Corridor's search kernel side by side with its references on one generated world network,
// in one process, same graph, same weights, same queries. Prints a report and writes .reports/bench.json.
// Never part of `npm test`: it measures, it does not pass or fail (it exits non-zero only if it crashes).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assign } from '@corridor/core/flow';
import { buildInfrastructureGraphs } from '@corridor/core/geo';
import { prepareGraph } from '@corridor/core/graph';
import { loadNetwork } from '@corridor/core/load';
import { readDatasetDirectory } from '@corridor/core/node';
import { fujianCases } from './fujian-cases.js';
import { findIgraphPython, IGRAPH_INSTALL_HINT, runIgraph } from './igraph-reference.js';
import { runNamedCases } from './named-cases.js';
import { collectGarbage, formatMs, formatRatio, summarize, type Timing, timeEach } from './timing.js';
import { runWorldAssignmentSection } from './world-assignment-section.js';
import {
  benchmarkOneToAll,
  benchmarkOneToOne,
  buildWorld,
  type CostCheck,
  checkCost,
  NO_CHECK,
  randomNodes,
  reachedSums,
  timeOursOneToAll,
} from './world-network-benchmarks.js';

const WORLD_SEED = 20_240_601;
const QUERY_SEED = 7;
const OD_PAIRS = 50;
const ONE_TO_ALL_SOURCES = 10;
const IGRAPH_ROUNDS = 5;
/** World assignment (bench/world-assignment-section.ts): the iteration cap; the env overrides it. */
const WORLD_MAX_ITERATIONS = Number(process.env.BENCH_WORLD_ASSIGNMENT_ITERATIONS ?? 200);
/** Searching threads of the world assignment (main + workers); BENCH_WORLD_ASSIGNMENT_THREADS=1 for one. */
const WORLD_THREADS = Number(process.env.BENCH_WORLD_ASSIGNMENT_THREADS ?? cpus().length);

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const row = (label: string, timing: Timing) =>
  console.log(
    `   ${label.padEnd(66)} p50 ${formatMs(timing.p50Ms).padStart(9)}   p99 ${formatMs(timing.p99Ms).padStart(9)}   (${timing.runs} runs)`,
  );
const ratioRow = (label: string, reference: Timing, ours: Timing) =>
  console.log(
    `   ${label.padEnd(66)} p50 ${formatRatio(reference.p50Ms, ours.p50Ms).padStart(9)}   p99 ${formatRatio(reference.p99Ms, ours.p99Ms).padStart(9)}`,
  );
const agreement = (check: CostCheck) =>
  `${check.withinTolerance === check.compared ? 'yes' : 'NO'} (${check.withinTolerance}/${check.compared} within 1e-9 relative, ${check.identical}/${check.compared} bit-identical)`;

const machine = {
  node: process.version,
  platform: `${platform()} ${process.arch}`,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 2 ** 30),
};
console.log(
  `Corridor benchmarks — Node ${machine.node}, ${machine.platform}, ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB`,
);

const world = buildWorld(WORLD_SEED);
const { nodeCount, edgeCount } = world.compiled;
console.log(
  `World network: generateWorldNetwork({ seed: ${WORLD_SEED} }) — ${nodeCount.toLocaleString('en')} nodes, ${edgeCount.toLocaleString('en')} directed edges ` +
    `(generated in ${(world.generateMs / 1000).toFixed(1)} s, compiled in ${(world.compileMs / 1000).toFixed(2)} s); weights: lengthKm`,
);

const nodes = randomNodes(nodeCount, 2 * OD_PAIRS, QUERY_SEED);
const pairs = Array.from({ length: OD_PAIRS }, (_, i) => [nodes[2 * i], nodes[2 * i + 1]] as [number, number]);
console.log(`\n1. One-to-one shortest path, ${OD_PAIRS} random OD pairs (seed ${QUERY_SEED})`);
const oneToOne = benchmarkOneToOne(world, pairs);
row('ours: ShortestPathSearch.run with target (early exit)', oneToOne.ours);
row('graphology-shortest-path dijkstra.bidirectional', oneToOne.graphology);
ratioRow('speed-up (graphology ÷ ours)', oneToOne.graphology, oneToOne.ours);
console.log(`   costs identical: ${agreement(oneToOne.costs)}`);

const sources = randomNodes(nodeCount, ONE_TO_ALL_SOURCES, QUERY_SEED + 1);
console.log(
  `\n2. One-to-all shortest paths (whole tree), ${ONE_TO_ALL_SOURCES} random sources (seed ${QUERY_SEED + 1})`,
);
const oneToAll = benchmarkOneToAll(world, sources);
row('ours: ShortestPathSearch.run (indexed heap, decrease-key)', oneToAll.ours);
row('ours, variant: lazy-deletion heap (bench/lazy-heap-search.ts)', oneToAll.oursLazyHeap);
row('ours on the breadth-first graph (reorderBreadthFirst), as the assignment', oneToAll.oursBreadthFirst);
row('graphology-shortest-path dijkstra.singleSource (builds paths)', oneToAll.graphology);
ratioRow('speed-up (graphology ÷ ours)', oneToAll.graphology, oneToAll.ours);
ratioRow('lazy-deletion heap ÷ indexed heap (> 1: indexed faster)', oneToAll.oursLazyHeap, oneToAll.ours);
ratioRow('compiled order ÷ breadth-first order (> 1: breadth-first faster)', oneToAll.ours, oneToAll.oursBreadthFirst);
console.log(`   costs identical (graphology, every node from source 1): ${agreement(oneToAll.costs)}`);
console.log(`   costs identical (lazy-heap variant, every node, every source): ${agreement(oneToAll.lazyHeapCosts)}`);
console.log(
  `   costs identical (breadth-first graph, every node, every source): ${agreement(oneToAll.breadthFirstCosts)}`,
);

let igraph: Record<string, unknown> = { skipped: true };
const python = findIgraphPython();
if (python === undefined) {
  console.log(`   igraph (C) rows skipped: no python3 with igraph found — ${IGRAPH_INSTALL_HINT}`);
} else {
  try {
    igraph = { skipped: false, python, ...compareWithIgraph(python) };
  } catch (error) {
    console.log(`   igraph (C) rows skipped: ${error instanceof Error ? error.message : String(error)}`);
  }
}

console.log('\n3. Named query cases (bench/fujian-cases.ts)');
const named = runNamedCases(fujianCases());
if (named.length === 0) console.log('   none yet');
for (const result of named) {
  row(result.name, result.ours);
  if (result.reference !== undefined) {
    row(result.reference.name, result.reference.timing);
    ratioRow('speed-up (reference ÷ ours)', result.reference.timing, result.ours);
  }
}

console.log('\n4. Assignment (user equilibrium: incremental start, then gradient projection with column generation)');
const fujianNetwork = loadNetwork(readDatasetDirectory(join(repoRoot, 'data', 'fujian')));
const fujianPrepared = prepareGraph(fujianNetwork, buildInfrastructureGraphs(fujianNetwork), new Set());
const fujianRun = assign(fujianNetwork, { method: 'equilibrium', gap: 1e-4, prepared: fujianPrepared });
const fujianWhole = timeEach([fujianNetwork], (n) => assign(n, { method: 'equilibrium', gap: 1e-4 }), 5, 1);
const fujianSolve = timeEach(
  [fujianNetwork],
  (n) => assign(n, { method: 'equilibrium', gap: 1e-4, prepared: fujianPrepared }),
  5,
  1,
);
const fujianPhases = (['frank-wolfe', 'gradient-projection', 'path-equilibration'] as const)
  .map((phase) => `${fujianRun.history.filter((h) => h.phase === phase).length} ${phase}`)
  .filter((count) => !count.startsWith('0 '))
  .join(' + ');
console.log(
  `   a. Fujian demand (${fujianRun.ods.length} OD pairs), gap 1e-4: ${fujianRun.iterations} iterations ` +
    `(${fujianPhases}), ` +
    `gap reached ${fujianRun.relativeGap.toExponential(2)}; target < 1 s`,
);
row('assign(), whole (builds the graph; median of 5)', fujianWhole);
row('assign() on a prepared graph (median of 5)', fujianSolve);

const worldAssignment = await runWorldAssignmentSection(world, WORLD_MAX_ITERATIONS, WORLD_THREADS);

const report = {
  date: new Date().toISOString(),
  command: 'pnpm bench',
  machine,
  world: {
    seed: WORLD_SEED,
    nodes: nodeCount,
    edges: edgeCount,
    generateMs: world.generateMs,
    compileMs: world.compileMs,
  },
  oneToOne: { seed: QUERY_SEED, ...oneToOne },
  oneToAll: { seed: QUERY_SEED + 1, ...oneToAll },
  igraph,
  named,
  assignment: {
    fujian: {
      iterations: fujianRun.iterations,
      relativeGap: fujianRun.relativeGap,
      whole: fujianWhole,
      preparedGraph: fujianSolve,
    },
    world: worldAssignment,
  },
};
mkdirSync(join(repoRoot, '.reports'), { recursive: true });
writeFileSync(join(repoRoot, '.reports', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('\nReport written to .reports/bench.json');

/** Section 2 (native part): igraph's one-to-all from the same sources, and ours timed the same way. */
function compareWithIgraph(python: string) {
  collectGarbage();
  const run = runIgraph(python, world.compiled, world.lengthKm, sources, IGRAPH_ROUNDS);
  const full = summarize(run.timingsMs);
  const overhead = summarize(run.overheadMs);
  const net = summarize(run.timingsMs.map((ms, i) => ms - (run.overheadMs[i] ?? 0)));
  const ours = timeOursOneToAll(world, sources, IGRAPH_ROUNDS);
  let costs = NO_CHECK;
  reachedSums(world, sources).forEach(({ reached, sumKm }, i) => {
    costs = checkCost(costs, reached, run.checks[i]?.reached ?? -1);
    costs = checkCost(costs, sumKm, run.checks[i]?.sumKm ?? Number.NaN);
  });
  row('ours, same sources and rounds as igraph', ours);
  row(`igraph ${run.igraph} Graph.distances (C Dijkstra, from Python ${run.python})`, full);
  row('  of which per-call overhead (same call, target = source)', overhead);
  row('  igraph net of that overhead (≈ the C search alone)', net);
  ratioRow('igraph ÷ ours (> 1: ours faster)', full, ours);
  ratioRow('igraph net ÷ ours (> 1: ours faster)', net, ours);
  console.log(`   costs identical (reached count and sum of distances per source): ${agreement(costs)}`);
  return {
    version: run.igraph,
    pythonVersion: run.python,
    loadMs: run.loadMs,
    ours,
    igraph: full,
    overhead,
    net,
    costs,
  };
}
