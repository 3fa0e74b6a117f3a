/**
 * Types of quotation extraction: the options `quotes(text, options)` accepts and the quotations it
 * returns. Offsets are UTF-16 code unit indices into the analysed text, so `text.slice(start, end)`
 * is exactly the item.
 */
import type { SegmentedText } from '../segment/index.js';
import type { LanguageCode, Segmentation } from '../types.js';

/** What kind of words a quotation reports. */
export type QuoteType =
  /** Spoken words, in a sentence of their own or more. */
  | 'speech'
  /** A few quoted words inside a sentence of the writer's (`ha definito «impressionante»`). */
  | 'partial'
  /** A quotation in a headline, a standfirst or a subheading line. */
  | 'headline'
  /** Words of a written document: a law, a resolution, a report, a statement. */
  | 'document'
  /** Words of a post on a social network (`ha twittato`). */
  | 'post';

/** A range of the text. */
export interface Span {
  /** Offset of the first code unit. */
  start: number;
  /** Offset after the last code unit. */
  end: number;
}

/** Who a quotation is attributed to. */
export interface QuoteSpeaker extends Span {
  /** The mention as written (`il leader russo`): `text.slice(start, end)`. */
  text: string;
  /** The full name the mention refers to, learned from the article (`Vladimir Putin`), or null. */
  name: string | null;
  /** True when the speaker is not the subject written for this quotation (pro-drop, floating quote). */
  implicit: boolean;
}

/** The reporting expression of a quotation (`ha dichiarato`, `Lo ha detto`, `secondo`). */
export interface QuoteCue extends Span {
  /** The expression as written: `text.slice(start, end)`. */
  text: string;
}

/** One direct quotation. */
export interface Quote extends Span {
  /** The quoted words, without the marks: `text.slice(start, end)`. */
  text: string;
  /** What kind of words are quoted. */
  type: QuoteType;
  /** Who said it, or null when the article does not tell. */
  speaker: QuoteSpeaker | null;
  /** The reporting expression as written, or null (headline colon, floating quotation). */
  cue: string | null;
  /** Where the cue is, or null. */
  cueSpan: QuoteCue | null;
  /** Offset of the opening mark, or null when the opening mark is missing. */
  open: number | null;
  /** Offset of the closing mark, or null when the quotation is left unclosed. */
  close: number | null;
  /** Nesting depth: 0 for a top-level quotation, 1 inside another one, and so on. */
  depth: number;
  /** The spoken parts when an attribution is inserted inside the marks; absent otherwise. */
  segments?: Span[];
}

/** Options of `quotes`; every field is optional. */
export interface QuotesOptions {
  /** Language code, or `'auto'` to detect it (default `'auto'`). */
  language?: LanguageCode | 'auto';
  /** Drop quotations of fewer words than this (default 1: keep every quotation). */
  minWords?: number;
  /** Keep only quotations whose speaker mention or name contains this, case-insensitive (default none). */
  speaker?: string;
  /** A segmentation of this very text, to skip segmenting it again (default: computed). */
  segmentation?: Segmentation | SegmentedText;
}

/** What `quotes` returns. */
export interface QuotesResult {
  /** Language the text was analysed as. */
  language: LanguageCode;
  /** The quotations in text order (nested ones right after the quotation that holds them). */
  quotes: Quote[];
}
