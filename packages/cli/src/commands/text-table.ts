/**
 * The one place the CLI measures, pads and cuts text for its readable tables. Widths are display columns
 * (string-width: a Chinese character takes two, a combining mark none), never `.length`, so a table of
 * Chinese names lines up in a terminal.
 */
import stringWidth from 'string-width';

/** The width the human output fits in, in columns. */
export const WIDTH = 100;

/**
 * The columns `text` takes in a terminal.
 *
 * @param text - one line of text
 * @returns its display width (columns)
 * @example
 * ```ts
 * displayWidth('Xiamen'); // 6
 * displayWidth('厦门'); // 4
 * ```
 */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** `text` followed by spaces up to `width` display columns (unchanged when already as wide). */
export function padEndDisplay(text: string, width: number): string {
  return `${text}${' '.repeat(Math.max(0, width - displayWidth(text)))}`;
}

/** `text` preceded by spaces up to `width` display columns (unchanged when already as wide). */
export function padStartDisplay(text: string, width: number): string {
  return `${' '.repeat(Math.max(0, width - displayWidth(text)))}${text}`;
}

const graphemes = new Intl.Segmenter();

/**
 * `text` cut to `width` display columns, with an ellipsis when cut; a wide character that would straddle the
 * edge goes whole, so the result may be a column short of `width`, never over.
 */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 1) return '…'.slice(0, Math.max(0, width));
  let kept = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const columns = displayWidth(segment);
    if (used + columns > width - 1) break;
    kept += segment;
    used += columns;
  }
  return `${kept.trimEnd()}…`;
}

/** One column of a table: cells are cut to fit only in the `flexible` column. */
export interface Column {
  readonly title: string;
  /** Right-aligned (numbers). */
  readonly right?: boolean;
  /** Takes what is left of `WIDTH` (at least 12 columns), its cells cut with `shorten`. */
  readonly flexible?: boolean;
  /** How a flexible cell is cut to `width` (default: {@link truncate}, an ellipsis at the end). */
  readonly shorten?: (text: string, width: number) => string;
  readonly cells: readonly string[];
}

/**
 * Columns two spaces apart after a two-space indent, each as wide as its widest cell in display columns; the
 * flexible column (names) takes what is left of `WIDTH`. Trailing spaces are trimmed from every row.
 *
 * @param columns - the columns, left to right; the first one's cells count the rows
 * @returns the header row and one row per cell, each ending in a newline
 */
export function table(columns: readonly Column[]): string {
  const natural = columns.map((c) => Math.max(displayWidth(c.title), ...c.cells.map(displayWidth)));
  const fixed = 2 + columns.reduce((sum, c, i) => sum + (c.flexible === true ? 0 : (natural[i] as number)), 0);
  const room = WIDTH - fixed - 2 * (columns.length - 1);
  const widths = columns.map((c, i) =>
    c.flexible === true ? Math.min(natural[i] as number, Math.max(12, room)) : (natural[i] as number),
  );
  const cell = (c: Column, i: number, text: string) => {
    const width = widths[i] as number;
    const cut = c.flexible === true ? (c.shorten ?? truncate)(text, width) : text;
    return c.right === true ? padStartDisplay(cut, width) : padEndDisplay(cut, width);
  };
  const row = (texts: readonly string[]) =>
    `  ${columns.map((c, i) => cell(c, i, texts[i] ?? '')).join('  ')}`.trimEnd();
  const rows = columns[0]?.cells.length ?? 0;
  const lines = [row(columns.map((c) => c.title))];
  for (let r = 0; r < rows; r++) lines.push(row(columns.map((c) => c.cells[r] ?? '')));
  return `${lines.join('\n')}\n`;
}
