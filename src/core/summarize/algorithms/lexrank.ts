/**
 * LexRank (Erkan & Radev 2004): PageRank over the graph of sentence pairs whose tf-isf cosine
 * similarity reaches a threshold, every such edge counting the same.
 */
import type { RankContext, Ranker } from '../context.js';
import { pagerank } from '../pagerank.js';
import { normalizeMax } from '../weights.js';

/*
 * THRESHOLD: cosine similarity above which two sentences are linked. 0.1 is the value the
 * LexRank paper found best on DUC 2004 (and sumy's default); higher values leave most news
 * sentences isolated.
 */
const THRESHOLD = 0.1;

/** Thresholded LexRank centrality of every candidate, scaled so the most central gets 1. */
export function lexrankCentrality({ doc, graph }: RankContext): Float64Array {
  const g = graph();
  const linked = g.cosine.map((c) => (c >= THRESHOLD ? 1 : 0));
  return normalizeMax(pagerank(g, doc.candidates, linked));
}

/** Continuous LexRank: PageRank with every edge weighted by its cosine, scaled so the most central gets 1. */
export function continuousLexrank({ doc, graph }: RankContext): Float64Array {
  const g = graph();
  return normalizeMax(pagerank(g, doc.candidates, g.cosine));
}

/** Ranks sentences by thresholded LexRank centrality. */
export const lexrank: Ranker = (context) => {
  const scores = lexrankCentrality(context);
  return { scores, signals: { centrality: scores }, penalty: 0 };
};
