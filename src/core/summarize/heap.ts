/**
 * A binary max-heap of sentence indices keyed by score, over typed arrays. Selection needs a
 * priority queue whose entries are re-inserted as their scores fall; equal keys pop the earlier
 * sentence first, so summaries are deterministic and prefer the text's order.
 */
export class MaxHeap {
  private readonly ids: Int32Array;
  private readonly keys: Float64Array;
  /** Number of entries in the heap. */
  size = 0;

  /** A heap that can hold `capacity` entries at once. */
  constructor(capacity: number) {
    this.ids = new Int32Array(Math.max(1, capacity));
    this.keys = new Float64Array(Math.max(1, capacity));
  }

  /** True when entry i should be above entry j. */
  private above(i: number, j: number): boolean {
    const a = this.keys[i]!;
    const b = this.keys[j]!;
    return a > b || (a === b && this.ids[i]! < this.ids[j]!);
  }

  /** Exchanges two entries. */
  private swap(i: number, j: number): void {
    const id = this.ids[i]!;
    const key = this.keys[i]!;
    this.ids[i] = this.ids[j]!;
    this.keys[i] = this.keys[j]!;
    this.ids[j] = id;
    this.keys[j] = key;
  }

  /** Adds an entry; the caller never holds more than `capacity` entries at once. */
  push(id: number, key: number): void {
    let i = this.size++;
    this.ids[i] = id;
    this.keys[i] = key;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.above(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Key of the best entry (the heap must not be empty). */
  topKey(): number {
    return this.keys[0]!;
  }

  /** Removes and returns the best entry's id (the heap must not be empty). */
  pop(): number {
    const top = this.ids[0]!;
    this.size--;
    if (this.size > 0) {
      this.ids[0] = this.ids[this.size]!;
      this.keys[0] = this.keys[this.size]!;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < this.size && this.above(left, best)) best = left;
        if (right < this.size && this.above(right, best)) best = right;
        if (best === i) break;
        this.swap(i, best);
        i = best;
      }
    }
    return top;
  }
}
