/**
 * A hash map from non-negative integers below 2^53 to non-negative 32-bit integers, in typed arrays.
 * Candidate grouping looks up one (phrase prefix, next word) pair per word of every candidate:
 * millions of look-ups on a 10 MB text, where a `Map` of strings costs seconds and gigabytes.
 */

/** Start capacity; the table doubles whenever it is half full. */
const INITIAL_CAPACITY = 1 << 10;

/** Open-addressing map with linear probing; `-1` means absent. */
export class IntMap {
  private keys: Float64Array;
  private values: Int32Array;
  private mask: number;
  private used = 0;

  constructor(capacity = INITIAL_CAPACITY) {
    let size = INITIAL_CAPACITY;
    while (size < capacity * 2) size *= 2;
    this.keys = new Float64Array(size).fill(-1);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Number of entries. */
  get size(): number {
    return this.used;
  }

  /** The value stored for `key`, or -1. */
  get(key: number): number {
    let slot = hash(key) & this.mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === key) return this.values[slot]!;
      if (k === -1) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Stores `value` for `key`. */
  set(key: number, value: number): void {
    if ((this.used + 1) * 2 > this.keys.length) this.grow();
    let slot = hash(key) & this.mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === key) {
        this.values[slot] = value;
        return;
      }
      if (k === -1) {
        this.keys[slot] = key;
        this.values[slot] = value;
        this.used++;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** Doubles the table and re-inserts every entry. */
  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Float64Array(oldKeys.length * 2).fill(-1);
    this.values = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    this.used = 0;
    for (let s = 0; s < oldKeys.length; s++) if (oldKeys[s]! !== -1) this.set(oldKeys[s]!, oldValues[s]!);
  }
}

/** Mixes both halves of a key below 2^53 into a 32-bit hash (Murmur-style finaliser). */
function hash(key: number): number {
  let h = (key | 0) ^ Math.imul((key / 4294967296) | 0, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
