/**
 * Words as readability formulas count them: what a reader sees as one word, i.e. a run of word tokens
 * written without a space in between, so an elided article and its noun (`l’obiettivo`) or a hyphenated
 * compound count once, as in the formulas' own manual counts. Units without a letter (`2019`) are not
 * words here: they have no letters or syllables to count.
 */
import type { SegmentedText } from '../segment/index.js';
import { KIND } from '../segment/token-list.js';
import type { Sentence } from '../types.js';

/** Token kinds that can be part of a word, by `KIND` code. */
const WORDLIKE: ReadonlySet<number> = new Set([KIND.word, KIND.abbreviation, KIND.number]);

/** Lower-cased words of the given sentences, in order. */
export function sentenceWords(seg: SegmentedText, sentences: readonly Sentence[]): string[] {
  const { tokens } = seg;
  const words: string[] = [];
  for (const sentence of sentences) {
    let unit = '';
    let letters = false;
    let end = -1;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const code = tokens.code[t]!;
      if (!WORDLIKE.has(code)) {
        if (letters) words.push(unit.toLowerCase());
        unit = '';
        letters = false;
      } else if (tokens.start[t] === end && unit !== '') {
        const written = tokens.text(t);
        unit += written;
        letters ||= hasLetter(code, written);
      } else {
        if (letters) words.push(unit.toLowerCase());
        unit = tokens.text(t);
        letters = hasLetter(code, unit);
      }
      end = tokens.end[t]!;
    }
    if (letters) words.push(unit.toLowerCase());
  }
  return words;
}

/**
 * Lower-cased word tokens of the given sentences, for lexical diversity: an elided article is a word of
 * its own there (`l’` + `obiettivo`), so `l’obiettivo` and `obiettivo` share the type `obiettivo`.
 */
export function sentenceTokens(seg: SegmentedText, sentences: readonly Sentence[]): string[] {
  const { tokens } = seg;
  const words: string[] = [];
  for (const sentence of sentences) {
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const code = tokens.code[t]!;
      if (!WORDLIKE.has(code)) continue;
      const written = tokens.text(t);
      if (hasLetter(code, written)) words.push(written.toLowerCase());
    }
  }
  return words;
}

/** True when a token has a letter: words and abbreviations always do, numbers only when mixed (`G7`). */
function hasLetter(code: number, text: string): boolean {
  return code !== KIND.number || /\p{L}/u.test(text);
}

/** Letters in a word (apostrophes, hyphens and digits are not letters). */
export function letterCount(word: string): number {
  return word.match(/\p{L}/gu)?.length ?? 0;
}
