/**
 * The front matter of an article as plain text keeps it: a title line, then a standfirst (the short
 * summary paragraph set apart from the body), then headings inside the body. Both are recognised by
 * their shape, since plain text has no markup: a short line on its own at the top is a title, and a
 * short paragraph without final punctuation, first or right under the title, with body text after it,
 * is a standfirst.
 */
import type { SegmentedText } from '../segment/index.js';
import type { Paragraph } from '../types.js';

/** The front matter found. */
export interface FrontMatter {
  /** Index of the title paragraph, or -1. */
  title: number;
  /** Index of the standfirst paragraph, or -1. */
  standfirst: number;
}

/**
 * Most words a title line may have. Headlines run 6-15 words in Italian and English news; 15 keeps
 * long headlines while leaving out first sentences that merely lack a period.
 */
const TITLE_MAX_WORDS = 15;

/**
 * Most words a standfirst may have. Standfirsts are one or two sentences, 20-50 words in the news
 * examined; 60 leaves room while excluding a lead paragraph of body text.
 */
const STANDFIRST_MAX_WORDS = 60;

/** Most sentences a standfirst may have. */
const STANDFIRST_MAX_SENTENCES = 2;

/** Words in a paragraph (white-space separated runs with a letter). */
function wordsIn(text: string, p: Paragraph): number {
  return text.slice(p.start, p.end).match(/\S*\p{L}\S*/gu)?.length ?? 0;
}

/** True when the paragraph ends without sentence-final punctuation (closing quotes and brackets aside). */
function unpunctuated(text: string, p: Paragraph): boolean {
  return !/[.!?…][”"»’')\]]*$/u.test(text.slice(p.start, p.end).trimEnd());
}

/** True when a non-heading paragraph with words comes after paragraph `i`: the body the front matter opens. */
function bodyAfter(text: string, seg: SegmentedText, i: number): boolean {
  return seg.paragraphs.slice(i + 1).some((p) => !p.heading && wordsIn(text, p) > 0);
}

/** Finds the title and standfirst paragraphs of a segmented text. */
export function frontMatter(text: string, seg: SegmentedText): FrontMatter {
  const found: FrontMatter = { title: -1, standfirst: -1 };
  const first = seg.paragraphs[0];
  if (!first) return found;
  let next = 0;
  const titleShaped = first.sentenceEnd - first.sentenceStart === 1 && unpunctuated(text, first);
  if (first.heading || (titleShaped && wordsIn(text, first) <= TITLE_MAX_WORDS)) {
    if (bodyAfter(text, seg, 0)) found.title = 0;
    next = 1;
  }
  const candidate = seg.paragraphs[next];
  // Right under a title, a short line is its standfirst even when it looks like a heading of its own.
  if (
    candidate &&
    (!candidate.heading || found.title === 0) &&
    candidate.sentenceEnd - candidate.sentenceStart <= STANDFIRST_MAX_SENTENCES &&
    wordsIn(text, candidate) <= STANDFIRST_MAX_WORDS &&
    unpunctuated(text, candidate) &&
    bodyAfter(text, seg, next)
  ) {
    found.standfirst = next;
  }
  return found;
}
