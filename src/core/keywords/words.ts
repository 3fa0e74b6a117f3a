/**
 * The words keyphrases are made of, read off a segmentation: one entry per word, number or
 * abbreviation token inside a sentence, with the facts candidate generation and scoring need.
 * Punctuation, symbols, dates, web addresses and line breaks are not words: they separate runs.
 * Words live in typed arrays (one entry per word in each).
 */
import { datelineEnd } from '../segment/dateline.js';
import type { SegmentedText } from '../segment/index.js';
import { KIND } from '../segment/token-list.js';
import { splitNameCompounds } from './compounds.js';
import type { Lexicon } from './lexicon.js';
import { markVerbs } from './verbs.js';
import {
  CAPITAL,
  hasHyphen,
  INITIAL,
  NON_FINAL,
  NUMERIC,
  startsUpper,
  Vocabulary,
  WordBuilder,
} from './vocabulary.js';

export { ALL_CAPS, CAPITAL, INITIAL, NON_FINAL, NUMERIC, STOP } from './vocabulary.js';

/** The words of a text, one index per word in every array. */
export interface WordSequence {
  /** Number of words. */
  size: number;
  /** Offset of each word's first code unit. */
  start: Int32Array;
  /** Offset after each word's last code unit (a possessive `'s` is left out). */
  end: Int32Array;
  /** Index of each word's look-up form in `forms`. */
  formId: Int32Array;
  /** Index of each word's sentence. */
  sentence: Int32Array;
  /** Run of each word: words with no punctuation between them share one; a keyphrase never spans two. */
  run: Int32Array;
  /** Facts about each word: `STOP | NON_FINAL | NUMERIC | CAPITAL | ALL_CAPS | INITIAL`. */
  flags: Uint8Array;
  /** Distinct look-up forms (lower case, straight apostrophes, no final apostrophe). */
  forms: string[];
  /** Number of sentences of the segmentation. */
  sentences: number;
  /** For each sentence: true when it is a heading (title line). */
  headings: boolean[];
}

/** Token kinds that can be part of a keyphrase, by `KIND` code. */
const WORD_KINDS: ReadonlySet<number> = new Set([
  KIND.word,
  KIND.number,
  KIND.abbreviation,
  KIND.hashtag,
  KIND.mention,
]);

/** Punctuation after which a capital letter starts a new clause, so it is no sign of a name. */
const OPENERS: ReadonlySet<string> = new Set([
  ':',
  '“',
  '«',
  '"',
  '‘',
  '(',
  '[',
  '—',
  '–',
  '-',
  '•',
  '*',
  '„',
  '»',
  '¿',
  '¡',
]);

/**
 * True when a line break lies between two tokens. Inside a sentence a wrapped line continues the
 * run, but a line starting with a capital is a new line of its own (a title glued to its text).
 */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** True when a number is glued to a dash or slash (`22-0`, `3/4`): a score or a ratio, not a name's number. */
function partOfRange(text: string, end: number): boolean {
  const c = text[end];
  return c === '-' || c === '–' || c === '/' || c === ':';
}

/** Length of a possessive ending (`'s`, `’s`, or a bare final apostrophe) to drop, 0 when none. */
function possessiveLength(word: string): number {
  const n = word.length;
  if (n > 3 && (word[n - 1] === 's' || word[n - 1] === 'S') && (word[n - 2] === "'" || word[n - 2] === '’'))
    return 2;
  if (n > 2 && (word[n - 1] === "'" || word[n - 1] === '’') && word[n - 2] === 's') return 1;
  return 0;
}

/** The word of a token (`text`, of kind `code`), with a possessive ending cut off where the language has one. */
function tokenWord(text: string, code: number, lexicon: Lexicon): string {
  const cut = lexicon.possessive && code === KIND.word ? possessiveLength(text) : 0;
  return cut > 0 ? text.slice(0, -cut) : text;
}

/** Reads the words of every sentence of a segmentation, in order. */
export function readWords(text: string, seg: SegmentedText, lexicon: Lexicon): WordSequence {
  const { tokens } = seg;
  const vocabulary = new Vocabulary(lexicon);
  const out = new WordBuilder();
  const headings: boolean[] = [];
  const compounds: number[] = [];
  let run = 0;
  for (let s = 0; s < seg.sentences.length; s++) {
    const sentence = seg.sentences[s]!;
    headings.push(sentence.heading);
    run++;
    let initial = true;
    let previousEnd = -1;
    // A dateline (`ROMA – `, `(ANSA) - BOLOGNA, 14 OTT - `) says where the story was filed, not what it is about.
    for (let t = datelineEnd(tokens, sentence.tokenStart, sentence.tokenEnd); t < sentence.tokenEnd; t++) {
      const start = tokens.start[t]!;
      const end = tokens.end[t]!;
      const code = tokens.code[t]!;
      const written = text.slice(start, end);
      if (previousEnd >= 0 && lineBreakBetween(text, previousEnd, start) && startsUpper(written)) {
        run++;
        initial = true;
      }
      previousEnd = end;
      if (!WORD_KINDS.has(code)) {
        run++;
        if (OPENERS.has(written)) initial = true;
        continue;
      }
      const surface = tokenWord(written, code, lexicon);
      const spelling = vocabulary.spelling(surface, code === KIND.number);
      const wasInitial = initial;
      initial = false;
      if (!spelling) {
        run++;
        continue;
      }
      let extra = wasInitial ? INITIAL : 0;
      if (spelling.flags & NUMERIC && partOfRange(text, end)) extra |= NON_FINAL;
      if (spelling.flags & CAPITAL && hasHyphen(surface)) compounds.push(out.size);
      out.push(start, start + surface.length, spelling, s, run, extra);
      if (surface.length < written.length) run++;
    }
  }
  const words: WordSequence = {
    ...out.filled(),
    forms: vocabulary.forms,
    sentences: seg.sentences.length,
    headings,
  };
  markVerbs(words, lexicon);
  return compounds.length > 0 ? splitNameCompounds(text, words, compounds, vocabulary) : words;
}
