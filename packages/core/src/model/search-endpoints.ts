import type { EndpointOption } from './endpoint-options.js';
import { foldText, queryWords } from './fold-text.js';

/** Most options a search lists unless asked for more. */
export const MAX_ENDPOINT_MATCHES = 12;

/**
 * Finds endpoints for what the user typed: an exact code (id, UN/LOCODE, IATA) first, then names equal to the
 * query, then names starting with it, then any option whose codes and names contain every word; places before
 * terminals within each (file order).
 *
 * @param options - from {@link endpointOptions}, places first
 * @param query - what the user typed; blank gives the first options
 * @param limit - most matches returned
 * @returns the matches, best first
 * @example
 * searchEndpoints(options, 'xmn')[0]?.id; // 'CNXMN'
 * searchEndpoints(options, '杜伊斯堡')[0]?.id; // 'DEDUI'
 */
export function searchEndpoints(
  options: readonly EndpointOption[],
  query: string,
  limit = MAX_ENDPOINT_MATCHES,
): EndpointOption[] {
  const words = queryWords(query);
  if (words.length === 0) return options.slice(0, limit);
  const whole = foldText(query.trim());
  const scored: { option: EndpointOption; score: number; order: number }[] = [];
  options.forEach((option, order) => {
    const codes = option.codes.map(foldText);
    const names = [foldText(option.nameEn), foldText(option.nameZh)];
    const haystack = [...codes, ...names].join('\n');
    if (!words.every((word) => haystack.includes(word))) return;
    let score = 3;
    if (codes.includes(whole) || codes.some((code) => code.endsWith(whole) && whole.length === 3)) score = 0;
    else if (names.includes(whole)) score = 1;
    else if (names.some((name) => name.startsWith(whole))) score = 2;
    scored.push({ option, score, order });
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.slice(0, limit).map((entry) => entry.option);
}
