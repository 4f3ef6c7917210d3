/**
 * A binary min-heap of integer items `0 .. capacity - 1` keyed by numbers, over typed arrays allocated
 * once, with decrease-key through a position index. Equal keys come out in the order
 * they were last pushed (a monotonically increasing sequence number breaks ties), so a search using it
 * is deterministic. `clear()` costs O(items still queued), not O(capacity). It is the heap of the Dijkstra
 * kernel, `ShortestPathSearch`, wherever it runs (router, assignment rounds on the breadth-first graph); the
 * label searches of `routing/` queue push-once labels on `LabelQueue` instead (why: see there).
 *
 * @example
 * ```ts
 * import { IndexedHeap } from '@corridor/core/graph';
 *
 * const heap = new IndexedHeap(3);
 * heap.push(2, 5);
 * heap.push(0, 7);
 * heap.push(0, 1); // decrease-key: item 0 now has key 1
 * console.log(heap.peekKey(), heap.has(1)); // → 1 false
 * console.log(heap.pop(), heap.pop(), heap.size); // → 0 2 0
 * ```
 */
export class IndexedHeap {
  /** The largest item id + 1 this heap accepts. */
  readonly capacity: number;
  /** Item per heap slot. */
  private readonly items: Uint32Array;
  /** Key per heap slot. */
  private readonly keys: Float64Array;
  /** Push sequence number per heap slot: the tie-break between equal keys. */
  private readonly sequences: Float64Array;
  /** Heap slot per item, -1 when the item is not queued. */
  private readonly positions: Int32Array;
  private length = 0;
  private sequence = 0;

  /**
   * @param capacity - how many distinct items (ids `0 .. capacity - 1`) the heap can hold
   */
  constructor(capacity: number) {
    this.capacity = capacity;
    this.items = new Uint32Array(capacity);
    this.keys = new Float64Array(capacity);
    this.sequences = new Float64Array(capacity);
    this.positions = new Int32Array(capacity).fill(-1);
  }

  /** Number of items queued. */
  get size(): number {
    return this.length;
  }

  /**
   * @param item - an item id
   * @returns whether the item is queued
   */
  has(item: number): boolean {
    return (this.positions[item] as number) >= 0;
  }

  /**
   * @returns the smallest queued key, `Infinity` when the heap is empty
   */
  peekKey(): number {
    return this.length > 0 ? (this.keys[0] as number) : Number.POSITIVE_INFINITY;
  }

  /**
   * Queues an item, or lowers its key when it is queued already with a larger one (a larger or
   * equal key for a queued item is ignored).
   *
   * @param item - an item id in `0 .. capacity - 1`
   * @param key - its priority; smaller comes out first
   */
  push(item: number, key: number): void {
    let slot = this.positions[item] as number;
    if (slot < 0) {
      slot = this.length++;
    } else if (key >= (this.keys[slot] as number)) {
      return;
    }
    this.siftUp(slot, item, key, this.sequence++);
  }

  /**
   * Removes the item with the smallest key (the earliest pushed among equal keys).
   *
   * @returns that item, or -1 when the heap is empty
   */
  pop(): number {
    if (this.length === 0) return -1;
    const { items, keys, sequences } = this;
    const top = items[0] as number;
    this.positions[top] = -1;
    const last = --this.length;
    if (last > 0) this.siftDown(items[last] as number, keys[last] as number, sequences[last] as number);
    return top;
  }

  /** Empties the heap in O(items still queued). */
  clear(): void {
    const { items, positions } = this;
    for (let slot = 0; slot < this.length; slot++) positions[items[slot] as number] = -1;
    this.length = 0;
    this.sequence = 0;
  }

  /** Moves the hole at `slot` up until (key, sequence) fits, then writes the item there. */
  private siftUp(slot: number, item: number, key: number, sequence: number): void {
    const { items, keys, sequences, positions } = this;
    while (slot > 0) {
      const parent = (slot - 1) >> 1;
      const parentKey = keys[parent] as number;
      if (parentKey < key || (parentKey === key && (sequences[parent] as number) < sequence)) break;
      const parentItem = items[parent] as number;
      items[slot] = parentItem;
      keys[slot] = parentKey;
      sequences[slot] = sequences[parent] as number;
      positions[parentItem] = slot;
      slot = parent;
    }
    items[slot] = item;
    keys[slot] = key;
    sequences[slot] = sequence;
    positions[item] = slot;
  }

  /** Moves the hole at the root down until (key, sequence) fits, then writes the item there. */
  private siftDown(item: number, key: number, sequence: number): void {
    const { items, keys, sequences, positions } = this;
    const length = this.length;
    const half = length >> 1;
    let slot = 0;
    while (slot < half) {
      let child = 2 * slot + 1;
      let childKey = keys[child] as number;
      const right = child + 1;
      if (right < length) {
        const rightKey = keys[right] as number;
        if (
          rightKey < childKey ||
          (rightKey === childKey && (sequences[right] as number) < (sequences[child] as number))
        ) {
          child = right;
          childKey = rightKey;
        }
      }
      if (key < childKey || (key === childKey && sequence < (sequences[child] as number))) break;
      const childItem = items[child] as number;
      items[slot] = childItem;
      keys[slot] = childKey;
      sequences[slot] = sequences[child] as number;
      positions[childItem] = slot;
      slot = child;
    }
    items[slot] = item;
    keys[slot] = key;
    sequences[slot] = sequence;
    positions[item] = slot;
  }
}
