/**
 * Human output of `sunto summarize`: the chosen sentences as wrapped paragraphs (keyphrases coloured
 * with `--highlight`), then a count line; with `--explain`, every sentence of the text instead, with
 * its score, its fate and the signals behind the score. Readable without colour.
 */
import type { ChalkInstance } from 'chalk';
import type { SentenceExplanation, SentenceFate } from '../../core/summarize/index.js';
import type { SummarizeCliResult } from '../commands/summarize.js';
import type { RenderStyle } from './style.js';
import { wrapPieces, wrapText } from './wrap.js';

/** A span to colour, in offsets of the input. */
interface Span {
  start: number;
  end: number;
}

/** Renders one summarize result. */
export function renderSummary(result: SummarizeCliResult, style: RenderStyle): string {
  const body = result.explanation
    ? renderExplanation(result.explanation, style)
    : renderSentences(result, style);
  const footer = style.color.dim(wrapText(countLine(result), { width: style.width }));
  return body === '' ? `${footer}\n` : `${body}\n\n${footer}\n`;
}

/** The summary proper: one wrapped paragraph per sentence, a blank line between them. */
function renderSentences(result: SummarizeCliResult, { color, width }: RenderStyle): string {
  const spans = result.highlights ?? [];
  return result.sentences
    .map((sentence) => wrapPieces(words(sentence.text, sentence.start, spans, color), { width }))
    .join('\n\n');
}

/** The sentence's words, with the parts inside a highlight span coloured. */
function words(text: string, offset: number, spans: readonly Span[], color: ChalkInstance): string[] {
  const pieces: string[] = [];
  for (const match of text.matchAll(/\S+/gu)) {
    const start = offset + match.index;
    const word = match[0];
    let piece = '';
    let at = start;
    for (const span of spans) {
      if (span.end <= at || span.start >= start + word.length) continue;
      const from = Math.max(span.start, at);
      const to = Math.min(span.end, start + word.length);
      piece += word.slice(at - start, from - start) + color.bold.yellow(word.slice(from - start, to - start));
      at = to;
    }
    pieces.push(piece + word.slice(at - start));
  }
  return pieces;
}

/** The closing line, e.g. `3 of 25 sentences · blend · language it`. */
function countLine(result: SummarizeCliResult): string {
  const total = `${result.sentences.length} of ${result.sentenceCount} sentence${result.sentenceCount === 1 ? '' : 's'}`;
  return `${total} · ${result.algorithm} · language ${result.language}`;
}

/** How each fate reads in the explanation. */
const FATE_LABEL: Readonly<Record<SentenceFate, string>> = {
  selected: 'chosen',
  heading: 'heading',
  fragment: 'fragment',
  redundant: 'repeats a chosen sentence',
  'over-budget': 'does not fit the word budget',
  'lower-score': 'lower score',
};

/** Every sentence: number, mark, score and fate, the wrapped text, and a dim line of signals. */
function renderExplanation(rows: readonly SentenceExplanation[], { color, width }: RenderStyle): string {
  const numberWidth = String(rows.length).length;
  return rows
    .map((row) => {
      const chosen = row.fate === 'selected';
      const mark = chosen ? color.green('✓') : color.dim('·');
      const number = color.dim(String(row.index + 1).padStart(numberWidth));
      const fate = chosen ? color.green(FATE_LABEL[row.fate]) : color.dim(FATE_LABEL[row.fate]);
      const head = `${number} ${mark} ${row.score.toFixed(3)} ${fate}`;
      const indent = ' '.repeat(numberWidth + 3);
      const text = wrapText(row.text, { width, prefix: indent });
      const signals = Object.entries(row.signals)
        .map(([name, value]) => `${name} ${value.toFixed(2)}`)
        .join(' · ');
      const lines = [head, chosen ? text : color.dim(text)];
      if (signals !== '') lines.push(color.dim(wrapText(signals, { width, prefix: indent })));
      return lines.join('\n');
    })
    .join('\n');
}
