import { ROWS_PER_PAGE } from './rows-per-page';

/** How far down a list the user has asked to see: pages of {@link ROWS_PER_PAGE}, for one array of rows. */
export interface RowPaging<Row> {
  readonly rows: readonly Row[];
  readonly pages: number;
}

/** Pages asked of `rows`: a new array (a new search, a new dataset) starts again at one. */
const pagesOf = <Row>(rows: readonly Row[], paging: RowPaging<Row>) => (paging.rows === rows ? paging.pages : 1);

/**
 * The rows a Data view list draws: the first pages asked of this very array.
 * @param rows - the rows that match the search
 * @param paging - the pages asked, and of which array
 * @returns the first `pages × ROWS_PER_PAGE` rows
 * @example
 * listedRows(rows, { rows, pages: 2 }).length; // ≤ 1000
 */
export function listedRows<Row>(rows: readonly Row[], paging: RowPaging<Row>): readonly Row[] {
  return rows.slice(0, pagesOf(rows, paging) * ROWS_PER_PAGE);
}

/**
 * One page more of `rows`.
 * @param rows - the rows that match the search
 * @param paging - the pages asked so far
 * @returns the paging with one page more
 * @example
 * nextPage(rows, { rows: [], pages: 1 }); // { rows, pages: 2 }
 */
export function nextPage<Row>(rows: readonly Row[], paging: RowPaging<Row>): RowPaging<Row> {
  return { rows, pages: pagesOf(rows, paging) + 1 };
}
