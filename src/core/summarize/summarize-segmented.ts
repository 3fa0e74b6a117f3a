/**
 * The summarizer proper, over an already segmented text: prepare, rank, select, report. Split
 * from `index.ts` so that callers holding a segmentation (the overview) do not segment twice.
 */
import { languageData } from '../lang/index.js';
import type { SegmentedText } from '../segment/index.js';
import { RANKERS } from './algorithms/index.js';
import { resolveBudget } from './budget.js';
import { rankContext } from './context.js';
import { buildDocument } from './document.js';
import { explain } from './explain.js';
import { select } from './select.js';
import type { SummarizeOptions, Summary, SummarySentence } from './types.js';
import { roundScore } from './weights.js';

/** Default ranking method. */
export const DEFAULT_ALGORITHM = 'blend';

/** Summarizes `text`, whose segmentation is `seg`; options as for `summarize` (`language` is ignored). */
export function summarizeSegmented(
  text: string,
  seg: SegmentedText,
  options: SummarizeOptions = {},
): Summary {
  const algorithm = options.algorithm ?? DEFAULT_ALGORITHM;
  const ranker = RANKERS[algorithm];
  if (ranker === undefined) throw new RangeError(`unknown summary algorithm: ${String(algorithm)}`);
  const budget = resolveBudget(options, seg.sentences.length);
  const doc = buildDocument(seg, languageData(seg.language));
  const context = rankContext(doc);
  const ranking = ranker(context);
  const { chosen, fate } = select(doc, ranking, context.graph(), budget);
  const sentences: SummarySentence[] = chosen.map((s) => {
    const { start, end } = doc.sentences[s]!;
    return { start, end, text: text.slice(start, end), score: roundScore(ranking.scores[s]!), index: s };
  });
  const summary: Summary = {
    language: seg.language,
    algorithm,
    sentences,
    sentenceCount: seg.sentences.length,
  };
  if (options.explain) summary.explanation = explain(doc, ranking, fate);
  return summary;
}
