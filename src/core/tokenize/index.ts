/**
 * `tokenize`: the segmentation of a text in its stable output shape (sentences, tokens, paragraphs,
 * metadata), optionally with the stem of every word.
 */
import { languageData } from '../lang/index.js';
import { segmentText } from '../segment/index.js';
import type { Metadata, TokenKind } from '../types.js';

/** Options of `tokenize`. */
export interface TokenizeOptions {
  /** Language code, or `auto` (default) to detect it. */
  language?: string;
  /** Add the stem of each word token (default false). */
  stem?: boolean;
}

/** One sentence as reported. */
export interface TokenizedSentence {
  /** Offset of its first character. */
  start: number;
  /** Offset after its last character. */
  end: number;
  /** The sentence as written. */
  text: string;
  /** Index of its paragraph in `paragraphs`. */
  paragraph: number;
  /** True for a heading line. */
  heading: boolean;
}

/** One token as reported. */
export interface TokenizedToken {
  /** Offset of its first code unit. */
  start: number;
  /** Offset after its last code unit. */
  end: number;
  /** The token as written. */
  text: string;
  /** What the token is. */
  kind: TokenKind;
  /** Stem of a word token, with `--stem` only. */
  stem?: string;
}

/** One paragraph as reported. */
export interface TokenizedParagraph {
  /** Offset of its first character. */
  start: number;
  /** Offset after its last character. */
  end: number;
  /** True for a heading. */
  heading: boolean;
}

/** The result of `sunto tokenize` for one text (without `file`, which the runner puts first). */
export interface TokenizeResult {
  /** Language the text was analysed as. */
  language: string;
  /** Sentences and heading lines in order. */
  sentences: TokenizedSentence[];
  /** Every token in order, metadata included. */
  tokens: TokenizedToken[];
  /** Paragraphs in order. */
  paragraphs: TokenizedParagraph[];
  /** Metadata fields found before the text proper. */
  metadata: Metadata[];
}

/** Cuts a text into sentences and tokens in the output shape; pure. */
export function tokenize(text: string, options: TokenizeOptions = {}): TokenizeResult {
  const seg = segmentText(text, { language: options.language ?? 'auto' });
  const { tokens } = seg;
  const stem = options.stem ? languageData(seg.language).stem : null;
  return {
    language: seg.language,
    sentences: seg.sentences.map(({ start, end, text, paragraph, heading }) => ({
      start,
      end,
      text,
      paragraph,
      heading,
    })),
    tokens: Array.from({ length: tokens.length }, (_, i) => {
      const token: TokenizedToken = tokens.token(i);
      if (stem && token.kind === 'word') token.stem = stem(token.text);
      return token;
    }),
    paragraphs: seg.paragraphs.map(({ start, end, heading }) => ({ start, end, heading })),
    metadata: seg.metadata,
  };
}
