// Section 4b of `pnpm bench`: user-equilibrium assignment at world scale. The library's assign() works on a
// Network; here an AssignmentProblem is built directly on the compiled generated world network (as the
// hand-made problem of packages/core/src/flow/assign.test.ts does), every edge a capacity element, and
// the library's equilibrium (`frankWolfe`: incremental start, gradient projection) run on it, path equilibration off.
import {
  type AssignmentProblem,
  frankWolfe,
  type IterationRecord,
  type OdPathFinder,
  shortestOdPaths,
} from '@corridor/core/flow';
import { type PreparedGraph, ShortestPathSearch } from '@corridor/core/graph';
import { mulberry32 } from './timing.js';
import type { World } from './world-network-benchmarks.js';

/** Kilometres an hour on the generated network: free-flow hours = km ÷ this. */
const SPEED_KMH = 60;

/** Options of {@link worldAssignmentProblem}. */
export interface WorldAssignmentOptions {
  readonly seed: number;
  /** Zones: random nodes (seeded) where demand starts and ends. */
  readonly zones: number;
  /** Destinations each zone sends to (random other zones). */
  readonly destinationsPerZone: number;
  /** Origins whose all-or-nothing flows set the capacity scale (a sample, scaled up). */
  readonly calibrationOrigins: number;
  /** Volume ÷ capacity wanted at the sampled all-or-nothing flows' `congestedQuantile` loaded edge. */
  readonly congestedQuantile: number;
}

/** The problem and what it was built from. */
export interface WorldAssignment {
  readonly problem: AssignmentProblem;
  readonly zones: number;
  readonly ods: number;
  readonly demandTeuPerWeek: number;
  /** Capacity per unit draw, TEU per week. */
  readonly capacityScale: number;
  readonly buildMs: number;
}

/**
 * Builds an assignment problem on the world network: one container class whose cost is free-flow hours
 * (BPR on every edge, alpha 0.15, beta 4), `zones` zones each sending 5–50 TEU/week to
 * `destinationsPerZone` other zones, and a capacity element per edge of `scale × (0.5 + U(0,1))` TEU/week.
 * The scale is set from a sample: the all-or-nothing flows of `calibrationOrigins` origins, scaled up to
 * all origins, put the loaded edge at `congestedQuantile` exactly at capacity — so the busiest edges start
 * congested and the rest do not.
 *
 * @param world - the generated, compiled network
 * @param options - seed, zones, destinations, calibration
 */
export function worldAssignmentProblem(world: World, options: WorldAssignmentOptions): WorldAssignment {
  const start = performance.now();
  const { compiled, lengthKm } = world;
  const edgeCount = compiled.edgeCount;
  const random = mulberry32(options.seed);
  const zoneSet = new Set<number>();
  while (zoneSet.size < options.zones) zoneSet.add(Math.floor(random() * compiled.nodeCount));
  const zones = [...zoneSet];
  const ods: AssignmentProblem['ods'][number][] = [];
  let demandTeuPerWeek = 0;
  zones.forEach((from, z) => {
    const picked = new Set<number>();
    while (picked.size < options.destinationsPerZone) {
      const d = Math.floor(random() * zones.length);
      if (d !== z) picked.add(d);
    }
    for (const d of picked) {
      const amountPerWeek = Math.round(5 + 45 * random());
      demandTeuPerWeek += amountPerWeek;
      const to = zones[d] as number;
      ods.push({
        od: { fromPlaceId: `n${from}`, toPlaceId: `n${to}`, cargo: 'container', unit: 'teu', amountPerWeek },
        classIndex: 0,
        from,
        to,
      });
    }
  });

  const hours = Float64Array.from(lengthKm, (km) => km / SPEED_KMH);
  const search = new ShortestPathSearch(compiled);
  // Capacity scale: sampled all-or-nothing volumes, scaled to every origin.
  const sampleVolume = new Float64Array(edgeCount);
  const sampled = zones.slice(0, options.calibrationOrigins);
  for (const origin of sampled) {
    search.run([origin], hours);
    for (const od of ods) {
      if (od.from !== origin) continue;
      for (const e of search.pathEdges(od.to) ?? [])
        sampleVolume[e] = (sampleVolume[e] as number) + od.od.amountPerWeek;
    }
  }
  const loaded = [...sampleVolume].filter((v) => v > 0).sort((a, b) => a - b);
  const quantile = loaded[Math.floor(options.congestedQuantile * (loaded.length - 1))] ?? 1;
  const capacityScale = (quantile * zones.length) / Math.max(1, sampled.length);
  const capacity = Float64Array.from({ length: edgeCount }, () => capacityScale * (0.5 + random()));

  const edges = Array.from({ length: edgeCount }, (_, e) => ({ kind: 'ride', mode: 'road', hours: hours[e] }));
  const prepared = { compiled, edges, search } as unknown as PreparedGraph;
  const problem: AssignmentProblem = {
    prepared,
    elements: Array.from({ length: edgeCount }, (_, e) => ({
      id: `edge:${e}`,
      kind: 'service-leg' as const,
      nameEn: '',
      nameZh: '',
      mode: 'road' as const,
      unit: 'teu' as const,
      capacityPerWeek: capacity[e] as number,
      backgroundPerWeek: 0,
      edges: [e],
    })),
    capacity,
    // The generated world carries no other traffic: every unit on it is assigned.
    background: new Float64Array(edgeCount),
    edgeElementOffsets: Uint32Array.from({ length: edgeCount + 1 }, (_, e) => e),
    edgeElementIds: Uint32Array.from({ length: edgeCount }, (_, e) => e),
    delayBaseHours: hours,
    classes: [
      {
        demandClass: { cargo: 'container', unit: 'teu', modes: ['road'], shipment: { teu: 1, tonnes: 10 } },
        criteria: {
          hours,
          waitHours: new Float64Array(edgeCount),
          usd: new Float64Array(edgeCount),
          co2eKg: new Float64Array(edgeCount),
          ttwCo2eKg: new Float64Array(edgeCount),
          distanceKm: lengthKm,
          shipment: { teu: 1, tonnes: 10 },
        },
        baseCost: hours,
        perHour: 1,
        blocked: new Uint8Array(edgeCount),
      },
    ],
    ods,
    volumeDelay: { alpha: 0.15, beta: 4 },
  };
  return {
    problem,
    zones: zones.length,
    ods: ods.length,
    demandTeuPerWeek,
    capacityScale,
    buildMs: performance.now() - start,
  };
}

/** What one world equilibrium run measured. */
export interface WorldEquilibriumRun {
  readonly ms: number;
  readonly iterations: number;
  readonly relativeGap: number;
  /** Process CPU time (user + system, all threads) over the run, ms: wall time is noisy on a shared machine. */
  readonly cpuMs: number;
  /** Wall time in the search rounds (every OD pair's shortest path: the one-to-many searches), ms. */
  readonly searchMs: number;
  /** Full search rounds run (one per iteration; the incremental start runs its searches in batches). */
  readonly searchRounds: number;
  /** One-to-many searches run, start included (one per origin per round). */
  readonly searches: number;
  /** Threads searching (1: the library's own `shortestOdPaths`). */
  readonly threads: number;
  readonly history: readonly {
    iteration: number;
    relativeGap: number;
    /** Elapsed since the start, ms. */
    ms: number;
    /** This iteration alone (since the previous record): wall ms, of which in searches. */
    iterationMs: number;
    searchMs: number;
  }[];
  /** Largest heapUsed seen (sampled before, after each iteration, and after), MB. */
  readonly peakHeapUsedMb: number;
  /** Largest rss sampled the same way, MB. */
  readonly peakRssMb: number;
  /** The process's maximum resident set size so far (getrusage), MB: the true peak, whole bench included. */
  readonly maxRssMb: number;
}

/**
 * Runs the library's equilibrium (`frankWolfe`) on the world problem to `gap` (path equilibration off),
 * timing its search rounds and sampling memory per iteration.
 *
 * @param world - the problem
 * @param finder - the search round (default the library's one-thread `shortestOdPaths`) and its thread count
 * @param gap - target relative gap
 * @param maxIterations - iteration cap
 * @param onIteration - called after each iteration with its record and the elapsed ms (progress lines)
 */
export function runWorldEquilibrium(
  world: WorldAssignment,
  gap: number,
  maxIterations: number,
  onIteration?: (record: IterationRecord, elapsedMs: number, split: WorldEquilibriumRun['history'][number]) => void,
  finder: { readonly find: OdPathFinder; readonly threads: number } = { find: shortestOdPaths, threads: 1 },
): WorldEquilibriumRun {
  let peakHeap = 0;
  let peakRss = 0;
  const sample = () => {
    const { heapUsed, rss } = process.memoryUsage();
    peakHeap = Math.max(peakHeap, heapUsed);
    peakRss = Math.max(peakRss, rss);
  };
  const history: WorldEquilibriumRun['history'][number][] = [];
  let searchMs = 0;
  let searchRounds = 0;
  let searches = 0;
  const findOdPaths: OdPathFinder = (problem, costs, blocked, only) => {
    const begin = performance.now();
    const found = finder.find(problem, costs, blocked, only);
    searchMs += performance.now() - begin;
    if (only === undefined) searchRounds++;
    searches += new Set((only ?? problem.ods.map((_, i) => i)).map((i) => problem.ods[i]?.from)).size;
    return found;
  };
  let lastMs = 0;
  let lastSearchMs = 0;
  sample();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const outcome = frankWolfe(world.problem, {
    gap,
    maxIterations,
    pathRounds: 0,
    findOdPaths,
    onIteration: (record) => {
      sample();
      const ms = performance.now() - start;
      history.push({
        iteration: record.iteration,
        relativeGap: record.relativeGap,
        ms,
        iterationMs: ms - lastMs,
        searchMs: searchMs - lastSearchMs,
      });
      lastMs = ms;
      lastSearchMs = searchMs;
      onIteration?.(record, ms, history.at(-1) as WorldEquilibriumRun['history'][number]);
    },
  });
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  sample();
  const mb = (bytes: number) => bytes / 2 ** 20;
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    searchMs,
    searchRounds,
    searches,
    threads: finder.threads,
    iterations: outcome.iterations,
    relativeGap: outcome.relativeGap,
    history,
    peakHeapUsedMb: mb(peakHeap),
    peakRssMb: mb(peakRss),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}
