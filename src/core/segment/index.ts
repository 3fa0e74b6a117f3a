/**
 * `segment`: the text cut into metadata, paragraphs, headings, sentences and tokens, with offsets.
 * Every other capability starts here.
 */
import { detectLanguage } from '../lang/detect.js';
import { languageData } from '../lang/index.js';
import type { LanguageCode, Paragraph, Segmentation, Sentence } from '../types.js';
import { splitBlocks } from './blocks.js';
import { findMetadata } from './metadata.js';
import { sentenceRanges } from './sentences.js';
import { TokenList } from './token-list.js';
import { scanState, tokenizeRange } from './tokenize.js';

export { KIND, TOKEN_KINDS, TokenList } from './token-list.js';

export interface SegmentOptions {
  /** Language code, or `auto` (the default) to detect it; a short undetectable text is treated as Italian. */
  language?: LanguageCode | 'auto';
}

/**
 * A text whose language cannot be told and that has fewer words than this is analysed as Italian,
 * sunto's home language; a longer one that matches no known language stays `und` (no stopwords,
 * no stemming), the same length past which the detector calls a text foreign.
 */
const UNDETERMINED_MIN_WORDS = 20;

/** Language to analyse the text as: the one asked for, or the detected one. */
export function resolveLanguage(text: string, language: string | undefined): LanguageCode {
  if (language && language !== 'auto') return language;
  const detected = detectLanguage(text);
  if (detected.language !== 'und') return detected.language;
  return detected.words >= UNDETERMINED_MIN_WORDS ? 'und' : 'it';
}

/** A segmentation whose tokens are columns: the form every analysis reads. */
export interface SegmentedText extends Omit<Segmentation, 'tokens'> {
  /** Every token of the text, metadata included, in order. */
  tokens: TokenList;
}

/**
 * Cuts `text` into metadata, paragraphs, sentences and tokens, the tokens as columns. Linear in the
 * length of the text.
 */
export function segmentText(text: string, options: SegmentOptions = {}): SegmentedText {
  const language = resolveLanguage(text, options.language);
  const lang = languageData(language);
  const metadata = findMetadata(text);
  // Room for a token every four characters (news text has one every six), so the columns rarely grow.
  const tokens = new TokenList(text, (text.length >> 2) + 16);
  const state = scanState();
  tokenizeRange(text, 0, metadata.end, lang, tokens, state);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const ranges: number[] = [];
  for (const block of splitBlocks(text, metadata.end)) {
    const firstToken = tokens.length;
    tokenizeRange(text, block.start, block.end, lang, tokens, state);
    const sentenceStart = sentences.length;
    ranges.length = 0;
    if (block.heading) ranges.push(firstToken, tokens.length);
    else sentenceRanges(text, tokens, firstToken, tokens.length, lang, ranges);
    for (let r = 0; r < ranges.length; r += 2) {
      const a = ranges[r]!;
      const b = ranges[r + 1]!;
      const start = tokens.start[a]!;
      const end = tokens.end[b - 1]!;
      sentences.push({
        start,
        end,
        text: text.slice(start, end),
        paragraph: paragraphs.length,
        heading: block.heading,
        tokenStart: a,
        tokenEnd: b,
      });
    }
    paragraphs.push({
      start: block.start,
      end: block.end,
      heading: block.heading,
      sentenceStart,
      sentenceEnd: sentences.length,
    });
  }
  return { language, metadata: metadata.fields, paragraphs, sentences, tokens };
}

/** Cuts `text` into metadata, paragraphs, sentences and tokens. Linear in the length of the text. */
export function segment(text: string, options: SegmentOptions = {}): Segmentation {
  const seg = segmentText(text, options);
  return { ...seg, tokens: seg.tokens.toArray() };
}

/** The column form of a segmentation, whichever form it comes in. */
export function segmentedText(text: string, seg: Segmentation | SegmentedText): SegmentedText {
  return seg.tokens instanceof TokenList
    ? (seg as SegmentedText)
    : { ...seg, tokens: TokenList.from(text, seg.tokens) };
}
