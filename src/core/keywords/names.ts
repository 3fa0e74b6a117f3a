/**
 * Proper names from capitalisation. A word form is a name when, inside sentences (not first word,
 * not in a Title Case line), it is written with a capital at least as often as without one; acronyms
 * are names. A capitalised function word next to another capital is part of a name, not a stopword:
 * `Un` in `Kim Jong Un`, `Stati` in `Stati Uniti`.
 */
import type { Lexicon } from './lexicon.js';
import { ALL_CAPS, CAPITAL, INITIAL, NUMERIC, STOP, type WordSequence } from './words.js';

/** What each word is for candidate generation. */
export interface WordRoles {
  /** For each word: 1 when it may start or end a keyphrase. */
  content: Uint8Array;
  /** For each word: 1 when it is (part of) a proper name. */
  name: Uint8Array;
}

/**
 * Share of capitalised words (among words of 4+ letters after the first) above which a heading is
 * in Title Case, so its capitals say nothing about names. Headlines in English Title Case capitalise
 * nearly every such word, Italian and French ones only names; 0.6 separates the two kinds of line.
 */
const TITLE_CASE_SHARE = 0.6;

/**
 * The same share for a sentence of running text, where a short sentence about two people and a
 * city (`À Marseille, Emmanuel Macron a parlé du port`) reaches 0.75 without being Title Case.
 */
const TITLE_CASE_SHARE_IN_TEXT = 0.85;

/** Fewest long words a sentence needs before it can be judged Title Case. */
const TITLE_CASE_MIN_WORDS = 3;

/**
 * Shortest acronym that overrides a stopword: `ONU`, `USA` are names, but two capitals (`US`, `IT`)
 * are as often a shouted pronoun or a heading as an acronym.
 */
const MIN_STOPWORD_ACRONYM = 3;

/** Marks the sentences whose capitals are typographic (Title Case or all capitals), not lexical. */
function titleCaseSentences(seq: WordSequence): Uint8Array {
  const long = new Int32Array(seq.sentences);
  const caps = new Int32Array(seq.sentences);
  for (let i = 0; i < seq.size; i++) {
    const f = seq.flags[i]!;
    if (f & (INITIAL | NUMERIC) || seq.end[i]! - seq.start[i]! < 4) continue;
    const s = seq.sentence[i]!;
    long[s]!++;
    if (f & CAPITAL) caps[s]!++;
  }
  const typographic = new Uint8Array(seq.sentences);
  for (let s = 0; s < seq.sentences; s++) {
    const share = seq.headings[s] ? TITLE_CASE_SHARE : TITLE_CASE_SHARE_IN_TEXT;
    typographic[s] = long[s]! >= TITLE_CASE_MIN_WORDS && caps[s]! / long[s]! >= share ? 1 : 0;
  }
  return typographic;
}

/** Capitalised and lower-case uses of each word form (by form id), counting only informative capitals. */
interface CapitalEvidence {
  upper: Int32Array;
  lower: Int32Array;
}

/** Counts, for each word form, capitalised and lower-case uses where the capital is informative. */
function capitalEvidence(seq: WordSequence, typographic: Uint8Array): CapitalEvidence {
  const upper = new Int32Array(seq.forms.length);
  const lower = new Int32Array(seq.forms.length);
  for (let i = 0; i < seq.size; i++) {
    const f = seq.flags[i]!;
    if (f & NUMERIC) continue;
    if (!(f & CAPITAL)) lower[seq.formId[i]!]!++;
    else if (!(f & INITIAL) && !typographic[seq.sentence[i]!]) upper[seq.formId[i]!]!++;
  }
  return { upper, lower };
}

/** Most name particles skipped to find a word's capitalised neighbour (`de los` in `Ciudad de los Reyes`). */
const MAX_PARTICLES = 2;

/**
 * True when the nearest word in direction `step` (+1 or -1) from `i`, past lower-case name
 * particles (`Rio de Janeiro`), is a capitalised content word of the same run.
 */
function capitalNeighbour(seq: WordSequence, lexicon: Lexicon, i: number, step: number): boolean {
  const run = seq.run[i]!;
  let j = i + step;
  for (let skipped = 0; j >= 0 && j < seq.size && seq.run[j] === run; j += step) {
    const f = seq.flags[j]!;
    if (f & CAPITAL) return (f & (STOP | NUMERIC)) === 0;
    if (skipped++ >= MAX_PARTICLES || !lexicon.nameParticles.has(seq.forms[seq.formId[j]!]!)) return false;
  }
  return false;
}

/** Decides, for every word, whether it can bound a keyphrase and whether it is part of a name. */
export function wordRoles(seq: WordSequence, lexicon: Lexicon): WordRoles {
  const typographic = titleCaseSentences(seq);
  const evidence = capitalEvidence(seq, typographic);
  const content = new Uint8Array(seq.size);
  const name = new Uint8Array(seq.size);
  for (let i = 0; i < seq.size; i++) {
    const f = seq.flags[i]!;
    if (f & NUMERIC) continue;
    const titleCase = typographic[seq.sentence[i]!] === 1;
    const capital = (f & CAPITAL) !== 0;
    if (f & STOP) {
      const acronym =
        (f & ALL_CAPS) !== 0 && !titleCase && seq.end[i]! - seq.start[i]! >= MIN_STOPWORD_ACRONYM;
      const inName =
        capital &&
        (acronym ||
          (!(f & INITIAL) &&
            !titleCase &&
            !lexicon.capitalisedNouns &&
            (capitalNeighbour(seq, lexicon, i, -1) || capitalNeighbour(seq, lexicon, i, 1))));
      content[i] = inName ? 1 : 0;
      name[i] = inName ? 1 : 0;
    } else {
      const acronym = (f & ALL_CAPS) !== 0 && !titleCase;
      const upper = evidence.upper[seq.formId[i]!]!;
      content[i] = 1;
      name[i] =
        capital &&
        (acronym || (!lexicon.capitalisedNouns && upper > 0 && upper >= evidence.lower[seq.formId[i]!]!))
          ? 1
          : 0;
    }
  }
  dropTitles(seq, lexicon, content, name);
  return { content, name };
}

/**
 * Takes titles out of the names they precede (`Minister` in `Prime Minister Rishi Sunak`,
 * `presidente` in `presidente Putin`): a title followed by a capitalised word of the same run is
 * neither content nor name, so the name stands alone. `Presidente della Repubblica` keeps its
 * title, as it names an office.
 */
function dropTitles(seq: WordSequence, lexicon: Lexicon, content: Uint8Array, name: Uint8Array): void {
  if (lexicon.titles.size === 0) return;
  for (let i = seq.size - 2; i >= 0; i--) {
    if (seq.run[i + 1] !== seq.run[i] || !(seq.flags[i + 1]! & CAPITAL) || seq.flags[i + 1]! & NUMERIC)
      continue;
    if (!content[i + 1] && !lexicon.titles.has(seq.forms[seq.formId[i + 1]!]!)) continue;
    if (!lexicon.titles.has(seq.forms[seq.formId[i]!]!)) continue;
    content[i] = 0;
    name[i] = 0;
  }
}
