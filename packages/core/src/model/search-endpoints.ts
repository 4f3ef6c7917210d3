import type { EndpointOption } from './endpoint-options.js';
import { foldText, queryWords } from './fold-text.js';

/** Most options a search lists unless asked for more. */
export const MAX_ENDPOINT_MATCHES = 12;

/** A prepared search over a fixed list of endpoints: see {@link createEndpointSearch}. */
export type EndpointSearch = (query: string, limit?: number) => EndpointOption[];

/**
 * Prepares a search over endpoints, folding every code and name once: a search then only compares strings, so a
 * dataset of 285,000 places is searched in tens of milliseconds instead of folding them all at every keystroke.
 * The matches are {@link searchEndpoints}'s: an exact code (id, UN/LOCODE, IATA) first, then names equal to the
 * query, then names starting with it, then any option whose codes and names contain every word; places before
 * terminals within each (file order).
 *
 * @param options - from {@link endpointOptions}, places first
 * @returns the search: what the user typed (blank gives the first options) and the most matches, best first
 * @example
 * ```ts
 * import { createEndpointSearch, endpointOptions } from '@corridor/core/model';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const search = createEndpointSearch(endpointOptions(fujianNetwork));
 * console.log(search('xmn')[0]?.id); // → CNXMN
 * console.log(search('杜伊斯堡', 1)[0]?.id); // → DEDUI
 * ```
 */
export function createEndpointSearch(options: readonly EndpointOption[]): EndpointSearch {
  const folded = options.map((option) => {
    const codes = option.codes.map(foldText);
    const names = [foldText(option.nameEn), foldText(option.nameZh)];
    return { codes, names, haystack: [...codes, ...names].join('\n') };
  });
  return (query, limit = MAX_ENDPOINT_MATCHES) => {
    const words = queryWords(query);
    if (words.length === 0) return options.slice(0, limit);
    const whole = foldText(query.trim());
    // The best score is 0; once `limit` options score 0 nothing later can displace them, so the scan stops.
    const scored: { option: EndpointOption; score: number; order: number }[] = [];
    let exact = 0;
    for (let order = 0; order < options.length && exact < limit; order++) {
      const { codes, names, haystack } = folded[order] as (typeof folded)[number];
      if (!words.every((word) => haystack.includes(word))) continue;
      let score = 3;
      if (codes.includes(whole) || codes.some((code) => code.endsWith(whole) && whole.length === 3)) score = 0;
      else if (names.includes(whole)) score = 1;
      else if (names.some((name) => name.startsWith(whole))) score = 2;
      if (score === 0) exact += 1;
      scored.push({ option: options[order] as EndpointOption, score, order });
    }
    scored.sort((a, b) => a.score - b.score || a.order - b.order);
    return scored.slice(0, limit).map((entry) => entry.option);
  };
}

/**
 * Finds endpoints for what the user typed, once (a caller searching the same list again should keep a
 * {@link createEndpointSearch}): an exact code (id, UN/LOCODE, IATA) first, then names equal to the query, then
 * names starting with it, then any option whose codes and names contain every word; places before terminals
 * within each (file order).
 *
 * @param options - from {@link endpointOptions}, places first
 * @param query - what the user typed; blank gives the first options
 * @param limit - most matches returned
 * @returns the matches, best first
 * @example
 * ```ts
 * import { endpointOptions, searchEndpoints } from '@corridor/core/model';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const options = endpointOptions(fujianNetwork);
 * console.log(searchEndpoints(options, 'xmn')[0]?.id); // → CNXMN
 * console.log(searchEndpoints(options, '杜伊斯堡')[0]?.nameEn); // → Duisburg
 * ```
 */
export function searchEndpoints(
  options: readonly EndpointOption[],
  query: string,
  limit = MAX_ENDPOINT_MATCHES,
): EndpointOption[] {
  return createEndpointSearch(options)(query, limit);
}
