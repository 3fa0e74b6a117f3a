/**
 * What every ranking algorithm receives: the prepared document and the shared term statistics,
 * with the similarity graph built on first use (lead and luhn rank without it).
 */
import type { SummaryDocument } from './document.js';
import { buildGraph, type SimilarityGraph } from './graph.js';
import { inverseSentenceFrequency, sentenceNorms } from './weights.js';

/** Inputs shared by the algorithms of one `summarize` call. */
export interface RankContext {
  /** The prepared document. */
  doc: SummaryDocument;
  /** Per term id: inverse sentence frequency. */
  isf: Float64Array;
  /** Per sentence: norm of its tf-isf vector. */
  norms: Float64Array;
  /** The sparse similarity graph, built on the first call and then reused. */
  graph: () => SimilarityGraph;
}

/** A ranking: per-sentence scores plus the named signals that produced them, for `--explain`. */
export interface Ranking {
  /** Per sentence: its score, 0..1 for candidates, 0 for the rest. */
  scores: Float64Array;
  /** Per signal name: its per-sentence values, 0..1. */
  signals: Record<string, Float64Array>;
  /**
   * How strongly a sentence is pushed down for resembling one already chosen: its score loses
   * `penalty` x (highest cosine similarity to a chosen sentence). 0 for the classic algorithms.
   */
  penalty: number;
}

/** A ranking algorithm. */
export type Ranker = (context: RankContext) => Ranking;

/** Prepares the shared statistics of a document. */
export function rankContext(doc: SummaryDocument): RankContext {
  const isf = inverseSentenceFrequency(doc);
  const norms = sentenceNorms(doc, isf);
  let graph: SimilarityGraph | undefined;
  return { doc, isf, norms, graph: () => (graph ??= buildGraph(doc, isf, norms)) };
}
