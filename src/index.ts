/** sunto as a library: pure functions over strings returning plain JSON-serialisable data. */
export { segment } from './core/segment/index.js';
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
