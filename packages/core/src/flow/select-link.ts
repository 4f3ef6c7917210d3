import { CorridorError } from '../model/corridor-error.js';
import { didYouMean, suggest } from '../model/suggest.js';
import type { AssignmentResult } from './assignment-result.js';
import type { FlowUnit } from './capacity-elements.js';

/** An OD pair's flow through an element. */
export interface SelectedFlow {
  readonly from: string;
  readonly to: string;
  readonly cargo: string;
  readonly unit: FlowUnit;
  readonly flowPerWeek: number;
  /** Share of the element's flow. */
  readonly share: number;
}

/**
 * Select-link analysis: which OD pairs use an element ("which OD pairs use Małaszewicze?"), from the
 * path flows of an assignment, largest first.
 *
 * @param result - an assignment
 * @param elementId - `border-crossing:brest_malaszewicze`, `terminal:xmn_port_haicang`, `service:<id>:<leg>`;
 *   a terminal or service id alone also works (every element of it)
 * @throws CorridorError `unknown-reference` with a "did you mean"
 * @example
 * ```ts
 * import { assign, selectLink } from '@corridor/core/flow';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const users = selectLink(assign(fujianNetwork), 'border-crossing:brest_malaszewicze');
 * const [largest] = users;
 * console.log(users.length, largest?.from, largest?.to, largest?.cargo, largest?.share.toFixed(2)); // → 10 CNXMN DEHAM container 0.22
 * ```
 */
export function selectLink(result: AssignmentResult, elementId: string): SelectedFlow[] {
  const { problem } = result;
  const matches = problem.elements
    .map((element, k) => ({ element, k }))
    .filter(
      ({ element }) =>
        element.id === elementId ||
        element.terminalId === elementId ||
        (element.serviceId !== undefined &&
          (element.serviceId === elementId || element.id.startsWith(`service:${elementId}:`))),
    );
  if (matches.length === 0) {
    const ids = problem.elements.map((e) => e.id);
    throw new CorridorError(
      'unknown-reference',
      `select-link: unknown element "${elementId}"${didYouMean(suggest(elementId, ids))}`,
    );
  }
  return selectEdges(result, new Set(matches.flatMap(({ element }) => element.edges)));
}

/**
 * Select-link over any set of compiled edges (a whole corridor, a group of elements): the OD pairs whose
 * paths use any of them, largest first, with their shares.
 *
 * @param result - an assignment
 * @param edges - compiled edge ids of `result.problem.prepared`
 * @example
 * ```ts
 * import { assign, selectEdges } from '@corridor/core/flow';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const result = assign(fujianNetwork);
 * const crossings = result.problem.elements.filter((e) => e.kind === 'border-crossing');
 * const users = selectEdges(result, new Set(crossings.flatMap((e) => e.edges)));
 * console.log(users.length, users[0]?.from, users[0]?.to, Math.round(users[0]?.flowPerWeek ?? 0)); // → 20 CNFOC RUMOW 60
 * ```
 */
export function selectEdges(result: AssignmentResult, edges: ReadonlySet<number>): SelectedFlow[] {
  const byOd: SelectedFlow[] = [];
  let total = 0;
  for (const od of result.ods) {
    let flow = 0;
    for (const path of od.paths) if (path.edges.some((e) => edges.has(e))) flow += path.flowPerWeek;
    if (flow > 1e-9) {
      byOd.push({ from: od.from, to: od.to, cargo: od.cargo, unit: od.unit, flowPerWeek: flow, share: 0 });
      total += flow;
    }
  }
  return byOd
    .map((s) => ({ ...s, share: total > 0 ? s.flowPerWeek / total : 0 }))
    .sort((a, b) => b.flowPerWeek - a.flowPerWeek || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}
