/**
 * Turns the length options (`sentences`, `ratio`, `words`) into one budget, and rejects values
 * that mean nothing (negative counts, ratios outside 0..1) with a RangeError.
 */
import type { SummarizeOptions } from './types.js';

/** How much the summary may hold; both limits apply. */
export interface Budget {
  /** Maximum number of sentences. */
  sentences: number;
  /** Maximum number of words (Infinity when unlimited). */
  words: number;
}

/** Sentences in a summary when no length option is given. */
export const DEFAULT_SENTENCES = 3;

/** Throws unless `value` is a whole number >= 0. */
function checkCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${name} must be a whole number >= 0, got ${value}`);
}

/** The budget for a text of `sentenceCount` sentences. */
export function resolveBudget(options: SummarizeOptions, sentenceCount: number): Budget {
  const { sentences, ratio, words } = options;
  let maxSentences = Infinity;
  if (sentences !== undefined) {
    checkCount('sentences', sentences);
    maxSentences = sentences;
  }
  if (ratio !== undefined) {
    if (!(ratio >= 0 && ratio <= 1)) throw new RangeError(`ratio must be between 0 and 1, got ${ratio}`);
    const share = ratio === 0 ? 0 : Math.max(1, Math.round(ratio * sentenceCount));
    maxSentences = Math.min(maxSentences, share);
  }
  if (words !== undefined) checkCount('words', words);
  if (sentences === undefined && ratio === undefined && words === undefined) maxSentences = DEFAULT_SENTENCES;
  return { sentences: maxSentences, words: words ?? Infinity };
}
