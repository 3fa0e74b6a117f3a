/**
 * The shared first half of keyphrase extraction: words, their roles and the candidate groups of a
 * text. Both `keywords` and `buildDocumentFrequencies` start here, so a corpus table is keyed
 * exactly like the candidates it will weigh.
 */
import { type SegmentedText, segmentedText, segmentText } from '../segment/index.js';
import type { LanguageCode, Segmentation } from '../types.js';
import { type Grouping, groupCandidates } from './groups.js';
import { type Lexicon, lexiconFor } from './lexicon.js';
import { type WordRoles, wordRoles } from './names.js';
import type { NgramRange } from './types.js';
import { readWords, type WordSequence } from './words.js';

/** Phrase lengths when none are given. */
export const DEFAULT_NGRAM: NgramRange = { min: 1, max: 4 };

/** The words of a text and what each may do in a keyphrase. */
export interface ReadText {
  /** Language of the analysis. */
  language: LanguageCode;
  /** Lexicon used. */
  lexicon: Lexicon;
  /** Words and sentence facts. */
  sequence: WordSequence;
  /** What each word may do in a keyphrase. */
  roles: WordRoles;
}

/** The analysed text: its words and its candidate groups. */
export interface Analysis extends ReadText {
  /** Candidate groups. */
  grouping: Grouping;
}

/** Options of `analyse`. */
export interface AnalyseOptions {
  language?: LanguageCode | 'auto' | undefined;
  ngram?: NgramRange | undefined;
  stopwords?: readonly string[] | undefined;
  segmentation?: Segmentation | SegmentedText | undefined;
}

/** Segments (unless a segmentation is given) and reads the words of `text`. */
export function readText(text: string, options: AnalyseOptions): ReadText {
  const seg = options.segmentation
    ? segmentedText(text, options.segmentation)
    : segmentText(text, { language: options.language ?? 'auto' });
  const language = seg.language;
  const lexicon = lexiconFor(language, options.stopwords ?? []);
  const sequence = readWords(text, seg, lexicon);
  return { language, lexicon, sequence, roles: wordRoles(sequence, lexicon) };
}

/** Reads the words of `text` and groups its candidates. */
export function analyse(text: string, options: AnalyseOptions): Analysis {
  const read = readText(text, options);
  const ngram = options.ngram ?? DEFAULT_NGRAM;
  const grouping = groupCandidates(read.sequence, read.roles, read.lexicon, ngram.min, ngram.max);
  return { ...read, grouping };
}
