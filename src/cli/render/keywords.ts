/**
 * Human output of `sunto keywords`: one numbered line per keyphrase with its score and count (names
 * marked), then a count line; with `--highlight`, the text first, its keyphrases coloured. Readable
 * without colour: the list says everything the colours do.
 */
import type { ChalkInstance } from 'chalk';
import type { Keyphrase } from '../../core/keywords/index.js';
import type { KeywordsCliResult } from '../commands/keywords.js';
import type { RenderStyle } from './style.js';
import { wrapPieces, wrapText } from './wrap.js';

/** A coloured span of the input. */
interface Span {
  start: number;
  end: number;
  /** Rank of the keyphrase it belongs to (0 = best), to pick its colour. */
  rank: number;
}

/** Colours of the keyphrases in highlighted text, by rank (cycled after the last). */
const PALETTE: readonly ((color: ChalkInstance) => ChalkInstance)[] = [
  (c) => c.bold.yellow,
  (c) => c.bold.cyan,
  (c) => c.bold.green,
  (c) => c.bold.magenta,
  (c) => c.bold.blue,
  (c) => c.bold.red,
];

/** Renders one keywords result. */
export function renderKeywords(result: KeywordsCliResult, style: RenderStyle): string {
  const parts: string[] = [];
  if (result.text !== undefined) parts.push(renderHighlighted(result.text, result.keywords, style), '');
  parts.push(...renderList(result.keywords, style));
  parts.push(style.color.dim(wrapText(countLine(result), { width: style.width })));
  return `${parts.join('\n')}\n`;
}

/** One line per keyphrase: rank, score, text, count and a `name` mark. */
function renderList(list: readonly Keyphrase[], { color, width }: RenderStyle): string[] {
  const rankWidth = String(list.length).length;
  return list.map((k, i) => {
    const rank = color.dim(String(i + 1).padStart(rankWidth));
    const count = color.dim(`×${k.count}`);
    const mark = k.name ? ` ${color.dim('name')}` : '';
    const text = PALETTE[i % PALETTE.length]!(color)(oneLine(k.text));
    return wrapText(`${rank} ${k.score.toFixed(3)} ${text} ${count}${mark}`, { width });
  });
}

/** A keyphrase on one line: a phrase wrapped across lines in the input is shown with single spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The occurrences of every keyphrase, in text order, overlaps resolved in favour of the earlier one. */
function spansOf(list: readonly Keyphrase[]): Span[] {
  const spans: Span[] = [];
  list.forEach((k, rank) => {
    for (const o of k.occurrences) spans.push({ start: o.start, end: o.end, rank });
  });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const s of spans) if (kept.length === 0 || s.start >= kept[kept.length - 1]!.end) kept.push(s);
  return kept;
}

/** The text, paragraph by paragraph, wrapped, with the keyphrase occurrences coloured. */
function renderHighlighted(text: string, list: readonly Keyphrase[], { color, width }: RenderStyle): string {
  const spans = spansOf(list);
  const paragraphs: string[] = [];
  let s = 0;
  for (const para of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/gu)) {
    const pieces: string[] = [];
    for (const word of para[0].matchAll(/\S+/gu)) {
      const start = para.index + word.index;
      const end = start + word[0].length;
      while (s < spans.length && spans[s]!.end <= start) s++;
      let piece = '';
      let at = start;
      for (let k = s; k < spans.length && spans[k]!.start < end; k++) {
        const span = spans[k]!;
        const from = Math.max(span.start, at);
        const to = Math.min(span.end, end);
        const paint = PALETTE[span.rank % PALETTE.length]!(color);
        piece += text.slice(at, from) + paint(text.slice(from, to));
        at = to;
      }
      pieces.push(piece + text.slice(at, end));
    }
    if (pieces.length > 0) paragraphs.push(wrapPieces(pieces, { width }));
  }
  return paragraphs.join('\n\n');
}

/** The closing line, e.g. `10 keyphrases · language it`. */
function countLine(result: KeywordsCliResult): string {
  const n = result.keywords.length;
  return `${n} keyphrase${n === 1 ? '' : 's'} · language ${result.language}`;
}
