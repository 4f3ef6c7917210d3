import type { NodeFacts } from '../graph/node-facts.js';
import type { PathProblem } from './find-path.js';
import { LabelQueue } from './label-queue.js';

/**
 * Labels a node may hold at once. Labels at one node differ in the terminals and countries behind them; past
 * this many the costliest newcomers are dropped, so the search stays fast — and exact whenever no node fills up
 * (the all-pairs test checks the answers it gives keep the rules).
 */
export const MAX_LABELS_PER_NODE = 24;

/** A path found: compiled edge ids and its objective value. */
export interface RuleKeepingPath {
  readonly edges: number[];
  readonly value: number;
}

/**
 * The best path that keeps the itinerary rules — no terminal visited twice, no country left and re-entered
 * , no two truck hauls in a row (`path-rules.ts`) — by label setting over (node, terminals visited, countries
 * left, boardings, via passed, arrived by truck):
 * a label is dropped when another at its node costs no more, boarded no more, passed the via if it did, stands
 * in the same country at the same terminal, and has visited and left no more. Dijkstra order on non-negative
 * weights, so the first label settled at the destination is the best rule-keeping path (see
 * {@link MAX_LABELS_PER_NODE}). Untimed: a timed query is timed along the path afterwards.
 *
 * @param problem - the search problem (weights, mask, ends, transfer cap, via)
 * @param facts - node facts of the problem's graph
 * @returns the path, or `null` when every path breaks a rule or a constraint
 */
export function ruleKeepingSearch(problem: PathProblem, facts: NodeFacts): RuleKeepingPath | null {
  const { compiled, isBoard } = problem.prepared;
  const { offsets, targets } = compiled;
  const { weights, blocked, via } = problem;
  const node: number[] = [];
  const parent: number[] = [];
  const edgeOf: number[] = [];
  const cost: number[] = [];
  const boards: number[] = [];
  const passed: number[] = [];
  const lastTerminal: number[] = [];
  const country: number[] = [];
  const visited: bigint[] = [];
  const left: bigint[] = [];
  const byTruck: number[] = [];
  const alive: boolean[] = [];
  const bags = new Map<number, number[]>();
  const queue = new LabelQueue();

  const add = (
    v: number,
    p: number,
    e: number,
    c: number,
    b: number,
    w: number,
    t: number,
    k: number,
    seen: bigint,
    out: bigint,
    truck: number,
  ) => {
    const bag = bags.get(v) ?? [];
    for (const other of bag) {
      if (
        (cost[other] as number) <= c &&
        (boards[other] as number) <= b &&
        (passed[other] as number) >= w &&
        lastTerminal[other] === t &&
        country[other] === k &&
        byTruck[other] === truck &&
        ((visited[other] as bigint) & ~seen) === 0n &&
        ((left[other] as bigint) & ~out) === 0n
      ) {
        return;
      }
    }
    const kept = bag.filter((other) => {
      const worse =
        c <= (cost[other] as number) &&
        b <= (boards[other] as number) &&
        w >= (passed[other] as number) &&
        lastTerminal[other] === t &&
        country[other] === k &&
        byTruck[other] === truck &&
        (seen & ~(visited[other] as bigint)) === 0n &&
        (out & ~(left[other] as bigint)) === 0n;
      if (worse) alive[other] = false;
      return !worse;
    });
    if (kept.length >= MAX_LABELS_PER_NODE) return;
    const id = node.length;
    node.push(v);
    parent.push(p);
    edgeOf.push(e);
    cost.push(c);
    boards.push(b);
    passed.push(w);
    lastTerminal.push(t);
    country.push(k);
    visited.push(seen);
    left.push(out);
    byTruck.push(truck);
    alive.push(true);
    kept.push(id);
    bags.set(v, kept);
    queue.push(id, c);
  };

  /** The state after arriving at node v from a label's state; `null` when v breaks a rule. */
  const enter = (v: number, t0: number, k0: number, seen0: bigint, out0: bigint) => {
    let t = t0;
    let seen = seen0;
    const terminal = facts.terminal[v] as number;
    if (terminal !== -1 && terminal !== t0) {
      const bit = 1n << BigInt(terminal);
      if ((seen & bit) !== 0n) return null;
      seen |= bit;
      t = terminal;
    }
    let k = k0;
    let out = out0;
    const ground = facts.groundCountry[v] as number;
    if (ground !== -1 && ground !== k0) {
      const bit = 1n << BigInt(ground);
      if ((out & bit) !== 0n) return null;
      if (k0 !== -1) out |= 1n << BigInt(k0);
      k = ground;
    }
    return { t, k, seen, out };
  };

  const start = enter(problem.from, -1, -1, 0n, 0n);
  if (start === null) return null;
  const startPassed = via === undefined || via[problem.from] === 1 ? 1 : 0;
  add(problem.from, -1, -1, 0, 0, startPassed, start.t, start.k, start.seen, start.out, 0);
  for (let label = queue.pop(); label !== -1; label = queue.pop()) {
    if (alive[label] !== true) continue;
    const u = node[label] as number;
    if (u === problem.to && passed[label] === 1) {
      const edges: number[] = [];
      for (let at = label; (parent[at] as number) !== -1; at = parent[at] as number) edges.push(edgeOf[at] as number);
      return { edges: edges.reverse(), value: cost[label] as number };
    }
    const b = boards[label] as number;
    for (let e = offsets[u] as number, end = offsets[u + 1] as number; e < end; e++) {
      if (blocked[e] === 1) continue;
      const truck = facts.truck[e] as number;
      if (truck === 1 && byTruck[label] === 1) continue; // one truck haul, never two in a row
      const nb = b + (isBoard[e] as number);
      if (nb > problem.maxBoardings) continue;
      const v = targets[e] as number;
      const state = enter(
        v,
        lastTerminal[label] as number,
        country[label] as number,
        visited[label] as bigint,
        left[label] as bigint,
      );
      if (state === null) continue;
      const w = passed[label] === 1 || via?.[v] === 1 ? 1 : 0;
      const c = (cost[label] as number) + (weights[e] as number);
      add(v, label, e, c, nb, w, state.t, state.k, state.seen, state.out, truck);
    }
  }
  return null;
}
