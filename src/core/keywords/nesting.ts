/**
 * Nesting between candidates: how many occurrences of each group lie inside an occurrence of a
 * longer group. `Jong Un` only ever occurs inside `Kim Jong Un`, so it is a fragment, not a
 * keyphrase of its own; `control` mostly inside `robust control`, `process control`… is a head word
 * that the longer phrases name better.
 */
import type { Grouping } from './groups.js';

/** Per group, occurrences inside longer candidates. */
export interface Nesting {
  /** Occurrences inside an occurrence of a longer group that occurs at least twice (a pattern). */
  inRepeated: Int32Array;
  /** Occurrences inside an occurrence of any longer group. */
  inAny: Int32Array;
}

/** Counts, for each group, its occurrences nested in longer candidates. */
export function nestedCounts(grouping: Grouping): Nesting {
  const { size, spanGroup, maxWords, length, count, occurrenceStart, occurrence } = grouping;
  const inRepeated = new Int32Array(size);
  const inAny = new Int32Array(size);
  const limit = spanGroup.length;
  for (let g = 0; g < size; g++) {
    const n = length[g]!;
    for (let o = occurrenceStart[g]!; o < occurrenceStart[g + 1]!; o++) {
      const a = occurrence[o]!;
      const b = a + n - 1;
      let repeated = false;
      let any = false;
      for (let i = a; i >= 0 && b - i < maxWords && !repeated; i--) {
        for (let j = b; j - i < maxWords; j++) {
          if (i === a && j === b) continue;
          const at = i * maxWords + j - i;
          if (at >= limit) break;
          const id = spanGroup[at]!;
          if (id < 0) continue;
          any = true;
          if (count[id]! >= 2) {
            repeated = true;
            break;
          }
        }
      }
      if (repeated) inRepeated[g]!++;
      if (any) inAny[g]!++;
    }
  }
  return { inRepeated, inAny };
}
