/**
 * Types of keyphrase extraction: the options `keywords(text, options)` accepts, the keyphrases it
 * returns, and the document-frequency table that lets a background corpus weigh them.
 */
import type { SegmentedText } from '../segment/index.js';
import type { LanguageCode, Segmentation } from '../types.js';

/** Where one occurrence of a keyphrase is: `text.slice(start, end)` is that occurrence. */
export interface Occurrence {
  /** Offset of the first code unit. */
  start: number;
  /** Offset after the last code unit. */
  end: number;
}

/** One keyphrase: every inflected or cased variant of a phrase, merged. */
export interface Keyphrase {
  /** The most frequent surface form, as written (white space collapsed): `Corea del Nord`, `Putin`. */
  text: string;
  /** Normalised grouping key: lower-case words, stemmed unless they are names (`corea del nord`). */
  key: string;
  /** Relevance in [0, 1], higher is better; the same scale for every document. */
  score: number;
  /** How many times the phrase occurs, all variants together (short forms of a name included). */
  count: number;
  /** True when the phrase is a proper name (every content word capitalised inside sentences). */
  name: boolean;
  /** Every occurrence, in text order. */
  occurrences: Occurrence[];
}

/** Document frequencies of a background corpus, as `buildDocumentFrequencies` makes them. */
export interface DocumentFrequencies {
  /** Language the table was built for (keys are stemmed with its stemmer). */
  language: LanguageCode;
  /** Number of documents in the corpus. */
  documents: number;
  /** Documents containing each word key (a stem, or a lower-case name); absent keys count as one. */
  df: Record<string, number>;
}

/** Inclusive range of phrase lengths in words. */
export interface NgramRange {
  /** Fewest words in a keyphrase (default 1). */
  min: number;
  /** Most words in a keyphrase (default 4). */
  max: number;
}

/** Options of `keywords`; every field is optional. */
export interface KeywordsOptions {
  /** Language code, or `'auto'` to detect it (default `'auto'`). */
  language?: LanguageCode | 'auto';
  /** How many keyphrases to return (default 10). */
  top?: number;
  /** Phrase lengths in words (default 1..4). */
  ngram?: NgramRange;
  /** Extra stopwords, added to the language's own (default none). */
  stopwords?: readonly string[];
  /** Background corpus: turns on the inverse-document-frequency weight (default none). */
  documentFrequencies?: DocumentFrequencies;
  /** A segmentation of this very text, to skip segmenting it again (default: computed). */
  segmentation?: Segmentation | SegmentedText;
}

/** What `keywords` returns. */
export interface KeywordsResult {
  /** Language the text was analysed as. */
  language: LanguageCode;
  /** The keyphrases, best first. */
  keywords: Keyphrase[];
}
