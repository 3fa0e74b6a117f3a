/**
 * Short forms of names: `Putin` is `Vladimir Putin`, `Kim` is `Kim Jong Un`. A name that is the
 * beginning or the end of exactly one longer name (or of a chain of names nested in it) is merged
 * into that full name, which then counts every occurrence of both and is shown in its most frequent
 * form (`Putin` when the full name is written once). A name shared by several longer ones (`Corea`
 * in `Corea del Nord` and `Corea del Sud`) stays apart.
 */
import { firstWord, type Grouping } from './groups.js';
import type { WordRoles } from './names.js';
import type { WordSequence } from './words.js';

/** Which groups were merged into which. */
export interface Aliases {
  /** Per group: the full name it was merged into, or -1. */
  target: Int32Array;
  /** Per full name: the groups merged into it. */
  members: Map<number, number[]>;
}

/** True when the group is a proper name in most of its occurrences. */
function isName(grouping: Grouping, g: number): boolean {
  return grouping.nameCount[g]! * 2 >= grouping.count[g]!;
}

/**
 * True when the group can be the full form of a shorter name: two or more capitalised words and
 * nothing else. Names with a preposition are places or institutions (`Lago di Ginevra`), not
 * longer forms of `Ginevra`; single letters are initials or list marks, not name parts.
 */
function isFullName(grouping: Grouping, g: number, seq: WordSequence, roles: WordRoles): boolean {
  const n = grouping.length[g]!;
  if (n < 2 || !isName(grouping, g)) return false;
  const i = firstWord(grouping, g);
  for (let k = i; k < i + n; k++) if (!roles.content[k] || seq.end[k]! - seq.start[k]! < 2) return false;
  return true;
}

/** Calls `visit` with every group that is a proper beginning or end of group `g`'s phrase. */
function forEachEdgePart(grouping: Grouping, g: number, visit: (part: number) => void): void {
  const { spanGroup, maxWords } = grouping;
  const i = firstWord(grouping, g);
  const n = grouping.length[g]!;
  for (let m = 1; m < n; m++) {
    const prefix = spanGroup[i * maxWords + m - 1]!;
    const suffix = spanGroup[(i + n - m) * maxWords + m - 1]!;
    if (prefix >= 0) visit(prefix);
    if (suffix >= 0 && suffix !== prefix) visit(suffix);
  }
}

/** Every group whose phrase lies inside group `g`'s phrase, `g` included. */
function partsOf(grouping: Grouping, g: number): Set<number> {
  const { spanGroup, maxWords } = grouping;
  const i = firstWord(grouping, g);
  const n = grouping.length[g]!;
  const parts = new Set<number>();
  for (let a = i; a < i + n; a++) {
    for (let b = a; b < i + n; b++) {
      const part = spanGroup[a * maxWords + b - a]!;
      if (part >= 0) parts.add(part);
    }
  }
  return parts;
}

/** True when an occurrence starting at word `a` of group `short` lies inside an occurrence of `full`. */
function covered(grouping: Grouping, full: number, short: number, a: number): boolean {
  const b = a + grouping.length[short]! - 1;
  const n = grouping.length[full]!;
  for (let o = grouping.occurrenceStart[full]!; o < grouping.occurrenceStart[full + 1]!; o++) {
    const f = grouping.occurrence[o]!;
    if (f <= a && b <= f + n - 1) return true;
  }
  return false;
}

/** Adds the statistics of the occurrences of `short` that `full` does not cover to `full`. */
function absorb(grouping: Grouping, full: number, short: number): void {
  let added = 0;
  for (let o = grouping.occurrenceStart[short]!; o < grouping.occurrenceStart[short + 1]!; o++) {
    if (!covered(grouping, full, short, grouping.occurrence[o]!)) added++;
  }
  grouping.count[full]! += added;
  grouping.nameCount[full]! += added;
  grouping.headingCount[full]! += grouping.headingCount[short]!;
  grouping.sentenceCount[full]! += grouping.sentenceCount[short]!;
  grouping.firstSentence[full] = Math.min(grouping.firstSentence[full]!, grouping.firstSentence[short]!);
}

/** Merges short forms of names into their full names; the statistics of full names grow accordingly. */
export function mergeNameAliases(
  grouping: Grouping,
  seq: WordSequence,
  roles: WordRoles,
  juxtaposed: Uint8Array,
): Aliases {
  const target = new Int32Array(grouping.size).fill(-1);
  const members = new Map<number, number[]>();
  const longer = new Map<number, number[]>();
  for (let g = 0; g < grouping.size; g++) {
    if (grouping.length[g]! < 2 || !isName(grouping, g) || juxtaposed[g]) continue;
    forEachEdgePart(grouping, g, (part) => {
      const list = longer.get(part);
      if (list) list.push(g);
      else longer.set(part, [g]);
    });
  }
  for (const [short, fulls] of longer) {
    if (!isName(grouping, short)) continue;
    let full = fulls[0]!;
    for (const f of fulls) if (grouping.length[f]! > grouping.length[full]!) full = f;
    if (!isFullName(grouping, full, seq, roles)) continue;
    const parts = partsOf(grouping, full);
    if (!fulls.every((f) => parts.has(f))) continue;
    target[short] = full;
    const list = members.get(full);
    if (list) list.push(short);
    else members.set(full, [short]);
    absorb(grouping, full, short);
  }
  return { target, members };
}
