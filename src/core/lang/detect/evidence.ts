/**
 * Evidence for language detection: a single pass over the words of a text that adds up, for each
 * language, the weight of the function words it shares with that language and of its letter cues.
 */
import { languageData, SUPPORTED_LANGUAGES } from '../index.js';
import { CUES, type LanguageCues } from './cues.js';
import { SHARES } from './shares.js';

/** What one pass over a text found for each language; arrays are indexed like `languages`. */
export interface Evidence {
  /** Codes of the languages weighed, in registry order. */
  languages: readonly string[];
  /** Number of words (runs of letters) read. */
  words: number;
  /** Weighted function-word hits per language. */
  stop: number[];
  /** Weighted letter-cue hits per language. */
  cues: number[];
}

/**
 * Characters read from the start of a text: about 3,000 words, far more than the 400 words past
 * which confidence stops growing (see `SAMPLE_CAP` in `detect.ts`). A call on a 10 MB text took
 * 3.5–6 ms on the development machine, the same as on its first 20,000 characters.
 */
export const MAX_CHARS = 20_000;

/**
 * Exponent of the list-size correction of function-word evidence. A longer list finds more of its
 * own language's words but also more chance hits in other languages; each hit is multiplied by
 * (mean list size ÷ the language's list size) to this power. Errors on the 15,003 measurement
 * texts described in `detect.ts`: 167 with 0, 163 with 0.25, 171 with 0.5, 196 with 1.
 */
const SIZE_EXPONENT = 0.25;

/**
 * How much sharing discounts a function word: a word listed by k languages counts k^-x for each of
 * them. 1 (an even split) undercounts the evidence against the languages that lack the word, 0
 * (full weight) lets `la`, `de`, `que` drown exclusive words. Errors on the measurement texts: 174
 * with 0, 163 with 0.5, 166 with 1.
 */
const SHARED_EXPONENT = 0.5;

/** Weights of one lookup key, one per language. */
type Weights = Float64Array;

/** Lookup tables built once from the registry and the cue lists; weights are indexed like `languages`. */
interface Tables {
  /** Codes of the languages weighed, in registry order. */
  languages: readonly string[];
  /** Function word → its weight for each language that lists it. */
  stop: Map<string, Weights>;
  /** Character code → its cue weights. */
  chars: Map<number, Weights>;
  /** Word ending → its cue weights. */
  suffixes: Map<string, Weights>;
  /** Word beginning → its cue weights. */
  prefixes: Map<string, Weights>;
  /** Letter sequence inside a word → its cue weights. */
  infixes: Map<string, Weights>;
  /** Distinct lengths of the suffix keys, longest first. */
  suffixLengths: number[];
  /** Distinct lengths of the prefix keys, longest first. */
  prefixLengths: number[];
  /** Distinct lengths of the infix keys, longest first. */
  infixLengths: number[];
}

let tables: Tables | undefined;

/** Adds `weight` for language `index` to the entry `key` of `map`, creating the entry on first use. */
function add<K>(map: Map<K, Weights>, key: K, index: number, weight: number, size: number): void {
  let weights = map.get(key);
  if (!weights) {
    weights = new Float64Array(size);
    map.set(key, weights);
  }
  weights[index] = (weights[index] ?? 0) + weight;
}

/** Adds every cue of `groups` to `map`, read through `keyOf` (characters become their code). */
function addGroups<K>(
  map: Map<K, Weights>,
  groups: LanguageCues[keyof LanguageCues],
  keyOf: (cue: string) => K,
  index: number,
  size: number,
): void {
  for (const [weight, cues] of groups) {
    for (const cue of cues.split(' ')) add(map, keyOf(cue), index, weight, size);
  }
}

/** Distinct key lengths of a sequence table, so a word is probed only at lengths that exist. */
function lengthsOf(map: Map<string, Weights>): number[] {
  return [...new Set([...map.keys()].map((key) => key.length))].sort((a, b) => b - a);
}

/**
 * Function-word weights: a word listed by k languages gives each of them k^-SHARED_EXPONENT, scaled
 * by its relative frequency in `SHARES` when it has an entry there and corrected for the size of
 * each language's list, so shared words (`a`, `de`, `la`) say less than exclusive ones.
 */
function stopWeights(languages: readonly string[]): Map<string, Weights> {
  const lists = languages.map((code) => languageData(code).stopwords);
  const mean = lists.reduce((sum, list) => sum + list.size, 0) / Math.max(1, lists.length);
  const owners = new Map<string, number[]>();
  lists.forEach((list, index) => {
    for (const word of list) {
      const entry = owners.get(word);
      if (entry) entry.push(index);
      else owners.set(word, [index]);
    }
  });
  const map = new Map<string, Weights>();
  for (const [word, indices] of owners) {
    const shares = SHARES[word];
    for (const index of indices) {
      const size = lists[index]?.size ?? mean;
      const correction = (mean / Math.max(1, size)) ** SIZE_EXPONENT;
      const share = shares ? (shares[languages[index] ?? ''] ?? 0) / Math.max(...Object.values(shares)) : 1;
      add(map, word, index, correction * share * indices.length ** -SHARED_EXPONENT, languages.length);
    }
  }
  return map;
}

/** The lookup tables, built on first use from the registry's languages. */
function getTables(): Tables {
  if (tables) return tables;
  const languages = SUPPORTED_LANGUAGES;
  const size = languages.length;
  const chars = new Map<number, Weights>();
  const suffixes = new Map<string, Weights>();
  const prefixes = new Map<string, Weights>();
  const infixes = new Map<string, Weights>();
  languages.forEach((code, index) => {
    const cues = CUES[code];
    if (!cues) return;
    addGroups(chars, cues.chars, (cue) => cue.charCodeAt(0), index, size);
    addGroups(suffixes, cues.suffixes, (cue) => cue, index, size);
    addGroups(prefixes, cues.prefixes, (cue) => cue, index, size);
    addGroups(infixes, cues.infixes, (cue) => cue, index, size);
  });
  tables = {
    languages,
    stop: stopWeights(languages),
    chars,
    suffixes,
    prefixes,
    infixes,
    suffixLengths: lengthsOf(suffixes),
    prefixLengths: lengthsOf(prefixes),
    infixLengths: lengthsOf(infixes),
  };
  return tables;
}

/** Adds `weights` into `into`, when there are any. */
function accumulate(into: number[], weights: Weights | undefined): void {
  if (!weights) return;
  for (let i = 0; i < into.length; i++) into[i] = (into[i] ?? 0) + (weights[i] ?? 0);
}

/** Adds `weights` into the typed array `into`, when there are any. */
function addInto(into: Weights, weights: Weights | undefined): void {
  if (!weights) return;
  for (let i = 0; i < into.length; i++) into[i] = (into[i] ?? 0) + (weights[i] ?? 0);
}

/** The sequence-cue weights of one lower-case word, per language. */
function wordCues(word: string, t: Tables): Weights {
  const weights = new Float64Array(t.languages.length);
  for (const n of t.suffixLengths) if (word.length > n) addInto(weights, t.suffixes.get(word.slice(-n)));
  for (const n of t.prefixLengths) if (word.length > n) addInto(weights, t.prefixes.get(word.slice(0, n)));
  for (const n of t.infixLengths) {
    for (let i = 0; i + n <= word.length; i++) addInto(weights, t.infixes.get(word.slice(i, i + n)));
  }
  return weights;
}

/** Runs of letters (with their combining marks): the words the detector reads. */
const WORD = /[\p{L}\p{M}]+/gu;

/** Whitespace runs, which cut the sample into chunks. */
const SPACE = /\s+/;

/**
 * True for a chunk that is an address, a mention or a hashtag (`http://t.co/x`, `@user`, `#crisi`):
 * its letters are names and codes, not words of the language (`t` and `co` look English).
 */
function isNotProse(chunk: string): boolean {
  return chunk.includes('://') || chunk.startsWith('www.') || chunk.includes('@') || chunk.startsWith('#');
}

/** Reads the first `MAX_CHARS` characters of `text` once and adds up the evidence for each language. */
export function collectEvidence(text: string): Evidence {
  const t = getTables();
  const sample = text.slice(0, MAX_CHARS).normalize('NFC').toLowerCase();
  const stop = t.languages.map(() => 0);
  const cues = t.languages.map(() => 0);
  // Words repeat (Zipf): each distinct word's cues are computed once per call.
  const seen = new Map<string, Weights>();
  let words = 0;
  for (const chunk of sample.split(SPACE)) {
    if (chunk === '' || isNotProse(chunk)) continue;
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (t.chars.has(code)) accumulate(cues, t.chars.get(code));
    }
    for (const match of chunk.matchAll(WORD)) {
      const word = match[0];
      words++;
      accumulate(stop, t.stop.get(word));
      let weights = seen.get(word);
      if (!weights) {
        weights = wordCues(word, t);
        seen.set(word, weights);
      }
      accumulate(cues, weights);
    }
  }
  return { languages: t.languages, words, stop, cues };
}
