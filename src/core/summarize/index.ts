/**
 * `summarize`: the few sentences that tell the story, in document order, chosen by one of several
 * extractive algorithms (default `blend`). Linear in the length of the text.
 */
import { segment } from '../segment/index.js';
import { summarizeSegmented } from './summarize-segmented.js';
import type { SummarizeOptions, Summary } from './types.js';

export { BLEND_DEFAULTS, type BlendParameters } from './algorithms/blend.js';
export { type Highlight, summaryHighlights } from './highlight.js';
export { summarizeSegmented } from './summarize-segmented.js';
export * from './types.js';

/**
 * Extractive summary of `text`. Options (all optional): `language` ('auto'), `algorithm`
 * ('blend'), `sentences` (3 when no other length is given), `ratio`, `words`, `explain` (false).
 * Throws a RangeError for an unknown algorithm or a length option out of range.
 */
export function summarize(text: string, options: SummarizeOptions = {}): Summary {
  const seg = segment(text, options.language === undefined ? {} : { language: options.language });
  return summarizeSegmented(text, seg, options);
}
