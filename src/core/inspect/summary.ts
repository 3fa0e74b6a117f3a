/** The summary section of the overview: the sentences `summarize` picks, in text order. */

import type { SegmentedText } from '../segment/index.js';
import { summarizeSegmented } from '../summarize/summarize-segmented.js';
import type { SummaryItem } from './types.js';

/** A summary of `sentences` sentences. */
export function summarySection(text: string, seg: SegmentedText, sentences: number): SummaryItem[] {
  return summarizeSegmented(text, seg, { sentences }).sentences.map(({ text: sentence, start, end }) => ({
    text: sentence,
    start,
    end,
  }));
}
