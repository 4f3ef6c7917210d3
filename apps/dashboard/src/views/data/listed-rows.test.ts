import { describe, expect, it } from 'vitest';
import { listedRows, nextPage, type RowPaging } from './listed-rows';
import { ROWS_PER_PAGE } from './rows-per-page';

const rows = Array.from({ length: ROWS_PER_PAGE * 2 + 7 }, (_, k) => k);

describe('listed rows', () => {
  it('lists one page, then one more for each ask, up to every row', () => {
    let paging: RowPaging<number> = { rows, pages: 1 };
    expect(listedRows(rows, paging)).toHaveLength(ROWS_PER_PAGE);
    paging = nextPage(rows, paging);
    expect(listedRows(rows, paging)).toHaveLength(ROWS_PER_PAGE * 2);
    paging = nextPage(rows, paging);
    expect(listedRows(rows, paging)).toEqual(rows);
  });

  it('starts again at one page for another array of rows (a new search or dataset)', () => {
    const narrowed = rows.filter((row) => row % 2 === 0);
    const paging = nextPage(rows, nextPage(rows, { rows, pages: 1 }));
    expect(listedRows(narrowed, paging)).toHaveLength(ROWS_PER_PAGE);
    expect(nextPage(narrowed, paging)).toEqual({ rows: narrowed, pages: 2 });
  });
});
