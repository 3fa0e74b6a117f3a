/**
 * Luhn (1958): a sentence matters when it holds a dense cluster of the text's significant words,
 * the content words the author repeats.
 */
import type { RankContext, Ranker } from '../context.js';
import { normalizeMax } from '../weights.js';

/*
 * MAX_GAP: significant words separated by more than this many insignificant words start a new
 * cluster; 4 is Luhn's own value (and sumy's). MIN_FREQUENCY: a content word is significant when
 * it occurs at least this often in the text; MAX_SPREAD: and in at most this share of the
 * sentences (a word in every sentence tells them apart no better than a function word).
 */
const MAX_GAP = 4;
const MIN_FREQUENCY = 2;
const MAX_SPREAD = 0.5;

/** Per term id: whether the term is significant in this text. */
function significantTerms({ doc }: RankContext): Uint8Array {
  const significant = new Uint8Array(doc.vocabulary.length);
  const limit = Math.max(1, MAX_SPREAD * doc.candidates.length);
  for (let t = 0; t < significant.length; t++) {
    significant[t] = doc.termFrequency[t]! >= MIN_FREQUENCY && doc.sentenceFrequency[t]! <= limit ? 1 : 0;
  }
  return significant;
}

/** Luhn's sentence weight: the best (significant words)² / cluster span over its clusters. */
function clusterScore(sequence: Int32Array, from: number, to: number, significant: Uint8Array): number {
  let best = 0;
  let start = -1;
  let last = -1;
  let count = 0;
  for (let i = from; i < to; i++) {
    const t = sequence[i]!;
    if (t < 0 || significant[t] === 0) continue;
    if (start >= 0 && i - last - 1 > MAX_GAP) {
      best = Math.max(best, (count * count) / (last - start + 1));
      start = -1;
    }
    if (start < 0) {
      start = i;
      count = 0;
    }
    count++;
    last = i;
  }
  if (start >= 0) best = Math.max(best, (count * count) / (last - start + 1));
  return best;
}

/** Luhn's score of every candidate, scaled so the best gets 1. */
export function luhnScores(context: RankContext): Float64Array {
  const { doc } = context;
  const significant = significantTerms(context);
  const scores = new Float64Array(doc.sentences.length);
  for (const s of doc.candidates) {
    scores[s] = clusterScore(doc.sequence, doc.sequenceStart[s]!, doc.sequenceStart[s + 1]!, significant);
  }
  return normalizeMax(scores);
}

/** Ranks sentences by Luhn's significant-word clusters. */
export const luhn: Ranker = (context) => {
  const scores = luhnScores(context);
  return { scores, signals: { clusters: scores }, penalty: 0 };
};
