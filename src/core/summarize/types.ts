/**
 * Types of the extractive summarizer: its options, its result and the per-sentence explanation.
 * Everything here is plain data that serialises straight to JSON.
 */

/** The ranking methods `summarize` offers; `blend` is the default. */
export type SummaryAlgorithm = 'blend' | 'textrank' | 'lexrank' | 'luhn' | 'centroid' | 'lead';

/** Every algorithm name, in the order the CLI lists them. */
export const SUMMARY_ALGORITHMS: readonly SummaryAlgorithm[] = [
  'blend',
  'textrank',
  'lexrank',
  'luhn',
  'centroid',
  'lead',
];

/** Options of `summarize`. Length options combine: the summary stops at the first limit reached. */
export interface SummarizeOptions {
  /** ISO 639-1 code of the text, or 'auto' (the default) to detect it. */
  language?: string;
  /** Ranking method; default 'blend' (centrality, position, keyword coverage, redundancy control). */
  algorithm?: SummaryAlgorithm;
  /** Maximum number of sentences; default 3 when neither `ratio` nor `words` is given. */
  sentences?: number;
  /** Share of the text's sentences to keep, 0..1 (rounded, at least 1 when above 0). */
  ratio?: number;
  /** Maximum number of words in the whole summary; sentences that do not fit are skipped. */
  words?: number;
  /** When true, the result carries `explanation`: every sentence with its score and fate. Default false. */
  explain?: boolean;
}

/** One sentence of the summary. */
export interface SummarySentence {
  /** Offset of its first character in the input. */
  start: number;
  /** Offset after its last character. */
  end: number;
  /** The sentence as written: `text.slice(start, end)` of the input. */
  text: string;
  /** Its score under the chosen algorithm, 0..1 (1 = the best-ranked sentence). */
  score: number;
  /** Its position among the input's sentences (0-based). */
  index: number;
}

/** Why a sentence is or is not in the summary. */
export type SentenceFate = 'selected' | 'heading' | 'fragment' | 'redundant' | 'over-budget' | 'lower-score';

/** One input sentence as the summarizer saw it (only with `explain`). */
export interface SentenceExplanation {
  /** Its position among the input's sentences. */
  index: number;
  /** Offset of its first character. */
  start: number;
  /** Offset after its last character. */
  end: number;
  /** The sentence as written. */
  text: string;
  /** Its final score, 0..1; 0 for sentences that could not be chosen. */
  score: number;
  /** Whether it was chosen, and if not, why. */
  fate: SentenceFate;
  /** The signals behind the score (names depend on the algorithm), each 0..1. */
  signals: Record<string, number>;
}

/** The result of `summarize`. */
export interface Summary {
  /** Language the text was analysed as. */
  language: string;
  /** Algorithm that ranked the sentences. */
  algorithm: SummaryAlgorithm;
  /** The chosen sentences, in document order. */
  sentences: SummarySentence[];
  /** Number of sentences in the input (headings and fragments included). */
  sentenceCount: number;
  /** Every input sentence with its score and fate; present only when `explain` was asked. */
  explanation?: SentenceExplanation[];
}
