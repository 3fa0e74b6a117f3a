/**
 * The text section of the overview: language, metadata, title and standfirst, headings, sizes and
 * reading time, all read off the segmentation.
 */
import { languageData } from '../lang/index.js';
import { readingTime } from '../readability/reading-time.js';
import { sentenceWords } from '../readability/words.js';
import type { SegmentedText } from '../segment/index.js';
import { frontMatter } from './front-matter.js';
import type { TextSection } from './types.js';

/** Describes the text; `confidence` is the detector's, or null when the language was given. */
export function textSection(text: string, seg: SegmentedText, confidence: number | null): TextSection {
  const { title, standfirst } = frontMatter(text, seg);
  const paragraphText = (i: number): string | null => {
    const p = seg.paragraphs[i];
    return p ? oneLine(text.slice(p.start, p.end)) : null;
  };
  const front = (i: number): boolean => i === title || i === standfirst;
  const headings = seg.paragraphs.flatMap((p, i) =>
    p.heading && !front(i) ? [oneLine(text.slice(p.start, p.end))] : [],
  );
  const body = seg.paragraphs.filter((p, i) => (!p.heading || i === standfirst) && i !== title);
  const words = sentenceWords(seg, seg.sentences).length;
  const time = readingTime(words, seg.language);
  const from = seg.metadata.reduce((end, m) => Math.max(end, m.end), 0);
  return {
    language: { code: seg.language, name: languageData(seg.language).name, confidence },
    metadata: seg.metadata.map(({ key, value }) => ({ key, value })),
    title: title >= 0 ? paragraphText(title) : null,
    standfirst: standfirst >= 0 ? paragraphText(standfirst) : null,
    headings,
    counts: {
      paragraphs: body.length,
      headings: headings.length,
      sentences: body.reduce((n, p) => n + p.sentenceEnd - p.sentenceStart, 0),
      words,
      characters: [...text.slice(from).trim()].length,
    },
    readingMinutes: time.minutes,
    wordsPerMinute: time.wordsPerMinute,
  };
}

/** A paragraph on one line: line breaks inside it become spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
