/**
 * A growable binary min-heap of label ids keyed by a number, over typed arrays. Equal keys pop in
 * insertion order (the label id is the sequence number), so searches on it are deterministic. Stale
 * entries are skipped by the caller (lazy deletion), which suits label searches where a node holds
 * several labels.
 *
 * Why a second heap beside `graph/indexed-heap.ts` (the kernel's): the label searches (transfer-capped and
 * timed, rule-keeping, Pareto) push each label once, when they create it, in id order, and never lower its key,
 * so the indexed heap's position index and sequence numbers are dead weight here: with `IndexedHeap` (made
 * growable) in its place the Pareto front Xiamen → Duisburg took 10–30 % longer (p50, interleaved A/B,
 * 2026-12-06), for the same labels in the same order. Conversely the kernel needs decrease-key, which a
 * lazy-deletion heap does at 1.2× the cost (README "Performance", `bench/lazy-heap-search.ts`).
 */
export class LabelQueue {
  private keys = new Float64Array(1024);
  private ids = new Uint32Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.count = 0;
  }

  push(id: number, key: number): void {
    if (this.count === this.keys.length) {
      const keys = new Float64Array(this.count * 2);
      keys.set(this.keys);
      this.keys = keys;
      const ids = new Uint32Array(this.count * 2);
      ids.set(this.ids);
      this.ids = ids;
    }
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = this.keys[parent] as number;
      if (pk < key || (pk === key && (this.ids[parent] as number) < id)) break;
      this.keys[i] = pk;
      this.ids[i] = this.ids[parent] as number;
      i = parent;
    }
    this.keys[i] = key;
    this.ids[i] = id;
  }

  /** Removes and returns the id with the smallest key; -1 when empty. */
  pop(): number {
    if (this.count === 0) return -1;
    const top = this.ids[0] as number;
    const last = --this.count;
    const key = this.keys[last] as number;
    const id = this.ids[last] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      const right = child + 1;
      if (
        right < last &&
        ((this.keys[right] as number) < (this.keys[child] as number) ||
          (this.keys[right] === this.keys[child] && (this.ids[right] as number) < (this.ids[child] as number)))
      ) {
        child = right;
      }
      const ck = this.keys[child] as number;
      if (key < ck || (key === ck && id < (this.ids[child] as number))) break;
      this.keys[i] = ck;
      this.ids[i] = this.ids[child] as number;
      i = child;
    }
    this.keys[i] = key;
    this.ids[i] = id;
    return top;
  }
}
