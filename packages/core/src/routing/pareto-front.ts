import type { CriteriaArrays } from '../costing/criteria-arrays.js';
import type { PreparedGraph } from '../graph/prepare-graph.js';
import { LabelQueue } from './label-queue.js';

/** Boardings a Pareto search allows when the query sets no transfer limit (5 transfers). */
export const PARETO_DEFAULT_MAX_BOARDINGS = 6;

/**
 * The Pareto front over (hours, USD, kg CO2e) by multi-criteria label setting: each node keeps a bag of
 * labels none of which dominates another; a label is dropped when a label at its node, or one already
 * at the destination, is no worse in all three criteria with no more boardings. Labels carry the itinerary
 * rules' state (path-rules.ts): a step to a terminal already visited, back into a country left, or a second
 * truck haul in a row is never taken, and a label dominates another at its node only in the same country,
 * terminal and truck state with no more countries left. The terminals visited stay out of dominance (with them
 * the labels multiply a hundredfold): the front may miss a point only a label with fewer visits would reach. Labels are settled in
 * order of a positive weighted sum, so every label popped at the destination is on the front.
 *
 * @param prepared - the compiled graph
 * @param criteria - costed edges (average waits)
 * @param blocked - 1 per edge the query may not use
 * @param from - origin compiled node
 * @param to - destination compiled node
 * @param maxBoardings - transfers + 1 (`Infinity` → {@link PARETO_DEFAULT_MAX_BOARDINGS})
 * @param via - compiled nodes of which every path must pass one (a label remembers whether it has)
 * @returns the paths of the front as compiled edge ids, in the order found (fastest-weighted first)
 */
export function paretoFront(
  prepared: PreparedGraph,
  criteria: CriteriaArrays,
  blocked: Uint8Array,
  from: number,
  to: number,
  maxBoardings: number,
  via?: Uint8Array,
): number[][] {
  const limit = Number.isFinite(maxBoardings) ? maxBoardings : PARETO_DEFAULT_MAX_BOARDINGS;
  const { offsets, targets } = prepared.compiled;
  const hoursOf = (e: number) => (criteria.hours[e] as number) + (criteria.waitHours[e] as number);
  const node: number[] = [];
  const parent: number[] = [];
  const viaEdge: number[] = [];
  const hours: number[] = [];
  const usd: number[] = [];
  const kg: number[] = [];
  const boards: number[] = [];
  const passed: number[] = [];
  const alive: boolean[] = [];
  // The itinerary rules' state (path-rules.ts): terminal stood at, country on the ground, terminals visited
  // and countries left; a label only dominates another in the same state with no more visited or left.
  const { facts } = prepared;
  const lastTerminal: number[] = [];
  const country: number[] = [];
  const visited: bigint[] = [];
  const left: bigint[] = [];
  const byTruck: number[] = [];
  let state = { t: -1, c: -1, seen: 0n, out: 0n, truck: 0 };
  const enter = (v: number, from: number, edge: number): boolean => {
    const truck = edge === -1 ? 0 : (facts.truck[edge] as number);
    if (truck === 1 && from !== -1 && byTruck[from] === 1) return false; // one truck haul, never two in a row
    let t = from === -1 ? -1 : (lastTerminal[from] as number);
    let seen = from === -1 ? 0n : (visited[from] as bigint);
    let c = from === -1 ? -1 : (country[from] as number);
    let out = from === -1 ? 0n : (left[from] as bigint);
    const terminal = facts.terminal[v] as number;
    if (terminal !== -1 && terminal !== t) {
      const bit = 1n << BigInt(terminal);
      if ((seen & bit) !== 0n) return false;
      seen |= bit;
      t = terminal;
    }
    const ground = facts.groundCountry[v] as number;
    if (ground !== -1 && ground !== c) {
      if ((out & (1n << BigInt(ground))) !== 0n) return false;
      if (c !== -1) out |= 1n << BigInt(c);
      c = ground;
    }
    state = { t, c, seen, out, truck };
    return true;
  };
  const bags = new Map<number, number[]>();
  const queue = new LabelQueue();
  const dominates = (a: number, h: number, u: number, k: number, b: number, w: number) =>
    (hours[a] as number) <= h &&
    (usd[a] as number) <= u &&
    (kg[a] as number) <= k &&
    (boards[a] as number) <= b &&
    (passed[a] as number) >= w;
  // At the destination nothing follows, so the rules' state no longer matters: plain dominance there.
  const sameOrLess = (a: number) =>
    node[a] === to ||
    (lastTerminal[a] === state.t &&
      country[a] === state.c &&
      byTruck[a] === state.truck &&
      ((left[a] as bigint) & ~state.out) === 0n);
  const add = (v: number, p: number, e: number, h: number, u: number, k: number, b: number, w0: number) => {
    if (!enter(v, p, e)) return;
    const w = via === undefined || w0 === 1 || via[v] === 1 ? 1 : 0;
    const atTarget = bags.get(to) ?? [];
    for (const t of atTarget) if (dominates(t, h, u, k, Number.POSITIVE_INFINITY, 1)) return;
    const bag = bags.get(v) ?? [];
    for (const other of bag) if (dominates(other, h, u, k, b, w) && sameOrLess(other)) return;
    const id = node.length;
    node.push(v);
    parent.push(p);
    viaEdge.push(e);
    hours.push(h);
    usd.push(u);
    kg.push(k);
    boards.push(b);
    passed.push(w);
    alive.push(true);
    lastTerminal.push(state.t);
    country.push(state.c);
    visited.push(state.seen);
    left.push(state.out);
    byTruck.push(state.truck);
    const kept = bag.filter((other) => {
      const worse =
        h <= (hours[other] as number) &&
        u <= (usd[other] as number) &&
        k <= (kg[other] as number) &&
        b <= (boards[other] as number) &&
        w >= (passed[other] as number) &&
        (v === to ||
          (lastTerminal[other] === state.t &&
            country[other] === state.c &&
            byTruck[other] === state.truck &&
            (state.out & ~(left[other] as bigint)) === 0n));
      if (worse) alive[other] = false;
      return !worse;
    });
    kept.push(id);
    bags.set(v, kept);
    queue.push(id, h + 0.01 * u + 0.01 * k);
  };
  add(from, -1, -1, 0, 0, 0, 0, 0);
  const front: number[] = [];
  for (let label = queue.pop(); label !== -1; label = queue.pop()) {
    if (alive[label] !== true) continue;
    const u = node[label] as number;
    if (u === to) {
      if (passed[label] === 1) front.push(label);
      continue;
    }
    const b = boards[label] as number;
    for (let e = offsets[u] as number, end = offsets[u + 1] as number; e < end; e++) {
      if (blocked[e] === 1) continue;
      const nb = b + (prepared.isBoard[e] as number);
      if (nb > limit) continue;
      add(
        targets[e] as number,
        label,
        e,
        (hours[label] as number) + hoursOf(e),
        (usd[label] as number) + (criteria.usd[e] as number),
        (kg[label] as number) + (criteria.co2eKg[e] as number),
        nb,
        passed[label] as number,
      );
    }
  }
  return front
    .filter((label) => alive[label] === true)
    .map((label) => {
      const edges: number[] = [];
      for (let at = label; (parent[at] as number) !== -1; at = parent[at] as number) edges.push(viaEdge[at] as number);
      return edges.reverse();
    });
}
