/**
 * Lead: the first sentences of the text, the strong baseline of news summarization (journalists
 * put the essentials first).
 */
import type { Ranker } from '../context.js';

/** Scores candidates by position: the first gets 1, later ones decrease linearly towards 0. */
export const lead: Ranker = ({ doc }) => {
  const scores = new Float64Array(doc.sentences.length);
  const count = doc.candidates.length;
  doc.candidates.forEach((s, k) => {
    scores[s] = (count - k) / count;
  });
  return { scores, signals: { position: scores }, penalty: 0 };
};
