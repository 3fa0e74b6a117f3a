/** Builds the `--explain` view: every sentence with its score, its signals and its fate. */
import type { Ranking } from './context.js';
import type { SummaryDocument } from './document.js';
import type { SentenceExplanation, SentenceFate } from './types.js';
import { roundScore } from './weights.js';

/** One explanation per input sentence, in document order. */
export function explain(doc: SummaryDocument, ranking: Ranking, fate: SentenceFate[]): SentenceExplanation[] {
  const names = Object.keys(ranking.signals);
  return doc.sentences.map((sentence, s) => {
    const signals: Record<string, number> = {};
    if (doc.exclusion[s] === null)
      for (const name of names) signals[name] = roundScore(ranking.signals[name]![s]!);
    return {
      index: s,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      score: roundScore(ranking.scores[s]!),
      fate: fate[s]!,
      signals,
    };
  });
}
