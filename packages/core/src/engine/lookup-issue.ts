import type { CorridorError, InputIssue } from '../model/corridor-error.js';
import { excerpt } from '../model/excerpt.js';

/**
 * A failed lookup of a place or terminal as one issue of a request: the lookup's sentence without the field and
 * value the issue names already ("unknown place or terminal"), and its "did you mean" as the fix.
 * @param error - what the lookup threw
 * @param file - the request, for the issue (`route request`)
 * @param field - the request field (`from`, `to`, `via`)
 * @param text - what the caller wrote
 * @returns the issue
 * @example
 * ```ts
 * import { lookupIssue } from '@corridor/core/engine';
 * import { createNetworkLookup } from '@corridor/core/load';
 * import { CorridorError } from '@corridor/core/model';
 * import { fujianNetwork } from '@corridor/data';
 *
 * try {
 *   createNetworkLookup(fujianNetwork).find('Rotterdm');
 * } catch (error) {
 *   if (error instanceof CorridorError) console.log(lookupIssue(error, 'distance request', 'to', 'Rotterdm')); // → { file: 'distance request', field: 'to', value: 'Rotterdm', code: 'unknown-reference', params: { suggestion: 'Rotterdam' }, message: 'location: unknown place or terminal', fix: 'did you mean "Rotterdam"?' }
 * }
 * ```
 */
export function lookupIssue(error: CorridorError, file: string, field: string, text: string): InputIssue {
  const [message, fix] = error.message
    .replace(new RegExp(`^${field}:? `), '')
    .replace(/ "[^"]*"(?=;| —|$)/, '')
    .split(/; | — /, 2);
  return {
    file,
    field,
    value: excerpt(text),
    ...lookupProblem(error),
    message: message ?? error.message,
    ...(fix === undefined ? {} : { fix }),
  };
}

/**
 * The code and params of a failed lookup, from the lookup's sentence: `ambiguous-reference` for a name that fits
 * several, `wrong-kind` for a terminal that serves no place, else `unknown-reference` with its "did you mean".
 * @param error - what the lookup (or `placeSet`) threw
 * @returns the code, and the suggestion as `params.suggestion` where there is one
 * @example
 * ```ts
 * import { lookupProblem } from '@corridor/core/engine';
 * import { CorridorError } from '@corridor/core/model';
 *
 * const error = new CorridorError('unknown-reference', 'to: unknown place or terminal "Rotterdm" — did you mean "Rotterdam"?');
 * console.log(lookupProblem(error)); // → { code: 'unknown-reference', params: { suggestion: 'Rotterdam' } }
 * ```
 */
export function lookupProblem(error: CorridorError): Pick<InputIssue, 'code' | 'params'> {
  if (/ is ambiguous/.test(error.message)) return { code: 'ambiguous-reference' };
  if (/ serves no place/.test(error.message)) return { code: 'wrong-kind', params: { expected: 'place' } };
  if (error.code !== 'unknown-reference') return { code: 'invalid' };
  const hint = / — did you mean (.*)\?$/.exec(error.message)?.[1];
  const suggestions = [...(hint ?? '').matchAll(/"([^"]*)"/g)].map((match) => match[1]);
  return suggestions.length === 0
    ? { code: 'unknown-reference' }
    : { code: 'unknown-reference', params: { suggestion: suggestions.join(', ') } };
}
