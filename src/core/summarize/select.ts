/**
 * Chooses the summary from a ranking: best first, under the budget, with redundancy control.
 * Each pick lowers the score of the sentences similar to it (maximal marginal relevance) and rules
 * out near-copies (a standfirst that repeats a body sentence). The penalties only grow, so a lazy
 * priority queue re-scores a sentence only when it reaches the top: n log n overall, where the
 * textbook MMR loop is quadratic.
 */
import type { Budget } from './budget.js';
import type { Ranking } from './context.js';
import type { SummaryDocument } from './document.js';
import type { SimilarityGraph } from './graph.js';
import { MaxHeap } from './heap.js';
import type { SentenceFate } from './types.js';

/*
 * A sentence counts as a copy of one already chosen, and is never added whatever the algorithm,
 * when their tf-isf cosine reaches DUPLICATE or one is CONTAINED in the other (share of its weight
 * on shared terms). Measured on the evaluation articles: 2% of the pairs sharing a term pass
 * cosine 0.5 and they are restatements (a caption and its sentence, a quote and its report); a
 * standfirst and the longer body sentence it condenses score cosine ~0.5 but containment ~0.85,
 * and the few other pairs above 0.8 containment repeat a quotation or a fact.
 */
const DUPLICATE = 0.5;
const CONTAINED = 0.8;

/** The chosen sentences and the fate of every sentence. */
export interface Selection {
  /** Chosen sentence indices, in document order. */
  chosen: number[];
  /** Per sentence: chosen, or why not. */
  fate: SentenceFate[];
}

/** Greedy selection under the budget; `graph` supplies the similarities between sentences. */
export function select(
  doc: SummaryDocument,
  ranking: Ranking,
  graph: SimilarityGraph,
  budget: Budget,
): Selection {
  const fate: SentenceFate[] = doc.exclusion.map((e) => e ?? 'lower-score');
  const similarity = new Float64Array(doc.sentences.length);
  const copy = new Uint8Array(doc.sentences.length);
  const heap = new MaxHeap(doc.candidates.length);
  for (const s of doc.candidates) heap.push(s, ranking.scores[s]!);
  const chosen: number[] = [];
  // Exact repeats are caught by text too: sentences without content words have no similarity.
  const chosenTexts = new Set<string>();
  let words = 0;
  while (heap.size > 0 && chosen.length < budget.sentences && words < budget.words) {
    const key = heap.topKey();
    const s = heap.pop();
    if (copy[s] === 1 || chosenTexts.has(doc.sentences[s]!.text.toLowerCase())) {
      fate[s] = 'redundant';
      continue;
    }
    const current = ranking.scores[s]! - ranking.penalty * similarity[s]!;
    if (current < key) {
      heap.push(s, current);
      continue;
    }
    if (words + doc.words[s]! > budget.words) {
      fate[s] = 'over-budget';
      continue;
    }
    fate[s] = 'selected';
    chosen.push(s);
    chosenTexts.add(doc.sentences[s]!.text.toLowerCase());
    words += doc.words[s]!;
    for (let e = graph.offset[s]!; e < graph.offset[s + 1]!; e++) {
      const o = graph.target[e]!;
      if (graph.cosine[e]! > similarity[o]!) similarity[o] = graph.cosine[e]!;
      if (graph.cosine[e]! >= DUPLICATE || graph.containment[e]! >= CONTAINED) copy[o] = 1;
    }
  }
  // Sentences left in the queue lost to better ones; mark those that MMR pushed below the rest.
  while (heap.size > 0) {
    const s = heap.pop();
    if (copy[s] === 1) fate[s] = 'redundant';
  }
  chosen.sort((a, b) => a - b);
  return { chosen, fate };
}
