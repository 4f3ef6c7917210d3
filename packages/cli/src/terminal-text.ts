/**
 * Text made safe for a terminal: a name from a dataset must not be able to retitle, clear or recolour the user's
 * terminal. Every readable output of the CLI passes through {@link terminalText} (`runCli` wraps its output).
 */

// Any C0 control but tab and newline (ESC among them, so no escape sequence survives), DEL and the C1 controls
// (U+0080–U+009F, among them the 8-bit CSI U+009B). A carriage return is kept only before a newline (CSV lines
// end with CRLF, RFC 4180); alone it would let a line overwrite what came before it.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;

/**
 * Escapes control characters for a terminal: each becomes its visible `\u001b`-style escape (in JSON output
 * this is the same string, written as an escape; in text it shows what the data holds). Newline, tab and the
 * CR of a CRLF pass unchanged.
 *
 * @param text - text about to be written to stdout or stderr
 * @returns the text with every other control character escaped
 * @example
 * terminalText('Xiamen\x1b]0;pwned\x07'); // 'Xiamen\\u001b]0;pwned\\u0007'
 */
export function terminalText(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${(char.codePointAt(0) as number).toString(16).padStart(4, '0')}`);
}
