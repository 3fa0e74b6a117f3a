/**
 * Candidate keyphrases: every 1- to 4-word span inside a run of words (no punctuation inside) that
 * starts and ends with a content word. Function words may stand inside only as a connector
 * (`Corea del Nord`, `forces de la coalition`) or as a particle between two parts of a name
 * (`Leonardo da Vinci`); a number may close a phrase (`Risoluzione 2270`) but not open one.
 */
import type { Lexicon } from './lexicon.js';
import type { WordRoles } from './names.js';
import { CAPITAL, NON_FINAL, NUMERIC, type WordSequence } from './words.js';

/** Longest run of function words allowed inside a keyphrase (`de la` in `forces de la coalition`). */
const MAX_INNER_STOPWORDS = 2;

/** True when the function words `a..b` may stand inside a keyphrase. */
function innerStopsAllowed(
  seq: WordSequence,
  roles: WordRoles,
  lexicon: Lexicon,
  a: number,
  b: number,
): boolean {
  const first = seq.forms[seq.formId[a]!]!;
  if (a === b && lexicon.connectors.has(first)) return true;
  if (b === a + 1 && lexicon.connectors.has(first) && lexicon.articles.has(seq.forms[seq.formId[b]!]!))
    return true;
  if (!roles.name[a - 1] || !roles.name[b + 1]) return false;
  for (let k = a; k <= b; k++) if (!lexicon.nameParticles.has(seq.forms[seq.formId[k]!]!)) return false;
  return true;
}

/**
 * True when word `j` is lower case right after a capitalised word: in German, where nouns are
 * capitalised and adjectives precede them, that is a verb or an adverb after a noun (`Berlin plant`).
 */
function nounThenLowerCase(seq: WordSequence, j: number): boolean {
  return (seq.flags[j]! & CAPITAL) === 0 && (seq.flags[j - 1]! & CAPITAL) !== 0;
}

/**
 * True when word `j` can only stand before a noun (an English `-ed` form, a German lower-case word)
 * yet follows a noun-like word of its run: then it is the verb of a clause (`rain caused severe
 * flooding`), not a modifier (`distributed systems`), and no keyphrase starts or runs through it.
 */
function participleAfterNoun(seq: WordSequence, roles: WordRoles, j: number): boolean {
  const f = seq.flags[j]!;
  if (!(f & NON_FINAL) || f & NUMERIC || roles.name[j]) return false;
  return roles.content[j - 1] === 1 && !(seq.flags[j - 1]! & NON_FINAL);
}

/** True when word `j` may close a keyphrase starting at `i`. */
function closes(seq: WordSequence, roles: WordRoles, i: number, j: number): boolean {
  const f = seq.flags[j]!;
  if (roles.content[j]) return !(f & NON_FINAL) || roles.name[j] === 1;
  return (f & NUMERIC) !== 0 && !(f & NON_FINAL) && j > i && roles.content[j - 1] === 1;
}

/**
 * Calls `emit(i, j)` for every candidate span of words `i..j` whose length in words is within
 * `[minWords, maxWords]`, in order of `i` then `j`. A single word needs two letters at least.
 */
export function forEachCandidate(
  seq: WordSequence,
  roles: WordRoles,
  lexicon: Lexicon,
  minWords: number,
  maxWords: number,
  emit: (i: number, j: number) => void,
): void {
  const n = seq.size;
  for (let i = 0; i < n; i++) {
    if (!roles.content[i]) continue;
    const run = seq.run[i]!;
    if (i > 0 && seq.run[i - 1] === run && participleAfterNoun(seq, roles, i)) continue;
    let stopStart = -1;
    for (let j = i; j < n && j - i < maxWords; j++) {
      if (seq.run[j] !== run) break;
      if (!roles.content[j] && !(seq.flags[j]! & NUMERIC)) {
        if (stopStart < 0) stopStart = j;
        if (j - stopStart + 1 > MAX_INNER_STOPWORDS) break;
        continue;
      }
      if (stopStart >= 0) {
        if (!innerStopsAllowed(seq, roles, lexicon, stopStart, j - 1)) break;
        stopStart = -1;
      } else if (
        j > i &&
        (participleAfterNoun(seq, roles, j) || (lexicon.capitalisedNouns && nounThenLowerCase(seq, j)))
      ) {
        break;
      }
      if (j - i + 1 < minWords || !closes(seq, roles, i, j)) continue;
      if (j === i && seq.end[i]! - seq.start[i]! < 2) continue;
      emit(i, j);
    }
  }
}
