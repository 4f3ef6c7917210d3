/**
 * Folds text for searching: Unicode compatibility forms unified (full-width `Ａ` and `／` become `A` and `/`),
 * combining accents stripped (`Café` → `cafe`) and everything lower-cased. Letters that do not decompose, such as
 * `ł`, and Chinese characters stay as they are.
 *
 * @param text - any text
 * @returns the folded text
 * @example
 * ```ts
 * import { foldText } from '@corridor/core/model';
 *
 * console.log(foldText('Café ＸＭＮ')); // → cafe xmn
 * ```
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Splits a search query into folded words.
 *
 * @param query - what the user typed
 * @returns the words, folded with {@link foldText}; none for a blank query
 * @example
 * ```ts
 * import { queryWords } from '@corridor/core/model';
 *
 * console.log(queryWords('  Xiamen   HAICANG ')); // → [ 'xiamen', 'haicang' ]
 * ```
 */
export function queryWords(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .filter((word) => word !== '');
}
