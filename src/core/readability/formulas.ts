/**
 * The readability formulas, as published, over plain counts. Each one is the language's adaptation of
 * Flesch's reading ease, except Gulpease, which was fitted on Italian and counts letters instead of
 * syllables. On every scale here a higher score means an easier text. Results are not clamped: a
 * formula may leave its nominal 0-100 range on very short or very long sentences.
 */
import type { ReadabilityCounts, ReadabilityIndexId } from './types.js';

/** A readability formula: its name and how it turns counts into a score. */
export interface Formula {
  /** Which formula. */
  id: ReadabilityIndexId;
  /** Its usual name. */
  name: string;
  /** The score for these counts (words and sentences above zero). */
  score: (counts: ReadabilityCounts) => number;
}

/** Words per sentence. */
function wordsPerSentence(c: ReadabilityCounts): number {
  return c.words / c.sentences;
}

/** Syllables per word. */
function syllablesPerWord(c: ReadabilityCounts): number {
  return c.syllables / c.words;
}

/**
 * Gulpease (Lucisano and Piemontese, 1988): 89 + (300 × sentences − 10 × letters) / words, the same as
 * 89 − letters per 100 words / 10 + sentences per 100 words × 3.
 */
export const gulpease: Formula = {
  id: 'gulpease',
  name: 'Gulpease',
  score: (c) => 89 + (300 * c.sentences - 10 * c.letters) / c.words,
};

/** Flesch reading ease (Flesch, 1948), English: 206.835 − 1.015 × words/sentence − 84.6 × syllables/word. */
export const flesch: Formula = {
  id: 'flesch',
  name: 'Flesch reading ease',
  score: (c) => 206.835 - 1.015 * wordsPerSentence(c) - 84.6 * syllablesPerWord(c),
};

/**
 * Fernández-Huerta (1959), Spanish: 206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence,
 * i.e. 206.84 − 60 × syllables/word − 1.02 × words/sentence. The second term is often misprinted as
 * "sentences per 100 words", which would make shorter sentences harder; the form used here is the one
 * that matches Flesch's, as the formula was derived from it.
 */
export const fernandezHuerta: Formula = {
  id: 'fernandez-huerta',
  name: 'Fernández-Huerta',
  score: (c) => 206.84 - 60 * syllablesPerWord(c) - 1.02 * wordsPerSentence(c),
};

/** Kandel and Moles (1958), French: 207 − 1.015 × words/sentence − 73.6 × syllables/word. */
export const kandelMoles: Formula = {
  id: 'kandel-moles',
  name: 'Kandel–Moles',
  score: (c) => 207 - 1.015 * wordsPerSentence(c) - 73.6 * syllablesPerWord(c),
};

/** Flesch–Amstad (Amstad, 1978), German: 180 − words/sentence − 58.5 × syllables/word. */
export const fleschAmstad: Formula = {
  id: 'flesch-amstad',
  name: 'Flesch–Amstad',
  score: (c) => 180 - wordsPerSentence(c) - 58.5 * syllablesPerWord(c),
};

/**
 * Flesch adapted to Brazilian Portuguese (Martins, Ghiraldelo, Nunes and Oliveira, 1996): Flesch's
 * formula plus 42, i.e. 248.835 − 1.015 × words/sentence − 84.6 × syllables/word.
 */
export const fleschMartins: Formula = {
  id: 'flesch-martins',
  name: 'Flesch (Martins et al.)',
  score: (c) => 248.835 - 1.015 * wordsPerSentence(c) - 84.6 * syllablesPerWord(c),
};

/** The formula that fits each language. */
const BY_LANGUAGE: ReadonlyMap<string, Formula> = new Map([
  ['it', gulpease],
  ['en', flesch],
  ['es', fernandezHuerta],
  ['fr', kandelMoles],
  ['de', fleschAmstad],
  ['pt', fleschMartins],
]);

/** The readability formula for a language, or null when none fits it. */
export function formulaFor(language: string): Formula | null {
  return BY_LANGUAGE.get(language) ?? null;
}
