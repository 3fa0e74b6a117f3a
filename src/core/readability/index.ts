/**
 * `readability(text, options)`: how hard a text is to read, with the formula that fits its language
 * (Gulpease for Italian, Flesch for English, Fernández-Huerta for Spanish, Kandel–Moles for French,
 * Flesch–Amstad for German, Martins et al. for Portuguese), the average sentence and word length,
 * lexical diversity (MTLD) and the reading time. Headings are left out of the formulas, which were
 * fitted on running text, but count towards the reading time.
 */
import { type SegmentedText, segmentText } from '../segment/index.js';
import { bandOf, gulpeaseReaders } from './bands.js';
import { formulaFor } from './formulas.js';
import { MTLD_THRESHOLD, mtld } from './mtld.js';
import { readingTime } from './reading-time.js';
import { countSyllables, syllableRulesFor } from './syllables.js';
import type { Readability, ReadabilityCounts, ReadabilityOptions, ReadabilityScore } from './types.js';
import { letterCount, sentenceTokens, sentenceWords } from './words.js';

export * from './formulas.js';
export { MTLD_THRESHOLD, mtld } from './mtld.js';
export { readingTime } from './reading-time.js';
export { countSyllables, syllableRulesFor } from './syllables.js';
export type * from './types.js';

/** Readability of `text` (language detected unless given). */
export function readability(text: string, options: ReadabilityOptions = {}): Readability {
  return readabilityOf(segmentText(text, { language: options.language ?? 'auto' }));
}

/** Readability of an already segmented text. */
export function readabilityOf(seg: SegmentedText): Readability {
  const body = seg.sentences.filter((s) => !s.heading);
  const sentences = body.length > 0 ? body : seg.sentences;
  const words = sentenceWords(seg, sentences);
  const rules = syllableRulesFor(seg.language);
  const counts: ReadabilityCounts = {
    sentences: sentences.length,
    words: words.length,
    letters: 0,
    syllables: 0,
  };
  // Each distinct word is measured once: news repeats its words, and long texts repeat them a lot.
  const seen = new Map<string, [letters: number, syllables: number]>();
  for (const w of words) {
    let m = seen.get(w);
    if (!m) {
      m = [letterCount(w), rules ? countSyllables(w, rules) : 0];
      seen.set(w, m);
    }
    counts.letters += m[0];
    counts.syllables += m[1];
  }
  const allWords =
    body.length === seg.sentences.length ? words.length : sentenceWords(seg, seg.sentences).length;
  return {
    language: seg.language,
    counts,
    score: scoreOf(seg.language, counts),
    wordsPerSentence: round(counts.sentences ? counts.words / counts.sentences : 0, 1),
    lettersPerWord: round(counts.words ? counts.letters / counts.words : 0, 2),
    syllablesPerWord: rules && counts.words ? round(counts.syllables / counts.words, 2) : null,
    lexicalDiversity: {
      measure: 'mtld',
      value: roundOrNull(mtld(sentenceTokens(seg, sentences)), 1),
      threshold: MTLD_THRESHOLD,
    },
    readingTime: readingTime(allWords, seg.language),
  };
}

/** The language's formula applied to the counts, with its band; null without a formula or without words. */
function scoreOf(language: string, counts: ReadabilityCounts): ReadabilityScore | null {
  const formula = formulaFor(language);
  if (!formula || counts.words === 0 || counts.sentences === 0) return null;
  const value = round(formula.score(counts), 1);
  const score: ReadabilityScore = {
    index: formula.id,
    name: formula.name,
    value,
    ...bandOf(formula.id, value),
  };
  if (formula.id === 'gulpease') score.readers = gulpeaseReaders(value);
  return score;
}

/** Rounds to `digits` decimals. */
function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Rounds a number and keeps null as is. */
function roundOrNull(value: number | null, digits: number): number | null {
  return value === null ? null : round(value, digits);
}
