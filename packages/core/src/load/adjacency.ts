import type { GaugeMm } from '../model/network.js';

/** Neighbours of each node, both ways. */
export type Adjacency = Map<string, { to: string; gaugeMm?: GaugeMm }[]>;

/** Adds an undirected edge. */
export function addEdge(adjacency: Adjacency, from: string, to: string, gaugeMm?: GaugeMm): void {
  for (const [a, b] of [
    [from, to],
    [to, from],
  ] as const) {
    const list = adjacency.get(a) ?? [];
    list.push(gaugeMm === undefined ? { to: b } : { to: b, gaugeMm });
    adjacency.set(a, list);
  }
}

/** Breadth-first search; `passable(node)` says whether a path may go *through* a node. Returns the path. */
export function breadthFirstPath(
  adjacency: Adjacency,
  from: string,
  to: string,
  passable: (node: string) => boolean,
): string[] | undefined {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as string;
    if (node === to) {
      const path = [to];
      while (path[0] !== from) path.unshift(previous.get(path[0] as string) as string);
      return path;
    }
    if (node !== from && !passable(node)) continue;
    for (const { to: next } of adjacency.get(node) ?? []) {
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return undefined;
}
