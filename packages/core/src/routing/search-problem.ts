import type { PreparedGraph } from '../graph/prepare-graph.js';
import type { CheckedQuery } from './check-query.js';
import type { PathProblem } from './find-path.js';
import type { QueryContext } from './query-context.js';
import type { RouterSession } from './router-session.js';

/**
 * The compiled nodes a path through a via place must pass one of: its terminals and the service stops calling
 * there.
 *
 * @param graph - the prepared graph
 * @param via - terminal ids of the via place; `undefined` for none
 * @returns 1 per compiled node of the via place, or `undefined` without a via
 * @example
 * viaNodes(graph, ['xmn_port_haicang'])?.reduce((n, x) => n + x, 0); // nodes at that terminal
 */
export function viaNodes(graph: PreparedGraph, via: readonly string[] | undefined): Uint8Array | undefined {
  if (via === undefined) return undefined;
  const mask = new Uint8Array(graph.compiled.nodeCount);
  const terminals = new Set(via);
  graph.nodes.forEach((node, n) => {
    if ('terminalId' in node && terminals.has(node.terminalId)) mask[n] = 1;
  });
  return mask;
}

/**
 * The search problem of a query under some constraints (the query's own, or a relaxation of them): the graph
 * of their closed passages, the costed arrays, the ends and the via nodes.
 *
 * @param session - the router's session (graph cache, arrays memo)
 * @param context - the resolved query
 * @param checked - the constraints to search under
 * @returns the problem, or `null` when an end is not in the graph (closed off with its passages)
 * @example
 * const problem = searchProblem(session, context, context.checked);
 * const path = problem === null ? null : findPath(problem);
 */
export function searchProblem(
  session: RouterSession,
  context: QueryContext,
  checked: CheckedQuery,
): PathProblem | null {
  const graph = session.graph(checked.avoidPassages);
  const from = graph.compiled.nodeIndex.get(context.from.nodeKey);
  const to = graph.compiled.nodeIndex.get(context.to.nodeKey);
  if (from === undefined || to === undefined) return null;
  const { criteria, weights, blocked } = session.arrays(graph, context, checked);
  const via = viaNodes(graph, context.via);
  return {
    prepared: graph,
    criteria,
    weights,
    blocked,
    from,
    to,
    maxBoardings: checked.maxTransfers + 1,
    ...(via === undefined ? {} : { via }),
  };
}
