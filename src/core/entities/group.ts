/**
 * From mentions to entities: mentions of the same gazetteer entry merge under its canonical name
 * (`Usa` and `Stati Uniti`), mentions written alike merge, and a shorter name inside a longer person-like
 * name counts for it (`Putin` for `Vladimir Putin`, `Kim` for `Kim Jong Un`), choosing, when several
 * longer names contain it, the one mentioned last before it.
 */
import { lookup, normaliseName } from './lexicon.js';
import type { Mention } from './mentions.js';
import type { EntityLexicon } from './types.js';

/** Mentions that refer to one entity. */
export interface Group {
  /** Grouping key: `place:`/`organisation:` plus the canonical name, or the normalised name. */
  key: string;
  /** The gazetteer's canonical name, or null for a name no gazetteer lists. */
  canonical: string | null;
  /** Which gazetteer listed it, if any. */
  listed: 'place' | 'organisation' | null;
  /** Lower-case words of its longest form. */
  words: string[];
  /** Its mentions, in text order. */
  mentions: Mention[];
  /** True when a shorter name was merged into it (a surname used alone). */
  aliased: boolean;
}

/** Groups mentions into entities, in order of first mention. */
export function groupMentions(mentions: readonly Mention[], lexicon: EntityLexicon): Group[] {
  const byKey = new Map<string, Group>();
  for (const m of mentions) {
    const place = lookup(lexicon.places, lexicon, m.text);
    const organisation = place ? null : lookup(lexicon.organisations, lexicon, m.text);
    const canonical = place ?? organisation;
    const listed = place ? 'place' : organisation ? 'organisation' : null;
    const key = listed ? `${listed}:${canonical}` : normaliseName(m.text);
    let group = byKey.get(key);
    if (!group) {
      group = { key, canonical, listed, words: m.words, mentions: [], aliased: false };
      byKey.set(key, group);
    }
    group.mentions.push(m);
    if (m.words.length > group.words.length) group.words = m.words;
  }
  const groups = [...byKey.values()];
  mergeShortNames(groups, lexicon);
  return groups.filter((g) => g.mentions.length > 0);
}

/** True when a group may absorb shorter names: not a listed place or body, no place or organisation word. */
function personLike(g: Group, lexicon: EntityLexicon): boolean {
  if (g.listed) return false;
  return !g.words.some((w) => lexicon.placeHeads.has(w) || lexicon.organisationHeads.has(w));
}

/** True when `inner` occurs as a contiguous run of words inside the longer `outer`. */
function containsRun(outer: readonly string[], inner: readonly string[]): boolean {
  scan: for (let i = 0; i + inner.length <= outer.length; i++) {
    for (let k = 0; k < inner.length; k++) if (outer[i + k] !== inner[k]) continue scan;
    return true;
  }
  return false;
}

/** Moves each mention of a shorter unlisted name into the longer person-like group that contains it. */
function mergeShortNames(groups: Group[], lexicon: EntityLexicon): void {
  const byWord = new Map<string, Group[]>();
  for (const g of groups) {
    if (g.words.length < 2 || !personLike(g, lexicon)) continue;
    for (const w of new Set(g.words)) {
      const list = byWord.get(w);
      if (list) list.push(g);
      else byWord.set(w, [g]);
    }
  }
  // Where each host was mentioned under its own name, before any merge, in text order.
  const starts = new Map<Group, number[]>();
  for (const g of groups)
    starts.set(
      g,
      g.mentions.map((m) => m.start),
    );
  for (const short of groups) {
    if (short.listed) continue;
    const hosts = (byWord.get(short.words[0]!) ?? []).filter(
      (g) => g !== short && g.words.length > short.words.length && containsRun(g.words, short.words),
    );
    if (hosts.length === 0) continue;
    for (const m of short.mentions) {
      const host = hosts.length === 1 ? hosts[0]! : nearestHost(hosts, starts, m.start);
      host.mentions.push(m);
      host.aliased = true;
    }
    short.mentions = [];
  }
  for (const g of groups) g.mentions.sort((a, b) => a.start - b.start);
}

/** The host mentioned last before `at`, else the first one mentioned after it. */
function nearestHost(hosts: readonly Group[], starts: ReadonlyMap<Group, number[]>, at: number): Group {
  let best = hosts[0]!;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const h of hosts) {
    const list = starts.get(h) ?? [];
    const i = lastAtOrBefore(list, at);
    const distance = i >= 0 ? at - list[i]! : list.length > 0 ? 1e12 + list[0]! : Number.POSITIVE_INFINITY;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = h;
    }
  }
  return best;
}

/** Index of the last value at or before `at` in an ascending list, or -1 (binary search). */
function lastAtOrBefore(list: readonly number[], at: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
