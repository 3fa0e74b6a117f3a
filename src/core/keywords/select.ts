/**
 * Selection: the best groups, best first, skipping those that repeat a better one: the same
 * stemmed words (`russo` after `Russia`), or a fragment whose occurrences mostly lie inside a better
 * phrase (`Kim Jong` after `Kim Jong Un`). The result is a diverse list, not overlapping n-grams.
 */
import type { Aliases } from './aliases.js';
import { firstWord, type Grouping, groupKey } from './groups.js';
import type { Lexicon } from './lexicon.js';
import type { WordRoles } from './names.js';
import type { Keyphrase, Occurrence } from './types.js';
import type { WordSequence } from './words.js';

/**
 * Share of a phrase's occurrences lying inside a selected longer phrase above which it is a
 * fragment of that phrase rather than a keyphrase of its own: more than half.
 */
const FRAGMENT_SHARE = 0.5;

/** Everything selection needs about one text. */
export interface SelectionContext {
  text: string;
  words: WordSequence;
  grouping: Grouping;
  roles: WordRoles;
  aliases: Aliases;
  lexicon: Lexicon;
  scores: Float64Array;
}

/** A group picked so far, with what redundancy checks compare. */
interface Chosen {
  group: number;
  key: string;
}

/** The `k`-th largest of `values` (k counted from 1); reorders `values`. */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}

/**
 * The `m` best-scored groups (ties included), best first; sorting only them keeps long texts fast.
 * Of two groups with the same score the longer phrase comes first, so that a name read whole
 * (`Consejo de Ministros`) is chosen before the fragment (`Consejo`) that it then leaves out.
 */
function bestGroups(scores: Float64Array, length: readonly number[], m: number): number[] {
  const positive: number[] = [];
  for (let g = 0; g < scores.length; g++) if (scores[g]! > 0) positive.push(g);
  let ids = positive;
  if (positive.length > m) {
    const threshold = kthLargest(
      Float64Array.from(positive, (g) => scores[g]!),
      m,
    );
    ids = positive.filter((g) => scores[g]! >= threshold);
  }
  return ids.sort((a, b) => scores[b]! - scores[a]! || length[b]! - length[a]! || a - b);
}

/** The key with every content word stemmed, names included: variants of one word meet here. */
function stemmedKey(ctx: SelectionContext, g: number): string {
  const { grouping, roles, lexicon } = ctx;
  const i = firstWord(grouping, g);
  const parts: string[] = [];
  for (let k = i; k < i + grouping.length[g]!; k++) {
    if (roles.content[k]) parts.push(lexicon.stem(grouping.keys[grouping.wordKey[k]!]!));
  }
  return parts.join(' ');
}

/**
 * Share of `sub`'s occurrences lying inside an occurrence of `sup`. Both lists are in text order and
 * every occurrence of `sup` has the same length, so the only candidate for an occurrence of `sub` is
 * the last occurrence of `sup` starting at or before it: one merge-like pass, linear in both lists.
 */
function insideShare(grouping: Grouping, sub: number, sup: number): number {
  const { occurrenceStart, occurrence, length } = grouping;
  const supEnd = occurrenceStart[sup + 1]!;
  let p = occurrenceStart[sup]!;
  let inside = 0;
  for (let o = occurrenceStart[sub]!; o < occurrenceStart[sub + 1]!; o++) {
    const a = occurrence[o]!;
    const b = a + length[sub]! - 1;
    while (p + 1 < supEnd && occurrence[p + 1]! <= a) p++;
    const f = occurrence[p]!;
    if (p < supEnd && f <= a && b <= f + length[sup]! - 1) inside++;
  }
  return inside / (occurrenceStart[sub + 1]! - occurrenceStart[sub]!);
}

/** True when group `g` (key `key`) repeats one of the groups already chosen. */
function redundant(
  ctx: SelectionContext,
  g: number,
  key: string,
  chosen: readonly Chosen[],
  chosenWords: ReadonlySet<number>,
): boolean {
  if (madeOfChosen(ctx, g, chosenWords)) return true;
  const padded = ` ${key} `;
  for (const c of chosen) {
    if (
      c.key.length > key.length &&
      ` ${c.key} `.includes(padded) &&
      insideShare(ctx.grouping, g, c.group) > FRAGMENT_SHARE
    ) {
      return true;
    }
  }
  return false;
}

/**
 * True when every content word of a phrase of several words is already in a chosen phrase
 * (`Gobierno de España` after `Gobierno` and `España`, `Nord Corea` after `Corea del Nord`).
 */
function madeOfChosen(ctx: SelectionContext, g: number, chosenWords: ReadonlySet<number>): boolean {
  const { grouping, roles } = ctx;
  const i = firstWord(grouping, g);
  let content = 0;
  for (let k = i; k < i + grouping.length[g]!; k++) {
    if (!roles.content[k]) continue;
    content++;
    if (!chosenWords.has(grouping.wordKey[k]!)) return false;
  }
  return content > 1;
}

/**
 * Every occurrence of a group and of the short names merged into it, in text order, with its text;
 * an occurrence lying inside or across an earlier one (`Putin` inside `Vladimir Putin`, the second
 * `sanzione sanzioni` of `sanzione sanzioni sanzione`) is left out, so the spans never overlap. Sorted
 * by start, longer first, an occurrence overlaps a kept one exactly when it starts before the furthest
 * end kept so far, so one pass decides it.
 */
function occurrencesOf(ctx: SelectionContext, g: number): { at: Occurrence; surface: string }[] {
  const { grouping, words, text } = ctx;
  const spans: Occurrence[] = [];
  const add = (group: number): void => {
    const n = grouping.length[group]!;
    for (let o = grouping.occurrenceStart[group]!; o < grouping.occurrenceStart[group + 1]!; o++) {
      const a = grouping.occurrence[o]!;
      spans.push({ start: words.start[a]!, end: words.end[a + n - 1]! });
    }
  };
  add(g);
  for (const member of ctx.aliases.members.get(g) ?? []) add(member);
  spans.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: { at: Occurrence; surface: string }[] = [];
  let furthest = -1;
  for (const at of spans) {
    if (at.start < furthest) continue;
    furthest = at.end;
    out.push({ at, surface: text.slice(at.start, at.end) });
  }
  return out;
}

/**
 * The surface written most often, white space collapsed. On a tie, a common phrase prefers a form
 * in lower case (`floods` over the headline's `Floods`), then the earliest.
 */
function mostFrequentSurface(occurrences: readonly { surface: string }[], name: boolean): string {
  const counts = new Map<string, number>();
  for (const { surface } of occurrences) counts.set(surface, (counts.get(surface) ?? 0) + 1);
  let best = '';
  let bestRank = -1;
  for (const [surface, n] of counts) {
    const lower = !name && surface.charAt(0) === surface.charAt(0).toLowerCase() ? 0.5 : 0;
    if (n + lower > bestRank) {
      best = surface;
      bestRank = n + lower;
    }
  }
  return best.replace(/\s+/g, ' ');
}

/** Builds the public keyphrase of a group. */
function toKeyphrase(ctx: SelectionContext, g: number, key: string): Keyphrase {
  const found = occurrencesOf(ctx, g);
  const name = ctx.grouping.nameCount[g]! * 2 >= ctx.grouping.count[g]!;
  return {
    text: mostFrequentSurface(found, name),
    key,
    score: ctx.scores[g]!,
    count: found.length,
    name,
    occurrences: found.map((x) => x.at),
  };
}

/** Picks the `top` best non-redundant groups, best first. */
export function selectKeyphrases(ctx: SelectionContext, top: number): Keyphrase[] {
  const out: Keyphrase[] = [];
  if (top <= 0) return out;
  let pool = 4 * top + 32;
  for (;;) {
    const order = bestGroups(ctx.scores, ctx.grouping.length, pool);
    const chosen: Chosen[] = [];
    const chosenWords = new Set<number>();
    const stems = new Set<string>();
    out.length = 0;
    for (const g of order) {
      if (out.length >= top) break;
      const stem = stemmedKey(ctx, g);
      const key = groupKey(ctx.grouping, g);
      if (stems.has(stem) || redundant(ctx, g, key, chosen, chosenWords)) continue;
      chosen.push({ group: g, key });
      const i = firstWord(ctx.grouping, g);
      for (let k = i; k < i + ctx.grouping.length[g]!; k++)
        if (ctx.roles.content[k]) chosenWords.add(ctx.grouping.wordKey[k]!);
      stems.add(stem);
      out.push(toKeyphrase(ctx, g, key));
    }
    if (out.length >= top || order.length < pool) return out;
    pool *= 4;
  }
}
