/**
 * Words as readability formulas count them: what a reader sees as one word, i.e. a run of word tokens
 * written without a space in between, so an elided article and its noun (`l’obiettivo`) or a hyphenated
 * compound count once, as in the formulas' own manual counts. Units without a letter (`2019`) are not
 * words here: they have no letters or syllables to count.
 */
import type { Segmentation, Sentence, TokenKind } from '../types.js';

/** Token kinds that can be part of a word. */
const WORDLIKE: ReadonlySet<TokenKind> = new Set(['word', 'abbreviation', 'number']);

/** Lower-cased words of the given sentences, in order. */
export function sentenceWords(seg: Segmentation, sentences: readonly Sentence[]): string[] {
  const words: string[] = [];
  for (const sentence of sentences) {
    let unit = '';
    let letters = false;
    let end = -1;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const token = seg.tokens[t]!;
      if (!WORDLIKE.has(token.kind)) {
        if (letters) words.push(unit.toLowerCase());
        unit = '';
        letters = false;
      } else if (token.start === end && unit !== '') {
        unit += token.text;
        letters ||= hasLetter(token.kind, token.text);
      } else {
        if (letters) words.push(unit.toLowerCase());
        unit = token.text;
        letters = hasLetter(token.kind, token.text);
      }
      end = token.end;
    }
    if (letters) words.push(unit.toLowerCase());
  }
  return words;
}

/**
 * Lower-cased word tokens of the given sentences, for lexical diversity: an elided article is a word of
 * its own there (`l’` + `obiettivo`), so `l’obiettivo` and `obiettivo` share the type `obiettivo`.
 */
export function sentenceTokens(seg: Segmentation, sentences: readonly Sentence[]): string[] {
  const words: string[] = [];
  for (const sentence of sentences) {
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const token = seg.tokens[t]!;
      if (WORDLIKE.has(token.kind) && hasLetter(token.kind, token.text)) words.push(token.text.toLowerCase());
    }
  }
  return words;
}

/** True when a token has a letter: words and abbreviations always do, numbers only when mixed (`G7`). */
function hasLetter(kind: TokenKind, text: string): boolean {
  return kind !== 'number' || /\p{L}/u.test(text);
}

/** Letters in a word (apostrophes, hyphens and digits are not letters). */
export function letterCount(word: string): number {
  return word.match(/\p{L}/gu)?.length ?? 0;
}
