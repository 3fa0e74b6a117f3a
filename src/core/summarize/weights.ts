/**
 * Term weights shared by the similarity graph and the scorers. The text itself is the corpus:
 * a term's inverse sentence frequency plays the part of IDF, so terms present in most sentences
 * (function words of languages without a stopword list, the main subject's name) weigh little.
 */
import type { SummaryDocument } from './document.js';

/** Per term id: log((N + 1) / sf), N = candidate sentences, sf = sentences containing the term. */
export function inverseSentenceFrequency(doc: SummaryDocument): Float64Array {
  const n = doc.candidates.length;
  const isf = new Float64Array(doc.vocabulary.length);
  for (let t = 0; t < isf.length; t++) isf[t] = Math.log((n + 1) / Math.max(1, doc.sentenceFrequency[t]!));
  return isf;
}

/** Per sentence: the Euclidean norm of its tf-isf vector (0 for sentences without terms). */
export function sentenceNorms(doc: SummaryDocument, isf: Float64Array): Float64Array {
  const norms = new Float64Array(doc.sentences.length);
  for (const s of doc.candidates) {
    let sum = 0;
    for (let k = doc.termStart[s]!; k < doc.termStart[s + 1]!; k++) {
      const w = doc.termCounts[k]! * isf[doc.termIds[k]!]!;
      sum += w * w;
    }
    norms[s] = Math.sqrt(sum);
  }
  return norms;
}

/** Number of content-term occurrences in a sentence (TextRank's sentence length). */
export function termLength(doc: SummaryDocument, s: number): number {
  let n = 0;
  for (let k = doc.termStart[s]!; k < doc.termStart[s + 1]!; k++) n += doc.termCounts[k]!;
  return n;
}

/** Rescales scores in place so that the best candidate gets 1 (all zeros stay zeros). */
export function normalizeMax(scores: Float64Array): Float64Array {
  let max = 0;
  for (const v of scores) if (v > max) max = v;
  if (max > 0) for (let i = 0; i < scores.length; i++) scores[i] = scores[i]! / max;
  return scores;
}

/** Rounds a score to 4 decimals: enough to rank by, and short in JSON. */
export function roundScore(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
