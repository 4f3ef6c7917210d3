import type { CompiledGraph } from '../graph/compiled-graph.js';
import type { NodeFacts } from '../graph/node-facts.js';

/** What is wrong with a path under the itinerary rules; empty lists when nothing is. */
export interface PathFaults {
  /** Terminals visited twice, ids. */
  readonly revisited: readonly string[];
  /** Countries left and come back to, ISO codes. */
  readonly reentered: readonly string[];
  /** Terminals a truck passes through to drive on (two road hauls in a row), ids. */
  readonly chainedTrucks: readonly string[];
}

/**
 * Checks a path against the itinerary rules: no terminal visited twice, no country left and re-entered.
 *
 * @param facts - node facts of the graph
 * @param compiled - the compiled graph
 * @param edges - compiled edge ids, origin to destination
 * @returns the faults found (none: both lists empty)
 */
export function pathFaults(facts: NodeFacts, compiled: CompiledGraph, edges: readonly number[]): PathFaults {
  const revisited: string[] = [];
  const reentered: string[] = [];
  const chainedTrucks: string[] = [];
  if (edges.length === 0) return { revisited, reentered, chainedTrucks };
  const seenTerminals = new Set<number>();
  const leftCountries = new Set<number>();
  let lastTerminal = -1;
  let currentCountry = -1;
  const visit = (n: number) => {
    const t = facts.terminal[n] as number;
    if (t !== -1 && t !== lastTerminal) {
      if (seenTerminals.has(t)) revisited.push(facts.terminalIds[t] as string);
      seenTerminals.add(t);
      lastTerminal = t;
    }
    const c = facts.groundCountry[n] as number;
    if (c !== -1 && c !== currentCountry) {
      if (leftCountries.has(c)) reentered.push(facts.countries[c] as string);
      if (currentCountry !== -1) leftCountries.add(currentCountry);
      currentCountry = c;
    }
  };
  visit(compiled.sources[edges[0] as number] as number);
  let previous = -1;
  for (const e of edges) {
    if (previous !== -1 && facts.truck[previous] === 1 && facts.truck[e] === 1) {
      const t = facts.terminal[compiled.sources[e] as number] as number;
      chainedTrucks.push(t === -1 ? '?' : (facts.terminalIds[t] as string));
    }
    visit(compiled.targets[e] as number);
    previous = e;
  }
  return { revisited: [...new Set(revisited)], reentered: [...new Set(reentered)], chainedTrucks };
}

/** Whether a path keeps the itinerary rules. */
export function keepsRules(facts: NodeFacts, compiled: CompiledGraph, edges: readonly number[]): boolean {
  const faults = pathFaults(facts, compiled, edges);
  return faults.revisited.length === 0 && faults.reentered.length === 0 && faults.chainedTrucks.length === 0;
}
