/** Which way a sorted column runs. */
export type SortDirection = 'ascending' | 'descending';

/** A sortable column's value of a row: a number (`null` for none) or a text. */
export type SortValue<Row> = (row: Row) => number | string | null;

/**
 * Rows ordered by one column, stable (ties keep their given order) and with rows that have no value last in
 * either direction; texts compare by locale, so `Łódź` sorts with `L`.
 *
 * @param rows - the rows as given
 * @param value - the column's value of a row
 * @param direction - ascending or descending
 * @returns a new array
 * @example
 * sortRows([{ use: 0.5 }, { use: null }, { use: 0.9 }], (r) => r.use, 'descending'); // 0.9, 0.5, null
 */
export function sortRows<Row>(rows: readonly Row[], value: SortValue<Row>, direction: SortDirection): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
      const order =
        typeof a.key === 'number' && typeof b.key === 'number'
          ? a.key - b.key
          : String(a.key).localeCompare(String(b.key));
      return sign * order || a.index - b.index;
    })
    .map((entry) => entry.row);
}

/**
 * The direction after a click on a column header: a new column starts descending for numbers (the largest first,
 * what a port analyst looks for) and ascending for texts; the same column flips.
 *
 * @param current - the column sorted now and its direction, or undefined
 * @param column - the column clicked
 * @param numeric - whether it holds numbers
 */
export function nextSort(
  current: { readonly column: number; readonly direction: SortDirection } | undefined,
  column: number,
  numeric: boolean,
): { column: number; direction: SortDirection } {
  if (current?.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: numeric ? 'descending' : 'ascending' };
}
