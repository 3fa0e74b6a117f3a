/**
 * `segment`: the text cut into metadata, paragraphs, headings, sentences and tokens, with offsets.
 * Every other capability starts here.
 */
import { detectLanguage } from '../lang/detect.js';
import { languageData } from '../lang/index.js';
import type { LanguageCode, Paragraph, Segmentation, Sentence, Token } from '../types.js';
import { splitBlocks } from './blocks.js';
import { findMetadata } from './metadata.js';
import { sentenceRanges } from './sentences.js';
import { scanState, tokenizeRange } from './tokenize.js';

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

/** Cuts `text` into metadata, paragraphs, sentences and tokens. Linear in the length of the text. */
export function segment(text: string, options: SegmentOptions = {}): Segmentation {
  const language = resolveLanguage(text, options.language);
  const lang = languageData(language);
  const metadata = findMetadata(text);
  const tokens: Token[] = [];
  const state = scanState();
  tokenizeRange(text, 0, metadata.end, lang, tokens, state);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const block of splitBlocks(text, metadata.end)) {
    const firstToken = tokens.length;
    tokenizeRange(text, block.start, block.end, lang, tokens, state);
    const sentenceStart = sentences.length;
    const ranges = block.heading
      ? [[firstToken, tokens.length] as [number, number]]
      : sentenceRanges(text, tokens, firstToken, tokens.length, lang);
    for (const [a, b] of ranges) {
      const start = tokens[a]!.start;
      const end = tokens[b - 1]!.end;
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
