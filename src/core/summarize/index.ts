/**
 * `summarize`: the few sentences that tell the story, in document order, chosen by one of several
 * extractive algorithms (default `blend`). Linear in the length of the text.
 */
export { BLEND_DEFAULTS, type BlendParameters } from './algorithms/blend.js';
export { type Highlight, summaryHighlights } from './highlight.js';
export { summarize } from './summarize.js';
export { summarizeSegmented } from './summarize-segmented.js';
export * from './types.js';
