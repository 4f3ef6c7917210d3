/**
 * CSV writing (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled, lines end with
 * CRLF. A text field starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'` (the
 * library's `csvTextCell`, shared with the CLI's export), so that a spreadsheet never runs a name from a dataset
 * as a formula.
 */
import { csvTextCell } from '@corridor/core/model';

/** A CSV cell: text, a number (written as is, NaN and infinities empty) or nothing. */
export type CsvCell = string | number | null | undefined;

/**
 * One field as CSV.
 * @example
 * csvField('Brest / Małaszewicze, PL'); // '"Brest / Małaszewicze, PL"'
 */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = csvTextCell(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A table as CSV text.
 * @param header - column names
 * @param rows - one array of cells per row
 * @returns the text, a header line first, each line ending with CRLF
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
