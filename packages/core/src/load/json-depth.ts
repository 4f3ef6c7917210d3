/**
 * The deepest nesting of arrays and objects in a JSON text, counted without parsing it (brackets inside
 * strings do not count). Measured before `JSON.parse`, so a text nested thousands deep is refused before
 * any recursive step — the parser's, the schema's or the one that quotes a bad value — can overflow the stack.
 *
 * @param text - a JSON text (need not be valid)
 * @returns the maximum depth: `0` for a scalar, `1` for `[]` or `{}`
 * @example
 * ```ts
 * jsonDepth('{"a":[1,[2]]}'); // 3
 * ```
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}
