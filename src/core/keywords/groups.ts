/**
 * Grouping: every occurrence of a candidate goes to the group of its key, so inflected and cased
 * variants (`sanzione`/`sanzioni`, `Sanzioni` at the start of a sentence) are one keyphrase. A word's
 * key is its stem, except in names, which are keyed by their lower-case form (`Mario` and `Maria`
 * share a stem but not a person). Groups live in flat arrays and are found through a trie of word
 * keys, so a 10 MB text groups in linear time without building a string per candidate.
 */
import { forEachCandidate } from './candidates.js';
import { IntMap } from './intmap.js';
import type { Lexicon } from './lexicon.js';
import type { WordRoles } from './names.js';
import { NUMERIC, type WordSequence } from './words.js';

/** The candidate groups of a text, one index per group in every per-group array. */
export interface Grouping {
  /** Number of groups. */
  size: number;
  /** Longest candidate, in words (the stride of `spanGroup`). */
  maxWords: number;
  /** Key id of each word. */
  wordKey: Int32Array;
  /** Key strings by key id: stems, lower-case names and function words. */
  keys: string[];
  /** Group of the span starting at word `i` with `n` words, at `i * maxWords + n - 1`; -1 when none. */
  spanGroup: Int32Array;
  /** Per group: words in the phrase (connectors included). */
  length: number[];
  /** Per group: occurrences. */
  count: number[];
  /** Per group: occurrences in which every content word is part of a name. */
  nameCount: number[];
  /** Per group: occurrences inside a heading. */
  headingCount: number[];
  /** Per group: distinct sentences it occurs in. */
  sentenceCount: number[];
  /** Per group: sentence of its first occurrence. */
  firstSentence: number[];
  /** Per group: occurrences followed, in the same run, by a content word (a phrase maybe cut short). */
  openCount: number[];
  /** Per group: occurrences preceded, in the same run, by a content word. */
  openLeftCount: number[];
  /** Per group: where its occurrences start in `occurrence` (`size + 1` entries). */
  occurrenceStart: Int32Array;
  /** First word of every occurrence, grouped by group, in text order within a group. */
  occurrence: Int32Array;
}

/**
 * Bits of a trie edge given to the word key: 2^24 distinct keys is far beyond any text's
 * vocabulary, and leaves 29 bits for the parent node within a double's exact integer range.
 */
const KEY_BITS = 2 ** 24;

/** The grouping key id of each word: stem for common words, lower-case form for names and function words. */
export function wordKeys(
  seq: WordSequence,
  roles: WordRoles,
  lexicon: Lexicon,
): { wordKey: Int32Array; keys: string[] } {
  const keys: string[] = [];
  const ids = new Map<string, number>();
  const stemId = new Int32Array(seq.forms.length).fill(-1);
  const formId = new Int32Array(seq.forms.length).fill(-1);
  const wordKey = new Int32Array(seq.size);
  const intern = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = keys.length;
      ids.set(key, id);
      keys.push(key);
    }
    return id;
  };
  for (let i = 0; i < seq.size; i++) {
    const f = seq.formId[i]!;
    const plain = roles.name[i] || seq.flags[i]! & NUMERIC || !roles.content[i];
    const cache = plain ? formId : stemId;
    if (cache[f]! < 0) cache[f] = intern(plain ? seq.forms[f]! : lexicon.stem(seq.forms[f]!));
    wordKey[i] = cache[f]!;
  }
  return { wordKey, keys };
}

/** Per-group arrays being filled, before the occurrences are laid out by group. */
interface Builder {
  length: number[];
  count: number[];
  nameCount: number[];
  headingCount: number[];
  sentenceCount: number[];
  firstSentence: number[];
  lastSentence: number[];
  openCount: number[];
  openLeftCount: number[];
}

/** Lays the occurrences out group by group (a counting sort that keeps text order inside a group). */
function layOut(size: number, count: readonly number[], emitted: Int32Array, firsts: Int32Array) {
  const occurrenceStart = new Int32Array(size + 1);
  for (let g = 0; g < size; g++) occurrenceStart[g + 1] = occurrenceStart[g]! + count[g]!;
  const fill = occurrenceStart.slice(0, size);
  const occurrence = new Int32Array(emitted.length);
  for (let o = 0; o < emitted.length; o++) occurrence[fill[emitted[o]!]!++] = firsts[o]!;
  return { occurrenceStart, occurrence };
}

/** Groups every candidate occurrence of the text by key. */
export function groupCandidates(
  seq: WordSequence,
  roles: WordRoles,
  lexicon: Lexicon,
  minWords: number,
  maxWords: number,
): Grouping {
  const { wordKey, keys } = wordKeys(seq, roles, lexicon);
  const { headings } = seq;
  const trie = new IntMap();
  const nodeGroup: number[] = [-1];
  const b: Builder = {
    length: [],
    count: [],
    nameCount: [],
    headingCount: [],
    sentenceCount: [],
    firstSentence: [],
    lastSentence: [],
    openCount: [],
    openLeftCount: [],
  };
  const spanGroup = new Int32Array(seq.size * maxWords).fill(-1);
  const emitted = new Int32Array(seq.size * maxWords);
  const firsts = new Int32Array(seq.size * maxWords);
  let emits = 0;
  let walkStart = -1;
  let walkEnd = -1;
  let node = 0;
  forEachCandidate(seq, roles, lexicon, minWords, maxWords, (i, j) => {
    if (i !== walkStart) {
      walkStart = i;
      walkEnd = i - 1;
      node = 0;
    }
    while (walkEnd < j) {
      walkEnd++;
      const edge = node * KEY_BITS + wordKey[walkEnd]!;
      let child = trie.get(edge);
      if (child < 0) {
        child = nodeGroup.length;
        nodeGroup.push(-1);
        trie.set(edge, child);
      }
      node = child;
    }
    let g = nodeGroup[node]!;
    const sentence = seq.sentence[i]!;
    if (g < 0) {
      g = b.length.length;
      nodeGroup[node] = g;
      b.length.push(j - i + 1);
      b.count.push(0);
      b.nameCount.push(0);
      b.headingCount.push(0);
      b.sentenceCount.push(0);
      b.firstSentence.push(sentence);
      b.lastSentence.push(-1);
      b.openCount.push(0);
      b.openLeftCount.push(0);
    }
    b.count[g]!++;
    let allNames = true;
    for (let k = i; k <= j; k++) if (roles.content[k] && !roles.name[k]) allNames = false;
    if (allNames) b.nameCount[g]!++;
    if (headings[sentence]) b.headingCount[g]!++;
    if (j + 1 < seq.size && seq.run[j + 1] === seq.run[j] && roles.content[j + 1]) b.openCount[g]!++;
    if (i > 0 && seq.run[i - 1] === seq.run[i] && roles.content[i - 1]) b.openLeftCount[g]!++;
    if (b.lastSentence[g] !== sentence) {
      b.sentenceCount[g]!++;
      b.lastSentence[g] = sentence;
    }
    spanGroup[i * maxWords + j - i] = g;
    emitted[emits] = g;
    firsts[emits++] = i;
  });
  const size = b.length.length;
  const { occurrenceStart, occurrence } = layOut(size, b.count, emitted.subarray(0, emits), firsts);
  return {
    size,
    maxWords,
    wordKey,
    keys,
    spanGroup,
    length: b.length,
    count: b.count,
    nameCount: b.nameCount,
    headingCount: b.headingCount,
    sentenceCount: b.sentenceCount,
    firstSentence: b.firstSentence,
    openCount: b.openCount,
    openLeftCount: b.openLeftCount,
    occurrenceStart,
    occurrence,
  };
}

/** The first word of a group's first occurrence: its words define the group's key. */
export function firstWord(grouping: Grouping, g: number): number {
  return grouping.occurrence[grouping.occurrenceStart[g]!]!;
}

/** The key of a group: its word keys joined by spaces (`corea del nord`). */
export function groupKey(grouping: Grouping, g: number): string {
  const i = firstWord(grouping, g);
  let key = grouping.keys[grouping.wordKey[i]!]!;
  for (let k = 1; k < grouping.length[g]!; k++) key += ' ' + grouping.keys[grouping.wordKey[i + k]!];
  return key;
}

/** The key ids of a group's content words (connectors and numbers left out). */
export function contentKeys(grouping: Grouping, roles: WordRoles, g: number): number[] {
  const i = firstWord(grouping, g);
  const out: number[] = [];
  for (let k = i; k < i + grouping.length[g]!; k++) if (roles.content[k]) out.push(grouping.wordKey[k]!);
  return out;
}
