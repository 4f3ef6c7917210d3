import type { InputIssue } from '../model/corridor-error.js';
import { DATASET_LIMITS } from './dataset-limits.js';

// C0 and C1 controls (with DEL), and the bidirectional overrides that reorder what a terminal shows
// ("Trojan Source"): none belongs in a name, a note or an id, and each can rewrite the user's terminal.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/**
 * The text with each control character written as its escape (`\u001B`), so quoting a bad value in a
 * message cannot itself send an escape sequence to the user's terminal.
 *
 * @example
 * ```ts
 * import { escapeControlCharacters } from '@corridor/core/load';
 *
 * console.log(escapeControlCharacters('a\u0007b')); // → a\u0007b
 * ```
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * What is wrong with one piece of text of a dataset (a CSV cell or a JSON string), or `undefined`:
 * a control character, or more than {@link DATASET_LIMITS.maxTextChars} characters.
 *
 * @param text - the text as written
 * @returns the problem and its fix, or `undefined` when the text is fine
 * @example
 * ```ts
 * import { textProblem } from '@corridor/core/load';
 *
 * console.log(textProblem('Xiamen')); // → undefined
 * console.log(textProblem('\u001b]0;pwned\u0007')?.message); // → contains a control character (U+001B) at position 1
 * ```
 */
export function textProblem(text: string): Pick<InputIssue, 'code' | 'params' | 'message' | 'fix'> | undefined {
  if (text.length > DATASET_LIMITS.maxTextChars) {
    return {
      code: 'text-too-long',
      params: { length: text.length, limit: DATASET_LIMITS.maxTextChars },
      message: `is ${text.length} characters long, over the limit of ${DATASET_LIMITS.maxTextChars}`,
      fix: `shorten it to at most ${DATASET_LIMITS.maxTextChars} characters`,
    };
  }
  const found = CONTROL.exec(text);
  if (found === null) return undefined;
  const code = (found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return {
    code: 'control-character',
    params: { codePoint: `U+${code}`, position: found.index + 1 },
    message: `contains a control character (U+${code}) at position ${found.index + 1}`,
    fix: 'remove it: names, notes and ids are plain text, on one line, without escape sequences or tabs',
  };
}
