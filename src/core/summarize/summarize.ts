/**
 * `summarize` on plain text: segments it, then ranks and selects. Kept apart from the index so that
 * callers that never highlight do not load the keyword extractor.
 */
import { segmentText } from '../segment/index.js';
import { summarizeSegmented } from './summarize-segmented.js';
import type { SummarizeOptions, Summary } from './types.js';

/**
 * Extractive summary of `text`. Options (all optional): `language` ('auto'), `algorithm`
 * ('blend'), `sentences` (3 when no other length is given), `ratio`, `words`, `explain` (false).
 * Throws a RangeError for an unknown algorithm or a length option out of range.
 */
export function summarize(text: string, options: SummarizeOptions = {}): Summary {
  const seg = segmentText(text, options.language === undefined ? {} : { language: options.language });
  return summarizeSegmented(text, seg, options);
}
