/** sunto as a library: pure functions over strings returning plain JSON-serialisable data. */
export { type InspectOptions, type InspectResult, inspect } from './core/inspect/index.js';
export {
  buildDocumentFrequencies,
  type DocumentFrequencies,
  type Keyphrase,
  type KeywordsOptions,
  type KeywordsResult,
  keywords,
} from './core/keywords/index.js';
export { type Detection, detectLanguage } from './core/lang/detect.js';
export { type Quote, type QuotesOptions, type QuotesResult, quotes } from './core/quotes/index.js';
export {
  type SegmentedText,
  type SegmentOptions,
  segment,
  segmentText,
  type TokenList,
} from './core/segment/index.js';
export { type SummarizeOptions, type Summary, summarize } from './core/summarize/index.js';
export { type TokenizeOptions, type TokenizeResult, tokenize } from './core/tokenize/index.js';
export type {
  LanguageCode,
  Metadata,
  Paragraph,
  Segmentation,
  Sentence,
  Token,
  TokenKind,
} from './core/types.js';
