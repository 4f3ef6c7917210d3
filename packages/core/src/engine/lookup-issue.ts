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
 *   if (error instanceof CorridorError) console.log(lookupIssue(error, 'distance request', 'to', 'Rotterdm')); // → { file: 'distance request', field: 'to', value: 'Rotterdm', message: 'location: unknown place or terminal', fix: 'did you mean "Rotterdam"?' }
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
    message: message ?? error.message,
    ...(fix === undefined ? {} : { fix }),
  };
}
