/**
 * TextRank (Mihalcea & Tarau 2004): PageRank over sentences linked by the content words they
 * share, normalised by the logarithms of their lengths.
 */
import type { RankContext, Ranker } from '../context.js';
import { pagerank } from '../pagerank.js';
import { normalizeMax, termLength } from '../weights.js';

/** TextRank centrality of every candidate, scaled so the most central sentence gets 1. */
export function textrankCentrality({ doc, graph }: RankContext): Float64Array {
  const g = graph();
  const logLength = new Float64Array(doc.sentences.length);
  for (const s of doc.candidates) logLength[s] = Math.log(Math.max(1, termLength(doc, s)));
  const weight = new Float32Array(g.target.length);
  for (const s of doc.candidates) {
    for (let e = g.offset[s]!; e < g.offset[s + 1]!; e++) {
      const norm = logLength[s]! + logLength[g.target[e]!]!;
      weight[e] = g.shared[e]! / (norm > 0 ? norm : 1);
    }
  }
  return normalizeMax(pagerank(g, doc.candidates, weight));
}

/** Ranks sentences by TextRank centrality alone. */
export const textrank: Ranker = (context) => {
  const scores = textrankCentrality(context);
  return { scores, signals: { centrality: scores }, penalty: 0 };
};
