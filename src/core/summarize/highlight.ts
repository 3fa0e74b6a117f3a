/**
 * The keyphrases to colour inside a summary (`--highlight`): the text's keyphrases from
 * `keywords`, kept only where an occurrence falls inside a chosen sentence.
 */
import { keywords } from '../keywords/index.js';
import type { Summary } from './types.js';

/** One span of the input to emphasise. */
export interface Highlight {
  /** Offset of the first character in the input. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The keyphrase it is an occurrence of (its canonical text). */
  keyphrase: string;
}

/*
 * TOP_KEYPHRASES: how many of the text's keyphrases are looked for in the summary. Ten is what a
 * reader takes in at a glance; more would colour half of every sentence.
 */
const TOP_KEYPHRASES = 10;

/** Occurrences of the text's top keyphrases inside the summary's sentences, in text order. */
export function summaryHighlights(text: string, summary: Summary): Highlight[] {
  if (summary.sentences.length === 0) return [];
  const { keywords: phrases } = keywords(text, { language: summary.language, top: TOP_KEYPHRASES });
  const inside = (start: number, end: number): boolean =>
    summary.sentences.some((s) => start >= s.start && end <= s.end);
  const spans: Highlight[] = [];
  for (const phrase of phrases) {
    for (const { start, end } of phrase.occurrences) {
      if (inside(start, end)) spans.push({ start, end, keyphrase: phrase.text });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop spans nested in or overlapping an earlier one, so each character is coloured once.
  const kept: Highlight[] = [];
  for (const span of spans) {
    const last = kept[kept.length - 1];
    if (last === undefined || span.start >= last.end) kept.push(span);
  }
  return kept;
}
