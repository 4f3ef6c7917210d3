// Timing helpers of `pnpm bench`: a plain loop with warm-up, then percentiles over the measured runs.
import { performance } from 'node:perf_hooks';

/** Percentiles of a set of measured runs, in milliseconds. */
export interface Timing {
  readonly runs: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
}

/**
 * Times `run(i)` for every index of `inputs`, `rounds` times after `warmupRounds` untimed rounds.
 *
 * @param inputs - one query per element (an OD pair, a source, …)
 * @param run - runs one query
 * @param rounds - timed passes over all inputs
 * @param warmupRounds - untimed passes first (JIT, caches)
 * @returns p50, p99 and mean over `inputs.length × rounds` runs, ms
 */
export function timeEach<T>(inputs: readonly T[], run: (input: T) => void, rounds: number, warmupRounds = 1): Timing {
  collectGarbage();
  for (let round = 0; round < warmupRounds; round++) for (const input of inputs) run(input);
  const samplesMs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      const start = performance.now();
      run(input);
      samplesMs.push(performance.now() - start);
    }
  }
  return summarize(samplesMs);
}

/**
 * Like {@link timeEach} for several implementations of the same queries, alternating them round by round,
 * so that load from other processes on a shared machine falls on all of them alike.
 *
 * @param inputs - one query per element
 * @param runs - each implementation, by name
 * @param rounds - timed passes, each over every implementation and input
 * @returns one timing per name
 */
export function timeInterleaved<T, K extends string>(
  inputs: readonly T[],
  runs: Record<K, (input: T) => void>,
  rounds: number,
): Record<K, Timing> {
  const names = Object.keys(runs) as K[];
  const samples = new Map<K, number[]>(names.map((name) => [name, []]));
  for (const name of names) for (const input of inputs) runs[name](input);
  collectGarbage();
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      for (const input of inputs) {
        const start = performance.now();
        runs[name](input);
        samples.get(name)?.push(performance.now() - start);
      }
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarize(samples.get(name) ?? [])])) as Record<K, Timing>;
}

/** Runs a full garbage collection when node runs with --expose-gc, so earlier garbage is not collected mid-timing. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * @param samplesMs - measured durations, ms
 * @returns nearest-rank p50 and p99, and the mean
 */
export function summarize(samplesMs: readonly number[]): Timing {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
  const meanMs = sorted.reduce((sum, ms) => sum + ms, 0) / Math.max(1, sorted.length);
  return { runs: sorted.length, p50Ms: rank(0.5), p99Ms: rank(0.99), meanMs };
}

/** The median of a set of samples (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** mulberry32: the benchmark's seeded PRNG, floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `12.3 ms` with 3 significant digits (at least one decimal). */
export function formatMs(ms: number): string {
  return `${ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2)} ms`;
}

/** `23.4×`: how many times faster ours is than the reference (reference ÷ ours). */
export function formatRatio(reference: number, ours: number): string {
  const ratio = reference / ours;
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}×`;
}
