import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexedHeap } from './indexed-heap.js';

function drain(heap: IndexedHeap): number[] {
  const out: number[] = [];
  for (let item = heap.pop(); item >= 0; item = heap.pop()) out.push(item);
  return out;
}

describe('IndexedHeap', () => {
  it('pops items by increasing key', () => {
    const heap = new IndexedHeap(5);
    [4, 1, 3, 0, 2].forEach((item, i) => {
      heap.push(item, [9, 2, 7, 1, 5][i] as number);
    });
    expect(drain(heap)).toEqual([0, 1, 2, 3, 4]);
  });

  it('pops equal keys in the order they were pushed', () => {
    const heap = new IndexedHeap(6);
    for (const item of [5, 2, 4, 0, 3, 1]) heap.push(item, 1);
    expect(drain(heap)).toEqual([5, 2, 4, 0, 3, 1]);
  });

  it('lowers the key of a queued item (decrease-key) and ignores a larger or equal one', () => {
    const heap = new IndexedHeap(3);
    heap.push(0, 5);
    heap.push(1, 3);
    heap.push(2, 4);
    heap.push(0, 1);
    heap.push(1, 10);
    heap.push(2, 4);
    expect(heap.size).toBe(3);
    expect(heap.peekKey()).toBe(1);
    expect(drain(heap)).toEqual([0, 1, 2]);
  });

  it('treats a decreased key as pushed last among equal keys', () => {
    const heap = new IndexedHeap(3);
    heap.push(0, 2);
    heap.push(1, 5);
    heap.push(2, 2);
    heap.push(1, 2);
    expect(drain(heap)).toEqual([0, 2, 1]);
  });

  it('returns -1 from pop and Infinity from peekKey when empty', () => {
    const heap = new IndexedHeap(0);
    expect(heap.pop()).toBe(-1);
    expect(heap.peekKey()).toBe(Number.POSITIVE_INFINITY);
    expect(heap.size).toBe(0);
  });

  it('has() tells queued items, and clear() empties the heap for reuse', () => {
    const heap = new IndexedHeap(4);
    heap.push(3, 1);
    heap.push(1, 2);
    expect([heap.has(1), heap.has(2), heap.has(3)]).toEqual([true, false, true]);
    heap.pop();
    expect(heap.has(3)).toBe(false);
    heap.clear();
    expect([heap.size, heap.has(1)]).toEqual([0, false]);
    heap.push(1, 7);
    expect(drain(heap)).toEqual([1]);
  });

  it('pops in the order of a stable sort by (last key, last push), whatever the pushes (property)', () => {
    const push = fc.record({ item: fc.nat({ max: 15 }), key: fc.integer({ min: 0, max: 6 }) });
    fc.assert(
      fc.property(fc.array(push, { maxLength: 60 }), (pushes) => {
        const heap = new IndexedHeap(16);
        const latest = new Map<number, { key: number; order: number }>();
        pushes.forEach(({ item, key }, order) => {
          heap.push(item, key);
          const current = latest.get(item);
          if (current === undefined || key < current.key) latest.set(item, { key, order });
        });
        const expected = [...latest].sort(([, a], [, b]) => a.key - b.key || a.order - b.order).map(([item]) => item);
        expect(drain(heap)).toEqual(expected);
      }),
    );
  });
});
