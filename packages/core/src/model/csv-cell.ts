/**
 * Spreadsheet-safe CSV cells, shared by every CSV writer (the CLI's `export --format csv`, the dashboard's
 * downloads). A cell a spreadsheet would read as a formula is prefixed with `'`, as the OWASP guidance on CSV
 * injection asks, so that a name from a dataset such as `=HYPERLINK("http://…")` stays text.
 */

/** First characters that make a spreadsheet read a cell as a formula (or, tab and CR, as a cell break). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe for a spreadsheet: prefixed with `'` when it starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return. Numbers are not text cells: write them as numbers (a negative longitude stays `-0.5`).
 * Quoting for the CSV syntax itself (commas, quotes, line breaks) is the writer's job.
 *
 * @param text - the cell's text
 * @returns the text, prefixed with `'` when it would be read as a formula
 * @example
 * ```ts
 * import { csvTextCell } from '@corridor/core/model';
 *
 * console.log(csvTextCell('=HYPERLINK("http://example.com")')); // → '=HYPERLINK("http://example.com")
 * console.log(csvTextCell('Xiamen')); // → Xiamen
 * ```
 */
export function csvTextCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
