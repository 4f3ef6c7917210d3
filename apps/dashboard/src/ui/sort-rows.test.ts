import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from './sort-rows';

describe('sortRows', () => {
  it('orders by the column, rows without a value last either way', () => {
    const rows = [{ use: 0.5 }, { use: null }, { use: 0.9 }, { use: 0.1 }];
    expect(sortRows(rows, (r) => r.use, 'descending').map((r) => r.use)).toEqual([0.9, 0.5, 0.1, null]);
    expect(sortRows(rows, (r) => r.use, 'ascending').map((r) => r.use)).toEqual([0.1, 0.5, 0.9, null]);
  });

  it('compares texts by locale and keeps ties in their given order', () => {
    const rows = [
      { name: 'Łódź', id: 1 },
      { name: 'Almaty', id: 2 },
      { name: 'Almaty', id: 3 },
      { name: 'Minsk', id: 4 },
    ];
    expect(sortRows(rows, (r) => r.name, 'ascending').map((r) => r.id)).toEqual([2, 3, 1, 4]);
  });

  it('returns a permutation, ordered, for any numbers (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ noNaN: true }), { nil: null })), (values) => {
        const rows = values.map((v, i) => ({ v, i }));
        const sorted = sortRows(rows, (r) => r.v, 'descending');
        expect(sorted.map((r) => r.i).sort((a, b) => a - b)).toEqual(rows.map((r) => r.i));
        const present = sorted.filter((r) => r.v !== null).map((r) => r.v as number);
        for (let k = 1; k < present.length; k++) expect(present[k - 1]).toBeGreaterThanOrEqual(present[k] as number);
        expect(sorted.slice(present.length).every((r) => r.v === null)).toBe(true);
      }),
    );
  });
});

describe('nextSort', () => {
  it('starts numbers largest first and texts A to Z, and flips the same column', () => {
    expect(nextSort(undefined, 2, true)).toEqual({ column: 2, direction: 'descending' });
    expect(nextSort(undefined, 0, false)).toEqual({ column: 0, direction: 'ascending' });
    expect(nextSort({ column: 2, direction: 'descending' }, 2, true)).toEqual({ column: 2, direction: 'ascending' });
  });
});
