/**
 * How deeply a parsed JSON value nests, counted without recursion, so a value nested 100,000 levels deep is measured
 * (and refused by its caller) instead of overflowing the stack of whatever walks it next.
 *
 * @param value - any parsed JSON value
 * @param limit - stop counting past this depth (the answer is then `limit + 1`)
 * @returns 0 for a scalar, 1 for a flat array or object, and so on
 * @example
 * ```ts
 * import { jsonDepth } from '@corridor/core/model';
 *
 * console.log(jsonDepth({ a: [1, { b: 2 }] })); // → 3
 * console.log(jsonDepth(JSON.parse('[[[[[[0]]]]]]'), 3)); // → 4
 * ```
 */
export function jsonDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, here]);
  }
  return deepest;
}
