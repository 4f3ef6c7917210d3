import Papa from 'papaparse';
import { checkFileSize } from './check-file-size.js';
import { textProblem } from './check-text.js';
import { DATASET_LIMITS } from './dataset-limits.js';
import type { IssueList } from './issue-list.js';

/** One data row of a CSV table, with its 1-based row number (the header is row 1). */
export interface TableRow {
  readonly file: string;
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
}

/**
 * Parses a CSV table (RFC 4180) into rows keyed by header. Reports syntax errors, missing required
 * columns, columns it does not know, and cells too long or holding control characters, each with the file
 * and row; cells are trimmed. A file over the size or row limits (DATASET_LIMITS) is reported and not read.
 *
 * @param file - file name, for messages
 * @param text - the file's text
 * @param columns - every column the format defines; `required` ones must be in the header
 * @param issues - where problems go
 * @returns the data rows (empty when the header is unusable)
 */
export function parseTable(
  file: string,
  text: string,
  columns: { readonly required: readonly string[]; readonly optional?: readonly string[] },
  issues: IssueList,
): TableRow[] {
  if (!checkFileSize(file, text, issues)) return [];
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  for (const error of parsed.errors) {
    issues.add({
      file,
      row: (error.row ?? 0) + 1,
      code: 'csv-syntax',
      params: { detail: error.message },
      message: `CSV syntax: ${error.message}`,
      fix: 'quote cells that contain commas, quotes or line breaks, and close every quote',
    });
  }
  const [header, ...body] = parsed.data;
  if (body.length > DATASET_LIMITS.maxRows) {
    issues.add({
      file,
      code: 'too-many-rows',
      params: { rows: body.length, limit: DATASET_LIMITS.maxRows },
      message: `has ${body.length} data rows, over the limit of ${DATASET_LIMITS.maxRows}`,
      fix: 'split the dataset, or drop rows it does not need (docs/dataset-format.md, Limits)',
    });
    return [];
  }
  if (header === undefined) {
    issues.add({
      file,
      code: 'empty-file',
      message: 'the file is empty',
      fix: `start it with the header row: ${columns.required.join(',')}`,
    });
    return [];
  }
  const names = header.map((name) => name.trim());
  for (const name of names) {
    const problem = textProblem(name);
    if (problem !== undefined) issues.add({ file, row: 1, field: name, ...problem });
  }
  const known = new Set([...columns.required, ...(columns.optional ?? [])]);
  const missing = columns.required.filter((column) => !names.includes(column));
  for (const column of missing) {
    const fix = 'add it to the header row';
    issues.add({ file, row: 1, field: column, code: 'missing-column', message: 'required column is missing', fix });
  }
  names.forEach((name, index) => {
    if (!known.has(name)) {
      issues.add({
        file,
        row: 1,
        field: name,
        code: 'unknown-field',
        params: { name, column: index + 1 },
        message: `unknown column (column ${index + 1})`,
        fix: `use only ${[...known].join(', ')}`,
      });
    }
  });
  if (missing.length > 0) return [];
  return body.flatMap((values, index) => {
    const row = index + 2;
    if (values.length !== names.length) {
      issues.add({
        file,
        row,
        code: 'row-length',
        params: { cells: values.length, expected: names.length },
        message: `has ${values.length} cells but the header has ${names.length}`,
        fix: 'give every row one cell per column (empty cells may be left empty between commas)',
      });
      return []; // its cells cannot be told apart; reading them would only add wrong problems
    }
    const cells: Record<string, string> = {};
    names.forEach((name, column) => {
      cells[name] = (values[column] ?? '').trim();
      const problem = textProblem(cells[name]);
      if (problem !== undefined) issues.add({ file, row, field: name, value: cells[name], ...problem });
    });
    return [{ file, row, cells }];
  });
}
