/** Longest excerpt of a bad value an error message quotes, in characters. */
export const MAX_EXCERPT_LENGTH = 80;

/**
 * A value cut for quoting in a message: at most {@link MAX_EXCERPT_LENGTH} characters (code points), the last one an ellipsis
 * when it was cut, so that a megabyte-long cell cannot flood a terminal or a log.
 *
 * @param text - the value as written
 * @param maxLength - the most characters to keep (default 80)
 * @returns the text, or its first `maxLength − 1` characters and `…`
 * @example
 * ```ts
 * import { excerpt } from '@corridor/core/model';
 *
 * console.log(excerpt('x'.repeat(100)).length); // → 80
 * console.log(excerpt('Xiamen Haicang terminal', 10)); // → Xiamen Ha…
 * ```
 */
export function excerpt(text: string, maxLength = MAX_EXCERPT_LENGTH): string {
  if (text.length <= maxLength) return text;
  // Cut by code points, so a surrogate pair is never split.
  const points = Array.from(text);
  return points.length <= maxLength ? text : `${points.slice(0, maxLength - 1).join('')}…`;
}
