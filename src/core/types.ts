/**
 * Result types shared by every capability. Offsets are UTF-16 code unit indices into the text
 * that was analysed, so `text.slice(start, end)` is exactly the item.
 */

/** ISO 639-1 code of a language sunto has data for, or any other code (handled without language data). */
export type LanguageCode = 'it' | 'en' | 'fr' | 'es' | 'pt' | 'de' | (string & {});

/** What a token is. */
export type TokenKind =
  | 'word'
  | 'number'
  | 'date'
  | 'time'
  | 'punctuation'
  | 'symbol'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'emoji'
  | 'emoticon'
  | 'abbreviation';

/** One token of the text. */
export interface Token {
  /** Offset of the first code unit. */
  start: number;
  /** Offset after the last code unit. */
  end: number;
  /** The token as written: `text.slice(start, end)`. */
  text: string;
  /** What the token is. */
  kind: TokenKind;
}

/** One sentence (or one heading line, which is a sentence of its own). */
export interface Sentence {
  /** Offset of the first character (never whitespace). */
  start: number;
  /** Offset after the last character (never whitespace). */
  end: number;
  /** The sentence as written. */
  text: string;
  /** Index of the paragraph it belongs to. */
  paragraph: number;
  /** True when the sentence is a heading line (short, no final punctuation, a block of its own). */
  heading: boolean;
  /** Index of its first token in `Segmentation.tokens`. */
  tokenStart: number;
  /** Index after its last token in `Segmentation.tokens`. */
  tokenEnd: number;
}

/** A block of text separated from the next by a blank line or a line break. */
export interface Paragraph {
  /** Offset of the first character. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** True when the block is a heading. */
  heading: boolean;
  /** Index of its first sentence in `Segmentation.sentences`. */
  sentenceStart: number;
  /** Index after its last sentence. */
  sentenceEnd: number;
}

/** A metadata field found before the text proper, such as a `date 2023-09` prefix. */
export interface Metadata {
  /** Field name as written, lower-cased (`date`). */
  key: string;
  /** Field value as written (`2023-09`). */
  value: string;
  /** Offset of the key. */
  start: number;
  /** Offset after the value. */
  end: number;
}

/** A text cut into metadata, paragraphs, sentences and tokens. */
export interface Segmentation {
  /** Language the text was analysed as. */
  language: LanguageCode;
  /** Metadata fields found at the start of the text (not part of any sentence). */
  metadata: Metadata[];
  /** Paragraphs and headings, in order. */
  paragraphs: Paragraph[];
  /** Sentences and heading lines, in order; they do not overlap and never include metadata. */
  sentences: Sentence[];
  /** Every token of the text, metadata included, in order and non-overlapping; gaps are whitespace. */
  tokens: Token[];
}
