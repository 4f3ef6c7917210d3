/**
 * A CSS `unicode-range` that lists exactly some code points, with runs of consecutive ones joined
 * (`U+4e2d-4e2e,U+56fd`): the browser consults the face for these characters only, and fetches its file only
 * when the page shows one of them.
 *
 * @param codePoints - the code points, in any order; repeats are ignored
 * @returns the descriptor's value, in ascending order; an empty string for no code points
 * @example
 * ```ts
 * console.log(unicodeRange([0x56fd, 0x4e2d, 0x4e2e])); // → U+4e2d-4e2e,U+56fd
 * ```
 */
export function unicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] === (sorted[end] ?? 0) + 1) end += 1;
    const first = (sorted[start] ?? 0).toString(16);
    runs.push(end === start ? `U+${first}` : `U+${first}-${(sorted[end] ?? 0).toString(16)}`);
    start = end + 1;
  }
  return runs.join(',');
}

/**
 * The code points a CSS `unicode-range` lists (`U+4e2d-4e2e,U+56fd`); wildcards (`U+4??`) are read as their range.
 *
 * @param range - the descriptor's value
 * @returns the code points, ascending, each once
 * @example
 * ```ts
 * console.log(codePointsOfUnicodeRange('U+56fd, U+4e2d-4e2e')); // → [ 20013, 20014, 22269 ]
 * ```
 */
export function codePointsOfUnicodeRange(range: string): number[] {
  const codePoints = new Set<number>();
  for (const part of range.split(',')) {
    const [first = '', last] = part.trim().replace(/^U\+/i, '').split('-');
    const start = Number.parseInt(first.replace(/\?/g, '0'), 16);
    const end = Number.parseInt(last ?? first.replace(/\?/g, 'f'), 16);
    if (Number.isNaN(start) || Number.isNaN(end)) throw new Error(`unicode-range: cannot read "${part}"`);
    for (let codePoint = start; codePoint <= end; codePoint += 1) codePoints.add(codePoint);
  }
  return [...codePoints].sort((a, b) => a - b);
}
