/**
 * Names side by side are not one name: `Torino Chiara Bianchi` in a headline, `Paesi Bassi Sanne
 * Wevers` after a lost comma. A name of several words is a juxtaposition when it splits into two
 * parts that each occur more often than the whole: they live on their own, the whole is chance.
 * `Kim Jong Un` is not one (`Jong Un` never occurs without `Kim`), nor `Vladimir Putin`.
 */
import { firstWord, type Grouping } from './groups.js';
import type { WordRoles } from './names.js';

/** True when group `g` (a name of `n` words starting at word `i`) splits into two more frequent parts. */
function splits(grouping: Grouping, roles: WordRoles, g: number, i: number, n: number): boolean {
  const { spanGroup, maxWords, count } = grouping;
  for (let m = 1; m < n; m++) {
    if (!roles.content[i + m - 1] || !roles.content[i + m]) continue;
    const left = spanGroup[i * maxWords + m - 1]!;
    const right = spanGroup[(i + m) * maxWords + n - m - 1]!;
    if (left >= 0 && right >= 0 && count[left]! > count[g]! && count[right]! > count[g]!) return true;
  }
  return false;
}

/** Marks, for each group, whether it is a juxtaposition of two names (1) or not (0). */
export function juxtapositions(grouping: Grouping, roles: WordRoles): Uint8Array {
  const marks = new Uint8Array(grouping.size);
  for (let g = 0; g < grouping.size; g++) {
    const n = grouping.length[g]!;
    if (n < 2 || grouping.nameCount[g]! * 2 < grouping.count[g]!) continue;
    if (splits(grouping, roles, g, firstWord(grouping, g), n)) marks[g] = 1;
  }
  return marks;
}
