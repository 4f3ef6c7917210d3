// Section 3 of `pnpm bench`: timings of named queries, each optionally beside a reference. The world-network
// sections above measure the kernel; this one measures whole queries on real data (Fujian routes, Pareto
// fronts), listed in fujian-cases.ts.
import { type Timing, timeEach } from './timing.js';

/** One named query to time; `reference`, when given, is timed the same way and reported as a ratio. */
export interface NamedCase {
  /** What is measured, as printed: e.g. "best route XMN → DUI by time". */
  readonly name: string;
  /** Runs the query once. */
  readonly run: () => unknown;
  /** The slow twin, e.g. the same query through graphology-shortest-path. */
  readonly reference?: { readonly name: string; readonly run: () => unknown };
  /** Timed runs (default 50) after 5 untimed ones. */
  readonly runs?: number;
}

/** A measured {@link NamedCase}. */
export interface NamedCaseResult {
  readonly name: string;
  readonly ours: Timing;
  readonly reference?: { readonly name: string; readonly timing: Timing };
}

/**
 * Times every case (and its reference), in order.
 *
 * @param cases - the named queries
 * @returns one result per case
 */
export function runNamedCases(cases: readonly NamedCase[]): NamedCaseResult[] {
  return cases.map((namedCase) => {
    const runs = namedCase.runs ?? 50;
    const repeat = (run: () => unknown) => timeEach([run], (f) => void f(), runs, 5);
    const ours = repeat(namedCase.run);
    const reference = namedCase.reference;
    return reference === undefined
      ? { name: namedCase.name, ours }
      : { name: namedCase.name, ours, reference: { name: reference.name, timing: repeat(reference.run) } };
  });
}
