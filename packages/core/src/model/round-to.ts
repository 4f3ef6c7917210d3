/**
 * Rounds to a number of decimal places: coordinates to 5 (about 1 m), distances to 1, so that outputs are
 * byte-identical across runs and small.
 *
 * @param value - the number
 * @param digits - decimal places
 * @example
 * ```ts
 * import { roundTo } from '@corridor/core/model';
 *
 * console.log(roundTo(118.0893461, 5)); // → 118.08935
 * console.log(roundTo(2959.74, 0)); // → 2960
 * ```
 */
export function roundTo(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}
