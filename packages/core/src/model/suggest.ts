import { distance } from 'fastest-levenshtein';

/**
 * The candidates closest to a mistyped value, for "did you mean" messages. Case-insensitive;
 * an exact match comes first; a candidate qualifies when its edit distance is at most a third of the longer string (at least 1),
 * or when one string starts with the other. Ties keep the candidates' order, so output is stable.
 *
 * @param value - what the user typed
 * @param candidates - the valid values
 * @param limit - how many suggestions at most
 * @returns up to `limit` candidates, closest first; empty when nothing is close
 * @example
 * ```ts
 * import { suggest } from '@corridor/core/model';
 *
 * console.log(suggest('DEHAMM', ['DEHAM', 'DEDUI', 'NLRTM'])); // → [ 'DEHAM' ]
 * console.log(suggest('Rotterdm', ['Rotterdam', 'Hamburg'])); // → [ 'Rotterdam' ]
 * ```
 */
export function suggest(value: string, candidates: readonly string[], limit = 3): string[] {
  const wanted = value.toLowerCase();
  if (wanted === '') return [];
  return candidates
    .map((candidate, index) => {
      const lower = candidate.toLowerCase();
      const prefix = lower.startsWith(wanted) || wanted.startsWith(lower);
      const score = lower === wanted ? 0 : prefix ? 0.5 : distance(wanted, lower);
      return { candidate, index, score, lower };
    })
    .filter(({ score, lower }) => score <= Math.max(1, Math.floor(Math.max(lower.length, wanted.length) / 3)))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/**
 * Formats suggestions as ` — did you mean "A" or "B"?`, or an empty string when there are none.
 *
 * @example
 * ```ts
 * import { didYouMean, suggest } from '@corridor/core/model';
 *
 * console.log(`unknown place "DEHAMM"${didYouMean(suggest('DEHAMM', ['DEHAM', 'DEDUI']))}`); // → unknown place "DEHAMM" — did you mean "DEHAM"?
 * console.log(JSON.stringify(didYouMean([]))); // → ""
 * ```
 */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const quoted = suggestions.map((s) => `"${s}"`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
  return ` — did you mean ${list}?`;
}
