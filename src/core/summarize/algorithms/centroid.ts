/**
 * Centroid (Radev et al. 2004): the text's centroid is the tf-isf vector of its repeated content
 * words; a sentence scores by its cosine similarity to that centroid, i.e. by how much of the
 * text's vocabulary of record it covers.
 */
import type { RankContext, Ranker } from '../context.js';
import { normalizeMax } from '../weights.js';

/** Per term id: its centroid weight, (occurrences - 1) x isf, so words said once weigh nothing. */
function centroidWeights({ doc, isf }: RankContext): Float64Array {
  const weights = new Float64Array(doc.vocabulary.length);
  for (let t = 0; t < weights.length; t++) weights[t] = (doc.termFrequency[t]! - 1) * isf[t]!;
  return weights;
}

/** Cosine similarity of every candidate to the centroid, scaled so the best gets 1. */
export function centroidSimilarity(context: RankContext): Float64Array {
  const { doc, isf, norms } = context;
  const centroid = centroidWeights(context);
  const scores = new Float64Array(doc.sentences.length);
  for (const s of doc.candidates) {
    if (norms[s] === 0) continue;
    let dot = 0;
    for (let k = doc.termStart[s]!; k < doc.termStart[s + 1]!; k++) {
      const t = doc.termIds[k]!;
      dot += doc.termCounts[k]! * isf[t]! * centroid[t]!;
    }
    scores[s] = dot / norms[s]!;
  }
  return normalizeMax(scores);
}

/** Ranks sentences by their similarity to the text's centroid. */
export const centroid: Ranker = (context) => {
  const scores = centroidSimilarity(context);
  return { scores, signals: { centroid: scores }, penalty: 0 };
};
